/**
 * The story's headline element. Sites also use <h1> for their logo, section names and teasers, so: the heading of
 * the page's article or main part (or one marked as the headline); else the longest <h1> the page's title repeats;
 * else the page's only <h1>. A logo, a one- or two-word section heading or the site's own name is not a headline.
 */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;

/** An element's text with white space collapsed. */
export const headingText = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export function looksLikeHeadline(text: string, siteName?: string | null): boolean {
  return (
    text.length <= 300 &&
    text.toLowerCase() !== siteName?.trim().toLowerCase() &&
    (text.split(' ').length >= 3 || (CJK.test(text) && text.length >= 8))
  );
}

export function headlineElement(doc: Document, siteName?: string | null): Element | null {
  const own = doc.querySelector('article h1, main h1, h1[itemprop~="headline" i]');
  if (own && looksLikeHeadline(headingText(own), siteName)) return own;
  const h1s = Array.from(doc.querySelectorAll('h1'));
  const title = `${doc.querySelector('meta[property="og:title" i]')?.getAttribute('content') ?? ''} ${doc.title}`.replace(/\s+/g, ' ').toLowerCase();
  let best: Element | null = null;
  let longest = 0;
  for (const h1 of h1s) {
    const text = headingText(h1);
    if (text.length > longest && looksLikeHeadline(text, siteName) && title.includes(text.toLowerCase())) [best, longest] = [h1, text.length];
  }
  if (best) return best;
  return h1s.length === 1 && looksLikeHeadline(headingText(h1s[0]), siteName) ? h1s[0] : null;
}
