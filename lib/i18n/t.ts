import { browser } from 'wxt/browser';
import { pluralKey } from './catalog';
import { numberFormat, pluralRules } from './intl';
import type { ArgsFor, PlainKey, PluralArgsFor, PluralKey, TextKey } from './locales/index';

// WXT types getMessage by the keys it finds in public/_locales; ours are generated at build time from lib/i18n.
const getMessage = (key: string, subs: string[] = []): string => (browser.i18n.getMessage as (key: string, subs?: string[]) => string)(key, subs);

export type Params = Record<string, string | number>;

/** The UI language the browser chose for Brief ("en", "de", "ar"…), used for every Intl format. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_LETTER = /[A-Za-z\u00C0-\u02AF\u0370-\u052F\u1E00-\u1FFF\u3040-\u9FFF\uAC00-\uD7AF]/;

/**
 * Text from pages (a headline in a notice) may run the other way from the UI: it is wrapped in Unicode isolates
 * (FSI…PDI) so "Deleted “Headline”." keeps its punctuation in place in an Arabic UI, and an Arabic headline does
 * in an English one. Text already in the UI's direction is left as it is.
 */
function isolate(text: string, dir: 'ltr' | 'rtl'): string {
  return (dir === 'rtl' ? LTR_LETTER : RTL_LETTER).test(text) ? `\u2068${text}\u2069` : text;
}

/** Numbers inside messages are written in the UI language's digits and grouping; text is isolated if need be. */
function substitutions(params: Params | undefined): string[] {
  if (!params) return [];
  const nf = numberFormat(uiLocale());
  const dir = uiDir();
  return Object.keys(params)
    .sort()
    .map((name) => {
      const v = params[name];
      return typeof v === 'number' ? nf.format(v) : isolate(v, dir);
    });
}

function lookup(key: string, params: Params | undefined): string {
  const text = getMessage(key, substitutions(params));
  // An empty answer means a key missing from messages.json: a build bug, never something to show as blank.
  if (!text) throw new Error(`No UI text for "${key}"`);
  return text;
}

/** A UI string in the browser's language. */
export function t<K extends TextKey>(key: K, ...args: ArgsFor<K>): string {
  return lookup(key, args[0]);
}

/** A UI string with a count, in the plural form the language needs for it (`Intl.PluralRules`: Arabic has six). */
export function tn<K extends PluralKey>(key: K, count: number, ...args: PluralArgsFor<K>): string {
  const category = pluralRules(uiLocale()).select(count);
  const all: Params = { ...args[0], count };
  const text = getMessage(pluralKey(key, category), substitutions(all));
  return text || lookup(pluralKey(key, 'other'), all);
}

/**
 * Direction of the UI text: the catalog's own, not the browser's `@@bidi_dir`, which says "rtl" for a Hebrew
 * browser even while Brief shows its English fallback.
 */
export function uiDir(): 'ltr' | 'rtl' {
  return t('textDirection') === 'rtl' ? 'rtl' : 'ltr';
}

/** Give an extension page the UI's language and direction (the whole layout mirrors in RTL). */
export function localizeDocument(doc: Document, titleKey?: PlainKey): void {
  doc.documentElement.lang = t('langTag');
  doc.documentElement.dir = uiDir();
  if (titleKey) doc.title = t(titleKey);
}
