/** The host name of a page's address, or '' when the address does not parse (a page's URL may be anything). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const siteOf = (host: string) => host.replace(/^www\./, '');

/**
 * Share of the links in `el` that stay on the page's site (a subdomain counts) or carry its address (share buttons:
 * "facebook.com/sharer?u=<this page>"). Links that cannot be read against the page's address count as its own.
 */
export function ownLinks(el: Element, url: string): number {
  const page = siteOf(hostOf(url));
  if (!page) return 1;
  const anchors = Array.from(el.querySelectorAll('a'));
  const own = anchors.filter((a) => {
    const href = a.getAttribute('href') ?? '';
    let host: string;
    try {
      host = siteOf(new URL(href, url).hostname);
    } catch {
      return true;
    }
    if (host === page || host.endsWith(`.${page}`) || page.endsWith(`.${host}`)) return true;
    let decoded = href;
    try {
      decoded = decodeURIComponent(href);
    } catch {
      // A malformed escape: read the address as written.
    }
    return decoded.includes(page);
  });
  return anchors.length ? own.length / anchors.length : 1;
}
