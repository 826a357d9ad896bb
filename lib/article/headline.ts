import { metaTags } from '@/lib/article/meta-tags';
import { CJK_CHAR, hasToken } from '@/lib/article/text';

/** An element's text with white space collapsed. */
export const headingText = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export function looksLikeHeadline(text: string, siteName?: string | null): boolean {
  return (
    text.length <= 300 &&
    text.toLowerCase() !== siteName?.trim().toLowerCase() &&
    (text.split(' ').length >= 3 || (CJK_CHAR.test(text) && text.length >= 8))
  );
}

/** A heading that is only a link to the site's home page: the logo ("<h1><a href="/"><svg>…"). */
export function isLogo(h1: Element): boolean {
  const link = h1.querySelector('a[href]');
  if (!link || headingText(link) !== headingText(h1)) return false;
  try {
    const url = new URL(link.getAttribute('href') ?? '', h1.ownerDocument.baseURI);
    return url.pathname === '/' && !url.search;
  } catch {
    return false;
  }
}

/** `h1` reads like a story's headline (not a logo, a section name or the site's name). */
const isHeadline = (h1: Element, siteName?: string | null): boolean => looksLikeHeadline(headingText(h1), siteName) && !isLogo(h1);

// Metadata (title, byline) and dates (lines near the headline) look for the headline of the same working copy.
const found = new WeakMap<Document, Map<string, Element | null>>();

/**
 * The story's headline element. Sites also use <h1> for their logo, section names and teasers, so: the heading of
 * the page's article or main part (or one marked as the headline); else the longest <h1> the page's title repeats;
 * else the page's only <h1>; else the longest <h2> the title repeats. A logo, a one- or two-word section heading or
 * the site's own name is not a headline.
 */
export function headlineElement(doc: Document, siteName?: string | null): Element | null {
  let bySite = found.get(doc);
  if (!bySite) found.set(doc, (bySite = new Map()));
  const key = siteName ?? '';
  if (!bySite.has(key)) bySite.set(key, findHeadline(doc, siteName));
  return bySite.get(key) ?? null;
}

function findHeadline(doc: Document, siteName?: string | null): Element | null {
  // The page's <h1>s are listed once (a selector like "article h1" would scan every element of the page).
  const all = Array.from(doc.getElementsByTagName('h1'));
  const own = all.find((h1) => h1.closest('article, main') !== null || hasToken(h1.getAttribute('itemprop'), 'headline'));
  if (own && isHeadline(own, siteName)) return own;
  const h1s = all.filter((h1) => !isLogo(h1));
  const title = `${metaTags(doc).get('og:title') ?? ''} ${doc.title}`.replace(/\s+/g, ' ').toLowerCase();
  const repeated = (headings: Element[]) => {
    let best: Element | null = null;
    let longest = 0;
    for (const h of headings) {
      const text = headingText(h);
      if (text.length > longest && looksLikeHeadline(text, siteName) && title.includes(text.toLowerCase())) [best, longest] = [h, text.length];
    }
    return best;
  };
  const best = repeated(h1s);
  if (best) return best;
  if (h1s.length === 1 && looksLikeHeadline(headingText(h1s[0]), siteName)) return h1s[0];
  // Some pages keep <h1> for a hidden site name and set the story's headline in an <h2> the title repeats.
  return repeated(Array.from(doc.getElementsByTagName('h2')));
}
