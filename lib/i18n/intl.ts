/**
 * Intl formatters, made once per locale and options. Making one loads locale data (tens of microseconds each):
 * a library screen formats a dozen numbers and dates per row, and made them afresh every time, which cost the
 * first screen of rows several milliseconds.
 */
const made = new Map<string, object>();

function memo<T extends object>(key: string, make: () => T): T {
  let f = made.get(key) as T | undefined;
  if (!f) made.set(key, (f = make()));
  return f;
}

const keyOf = (kind: string, locale: string, options: object | undefined) => `${kind}\u0000${locale}\u0000${options ? JSON.stringify(options) : ''}`;

export const numberFormat = (locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  memo(keyOf('n', locale, options), () => new Intl.NumberFormat(locale, options));

export const dateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  memo(keyOf('d', locale, options), () => new Intl.DateTimeFormat(locale, options));

export const relativeTimeFormat = (locale: string, options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat =>
  memo(keyOf('r', locale, options), () => new Intl.RelativeTimeFormat(locale, options));

export const pluralRules = (locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules =>
  memo(keyOf('p', locale, options), () => new Intl.PluralRules(locale, options));
