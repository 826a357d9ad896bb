/**
 * The story's opening paragraphs, when they sit apart from its body. Many pages print the headline, then an intro or
 * standfirst in a "hero" box of its own, then the body in another container: Readability picks the body and leaves
 * the opening out, so a clip starts at the second paragraph. Brief puts back the prose paragraphs that come after
 * the headline and right before the first paragraph of the clip, when there are only a few of them.
 */

import { endsSentence } from '@/lib/article/text';

export interface PageParagraph {
  el: Element;
  /** Whitespace-collapsed text. */
  text: string;
}

/**
 * More than this many paragraphs between headline and body is not an opening but some other part of the page. A
 * buying guide's or review's introduction runs to four to six short paragraphs (what was tested, the winner, the
 * budget pick), all in the headline's box; a news standfirst to one to three.
 */
const MAX_LEAD = 6;
const MAX_LEAD_CHARS = 3000;

/**
 * Prepend to `content` (the clip, still unsanitized) copies of the prose paragraphs of the page (`paragraphs`, in
 * document order, as found before Readability ran) that follow the headline (the last `<h1>` before the body's first
 * paragraph) and precede that paragraph, and that the clip lacks. `headlines` places each `<h1>` by the number of
 * `paragraphs` before it, as found then too: Readability moves and strips parts of the page, so positions in the page
 * it leaves behind mean nothing. Returns how many paragraphs were put back.
 */
export function restoreLead(content: Element, paragraphs: PageParagraph[], headlines: number[], onRestore?: (el: Element) => void): number {
  if (!paragraphs.length || !headlines.length) return 0;
  const clipText = (content.textContent ?? '').replace(/\s+/g, ' ');
  const first = paragraphs.findIndex((p) => clipText.includes(p.text));
  if (first <= 0) return 0;
  const headline = headlines.filter((at) => at <= first).pop();
  if (headline === undefined) return 0;
  const lead = paragraphs.slice(headline, first);
  if (!lead.length || lead.length > MAX_LEAD) return 0;
  if (lead.reduce((n, p) => n + p.text.length, 0) > MAX_LEAD_CHARS) return 0;
  // Openings are sentences; a run of labels or a cut teaser is not one.
  if (!lead.every((p) => endsSentence(p.text))) return 0;
  const host = content.firstElementChild?.tagName === 'DIV' ? content.firstElementChild : content;
  const doc = content.ownerDocument;
  const copies = lead.map((p) => {
    const copy = doc.importNode(p.el, true) as Element;
    onRestore?.(copy);
    return copy;
  });
  host.prepend(...copies);
  return copies.length;
}
