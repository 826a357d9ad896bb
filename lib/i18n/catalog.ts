/**
 * The shape of a UI translation. English (locales/en.ts) is the source; every other locale must give every key
 * (the compiler checks), with the same `{name}` parameters (a unit test checks). At build time each catalog becomes
 * `_locales/<lang>/messages.json` (messages-json.ts), and the UI reads it through the browser's i18n (t.ts).
 *
 * Plurals are objects keyed by CLDR plural category because `browser.i18n` has none: Arabic needs six forms,
 * German two, and `Intl.PluralRules` picks the form at run time.
 */
export type PluralForms = { other: string } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>;

export type Message = string | PluralForms;

export type Catalog<K extends string = string> = Record<K, Message>;

/** `{name}` parameters of a message, in a stable order (the order of `browser.i18n` substitutions). */
export function paramsOf(message: Message): string[] {
  const text = typeof message === 'string' ? message : Object.values(message).join(' ');
  return Array.from(new Set(Array.from(text.matchAll(/\{([a-zA-Z]+)\}/g), (m) => m[1]))).sort();
}

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The messages.json key of one plural form: `browser.i18n` keys allow only [A-Za-z0-9_]. */
export const pluralKey = (key: string, category: string) => `${key}__${category}`;
