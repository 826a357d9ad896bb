import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paramsOf, PLURAL_CATEGORIES, pluralKey } from '@/lib/i18n/catalog';
import { LOCALES } from '@/lib/i18n/locales/all';
import { en } from '@/lib/i18n/locales/en';
import { messagesJson } from '@/lib/i18n/messages-json';
import { chromeSubstitute } from '../../setup/fake-i18n';

const codes = Object.keys(LOCALES);

describe('UI catalogs', () => {
  it('ship English, German and a right-to-left language', () => {
    expect(codes).toEqual(expect.arrayContaining(['en', 'de', 'ar']));
  });

  it.each(codes)('%s gives every message with the same parameters as English', (code) => {
    const catalog = LOCALES[code];
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(catalog)) {
      const source = en[key as keyof typeof en];
      // A plural form may leave out {count} ("one clip"), but never uses a parameter English does not have.
      const allowed = paramsOf(source);
      expect({ key, extra: paramsOf(message).filter((p) => !allowed.includes(p)) }).toEqual({ key, extra: [] });
      if (typeof source === 'string') {
        expect({ key, params: paramsOf(message) }).toEqual({ key, params: allowed });
      }
      expect({ key, empty: (typeof message === 'string' ? [message] : Object.values(message)).some((s) => !s?.trim()) }).toEqual({ key, empty: false });
    }
  });

  it.each(codes)('%s has every plural form its language selects', (code) => {
    const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(LOCALES[code])) {
      if (typeof message === 'string') continue;
      expect({ key, missing: needed.filter((c) => !(c in message)) }).toEqual({ key, missing: [] });
      expect(Object.keys(message).every((c) => (PLURAL_CATEGORIES as readonly string[]).includes(c))).toBe(true);
    }
  });

  it('Arabic plural rules really need six forms (the reason plurals are objects)', () => {
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories.sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });
});

describe('messages.json', () => {
  const json = messagesJson(LOCALES.en, en);

  it('uses only key characters the browsers accept and at most 9 substitutions', () => {
    for (const [key, entry] of Object.entries(json)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(Object.keys(entry.placeholders ?? {}).length).toBeLessThanOrEqual(9);
    }
  });

  it('numbers parameters by sorted name, as the runtime passes them', () => {
    expect(json.storageUsed).toEqual({
      message: '$USED$ used of $QUOTA$ available to Brief.',
      placeholders: { quota: { content: '$1' }, used: { content: '$2' } },
    });
    expect(chromeSubstitute(json.storageUsed, ['2 GB', '10 MB'])).toBe('10 MB used of 2 GB available to Brief.');
  });

  it('writes one entry per plural form', () => {
    const ar = messagesJson(LOCALES.ar, en);
    for (const c of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(ar[pluralKey('matches', c)]).toBeDefined();
    expect(json[pluralKey('matches', 'one')].message).toBe('$COUNT$ match');
  });

  it('escapes a literal dollar sign', () => {
    const out = messagesJson({ price: 'Costs $5 for {n}' }, { price: 'Costs $5 for {n}' });
    expect(out.price.message).toBe('Costs $$5 for $N$');
    expect(chromeSubstitute(out.price, ['you'])).toBe('Costs $5 for you');
  });
});

describe('UI source', () => {
  // Every visible string goes through t()/tn(): a literal word between JSX tags or in a label attribute is a bug.
  const files = ['components', 'entrypoints/popup', 'entrypoints/options', 'entrypoints/reader'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => join(dir, f)),
  );

  it.each(files)('%s has no untranslated text', (file) => {
    const src = readFileSync(file, 'utf8').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
    const text = Array.from(src.matchAll(/>([^<>{}\n=;()]*[A-Za-z]{2,}[^<>{}\n=;()]*)</g), (m) => m[1].trim()).filter((s) => s && !/^(Aa|=>.*)$/.test(s) && !s.includes('=>'));
    const attrs = Array.from(src.matchAll(/\b(?:title|aria-label|placeholder|label|alt)="([^"]*[A-Za-z][^"]*)"/g), (m) => m[1]);
    expect({ file, text, attrs }).toEqual({ file, text: [], attrs: [] });
  });
});
