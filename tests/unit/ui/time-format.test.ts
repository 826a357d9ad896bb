import { describe, expect, it } from 'vitest';
import type { PageDate } from '@/lib/article/types';
import { dateTimeFormat, numberFormat, pluralRules } from '@/lib/i18n/intl';
import { durationWords, formatPageDate, relativeTime } from '@/lib/ui/time-format';

const seed: PageDate = { iso: '2026-01-21T16:09:00+05:30', raw: 'Updated: 21-01-2026 16:09 IST', source: 'text', confidence: 0.75, hasTime: true };

describe('formatPageDate', () => {
  it("keeps the page's wall-clock time and its own zone name", () => {
    const f = formatPageDate(seed, 'en-GB', Date.parse('2026-01-21T13:39:00Z'));
    expect(f.absolute).toBe('21 Jan 2026, 16:09 IST');
    expect(f.relative).toBe('3 hours ago');
    expect(f.source).toBe('from text: \u201cUpdated: 21-01-2026 16:09 IST\u201d');
  });

  it('labels a numeric offset when the page gave no zone name', () => {
    const meta: PageDate = { ...seed, raw: '2026-01-21T16:09:00+05:30', source: 'meta' };
    expect(formatPageDate(meta, 'en-GB').absolute).toBe('21 Jan 2026, 16:09 UTC+5:30');
    expect(formatPageDate({ ...meta, iso: '2026-01-21T10:00:00-05:00' }, 'en-US').absolute).toBe('Jan 21, 2026, 10:00 AM UTC-5');
  });

  it('shows only the day for a date-only value, in the reader\u2019s language', () => {
    const day: PageDate = { iso: '2019-10-16', raw: '16. Oktober 2019', source: 'text', confidence: 0.6, hasTime: false };
    expect(formatPageDate(day, 'de-DE').absolute).toBe('16.10.2019');
    expect(formatPageDate(day, 'en-GB').absolute).toBe('16 Oct 2019');
  });
});

describe('relative times', () => {
  it.each([
    [-3 * 3_600_000, 'en', '3 hours ago'],
    [-86_400_000, 'en', 'yesterday'],
    [-2 * 86_400_000, 'de', 'vorgestern'],
    [-30_000, 'en', 'this minute'],
  ])('%i ms in %s is "%s"', (diff, locale, expected) => {
    expect(relativeTime(diff, locale)).toBe(expected);
  });

  it('says how much later an update came', () => {
    expect(durationWords(3 * 3_600_000, 'en')).toBe('3 hours');
    expect(durationWords(90_000, 'en')).toBe('2 minutes');
  });
});

describe('formatters are made once per locale and options', () => {
  it('hands back the same formatter for the same locale and options, and a different one otherwise', () => {
    expect(numberFormat('de')).toBe(numberFormat('de'));
    expect(numberFormat('de')).not.toBe(numberFormat('en'));
    expect(dateTimeFormat('en', { dateStyle: 'medium' })).toBe(dateTimeFormat('en', { dateStyle: 'medium' }));
    expect(dateTimeFormat('en', { dateStyle: 'medium' })).not.toBe(dateTimeFormat('en', { dateStyle: 'short' }));
    expect(numberFormat('de').format(1234.5)).toBe('1.234,5');
    expect(pluralRules('ar').select(2)).toBe('two');
  });

  it('keeps each call\u2019s own locale: a cached German format never answers for English', () => {
    const day: PageDate = { iso: '2026-01-21', raw: '21 Jan 2026', source: 'meta', confidence: 1, hasTime: false };
    expect(formatPageDate(day, 'de').absolute).toBe('21.01.2026');
    expect(formatPageDate(day, 'en-GB').absolute).toBe('21 Jan 2026');
    expect(formatPageDate(day, 'de').absolute).toBe('21.01.2026');
  });
});
