import type { PlainKey } from '@/lib/i18n/locales/index';

/**
 * Why Brief cannot read a page (the UI text's key), or null when it can. Browsers forbid extensions to script their own
 * pages, other extensions, the web stores and built-in viewers.
 */
export function restrictionOf(url: string | undefined): PlainKey | null {
  if (!url) return 'restrictedUnknown';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'restrictedNotWeb';
  }
  if (u.protocol === 'file:') return 'restrictedFile';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'restrictedSpecial';
  const host = u.hostname;
  if (host === 'chromewebstore.google.com' || (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')) || host === 'addons.mozilla.org' || host === 'microsoftedge.microsoft.com') {
    return 'restrictedStore';
  }
  if (/\.pdf$/i.test(u.pathname)) return 'restrictedPdfViewer';
  return null;
}
