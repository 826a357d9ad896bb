import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCALES } from '@/lib/i18n/locales/all';
import { en } from '@/lib/i18n/locales/en';
import { messagesJson, type ChromeMessage } from '@/lib/i18n/messages-json';

/** What `browser.i18n.getMessage` does with a messages.json entry (placeholders → $1…$9, `$$` → `$`). */
export function chromeSubstitute(entry: ChromeMessage | undefined, subs: string[]): string {
  if (!entry) return '';
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (all, name: string | undefined) => {
    if (!name) return '$';
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : all;
  });
}

/** Make the fake browser speak `code` through the same messages.json the build writes. */
export function useUiLocale(code: string): void {
  const messages = messagesJson(LOCALES[code], en);
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getUILanguage = () => code;
  i18n.getMessage = (key: string, subs?: string | string[]) => {
    return chromeSubstitute(messages[key], subs === undefined ? [] : Array.isArray(subs) ? subs : [subs]);
  };
}
