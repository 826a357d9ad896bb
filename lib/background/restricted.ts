/**
 * Why Brief cannot read a page, or null when it can. Browsers forbid extensions to script their own
 * pages, other extensions, the web stores and built-in viewers.
 */
export function restrictionOf(url: string | undefined): string | null {
  if (!url) return 'Brief cannot read this page: it is a browser page or one Brief has no access to.';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'Brief cannot read this page: its address is not a web address.';
  }
  if (u.protocol === 'file:') return 'Brief cannot read local files unless "Allow access to file URLs" is on in the extension settings.';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'Brief cannot read browser pages, extension pages or other special pages.';
  const host = u.hostname;
  if (host === 'chromewebstore.google.com' || (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')) || host === 'addons.mozilla.org' || host === 'microsoftedge.microsoft.com') {
    return 'Browsers do not let extensions read their add-on stores.';
  }
  if (/\.pdf$/i.test(u.pathname)) return 'This is a PDF shown in the browser\u2019s viewer. Brief can only clip web pages.';
  return null;
}
