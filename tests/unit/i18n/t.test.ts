// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { t, tn, uiDir, uiLocale, localizeDocument } from '@/lib/i18n/t';
import { formatBytes, formatPageDate } from '@/lib/ui/time-format';
import { useUiLocale } from '../../setup/fake-i18n';

describe('t / tn through the browser i18n', () => {
  it('fills parameters by name in English', () => {
    expect(t('storageUsed', { used: '1 MB', quota: '2 GB' })).toBe('1 MB used of 2 GB available to Brief.');
    expect(tn('matches', 1)).toBe('1 match');
    expect(tn('matches', 1200)).toBe('1,200 matches');
  });

  it('speaks German with German numbers and quotes', () => {
    useUiLocale('de');
    expect(uiLocale()).toBe('de');
    expect(t('deleted', { what: t('quoted', { title: 'Brücke' }) })).toBe('„Brücke“ gelöscht.');
    expect(tn('importedBackup', 1200, { updated: 3, skipped: 0 })).toBe('1.200 neue Clips importiert, 3 aktualisiert, 0 schon aktuell.');
    expect(uiDir()).toBe('ltr');
  });

  it('picks each of the six Arabic plural forms', () => {
    useUiLocale('ar');
    const nf = new Intl.NumberFormat('ar');
    expect(tn('matches', 0)).toBe('لا نتائج');
    expect(tn('matches', 1)).toBe('نتيجة واحدة');
    expect(tn('matches', 2)).toBe('نتيجتان');
    expect(tn('matches', 3)).toBe(`${nf.format(3)} نتائج`);
    expect(tn('matches', 11)).toBe(`${nf.format(11)} نتيجة`);
    expect(tn('matches', 100)).toBe(`${nf.format(100)} نتيجة`);
    expect(uiDir()).toBe('rtl');
  });

  it('mirrors a page for a right-to-left UI and titles it', () => {
    useUiLocale('ar');
    const doc = document.implementation.createHTMLDocument('x');
    localizeDocument(doc, 'titleLibrary');
    expect(doc.documentElement.dir).toBe('rtl');
    expect(doc.documentElement.lang).toBe('ar');
    expect(doc.title).toBe('Brief — المكتبة');
  });

  it('formats page dates, sizes and their source in the UI language', () => {
    useUiLocale('de');
    const f = formatPageDate({ iso: '2026-01-21T16:09:00+05:30', raw: 'Updated: 21-01-2026 16:09 IST', source: 'text', confidence: 0.75, hasTime: true }, undefined, Date.parse('2026-01-21T13:40:00Z'));
    expect(f.absolute).toBe('21.01.2026, 16:09 IST');
    expect(f.relative).toBe('vor 3 Stunden');
    expect(f.source).toBe('aus text: „Updated: 21-01-2026 16:09 IST“');
    expect(formatBytes(12_500_000)).toBe('12,5 MB');
  });

  it('isolates page text that runs against the UI direction, and only that', () => {
    expect(t('deleted', { what: t('quoted', { title: 'Bridge opens' }) })).toBe('Deleted “Bridge opens”.');
    expect(t('quoted', { title: 'جسر جديد' })).toBe('“\u2068جسر جديد\u2069”');
    useUiLocale('ar');
    expect(t('quoted', { title: 'Bridge opens' })).toBe('«\u2068Bridge opens\u2069»');
    expect(t('quoted', { title: 'جسر جديد' })).toBe('«جسر جديد»');
  });

  it('refuses a key that is not in messages.json instead of showing nothing', () => {
    expect(() => t('nope' as 'undo')).toThrow(/No UI text for "nope"/);
  });
});
