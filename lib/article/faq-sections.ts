/**
 * A story's questions and answers, when they sit apart from its body. Guides and explainers often end with a
 * "Frequently asked questions" section that the page builds as a block of its own (an accordion under the body's
 * container, its heading in a wrapper of its own): Readability picks the body and leaves the questions out. Brief
 * notes such sections on the cleaned page before Readability runs, and appends them to the clip when they come right
 * after the story's last paragraph.
 */

import type { PageParagraph } from '@/lib/article/lead-paragraphs';
import { hiddenFromReadability } from '@/lib/article/readability-run';
import { blockTexts, collapse, visibleText } from '@/lib/article/text';

/** Headings of a questions-and-answers section, in the languages of the eval's pages and a few more. */
const FAQ_HEADING =
  /\bfaqs?\b|\bfrequently asked questions\b|\bcommon questions\b|\bquestions (?:and|&) answers\b|häufig gestellte fragen|häufige fragen|preguntas frecuentes|questions fréquentes|foire aux questions|domande frequenti|perguntas frequentes|veelgestelde vragen|najczęściej zadawane pytania|часто задаваемые вопросы|常见问题|常見問題|よくある質問|자주 묻는 질문/iu;

/** Enough answer text to be a section, not a heading over a link or a widget. */
const MIN_ANSWER_CHARS = 150;
/** A section this far below the story's last paragraph belongs to some other part of the page. */
const MAX_GAP_PARAGRAPHS = 3;

export interface FaqSection {
  /** Copies of the section's elements, taken before Readability changes the page. */
  nodes: Element[];
  text: string;
  /** How many of the page's prose paragraphs come before the section. */
  after: number;
}

/** Node.DOCUMENT_POSITION_FOLLOWING (the command line's DOM has no global Node). */
const FOLLOWING = 4;

const DROPPED = 'script, style, noscript, template, svg, iframe, object, embed';

const rank = (el: Element) => Number(el.tagName.slice(1));
const hasText = (el: Element) => /\S/.test(el.textContent ?? '');

/** Whether `el` is, or holds, a heading of rank `r` or higher (h2 stops an h2 or h3 section). */
function startsSection(el: Element, r: number): boolean {
  if (/^H[1-6]$/.test(el.tagName)) return rank(el) <= r;
  for (const h of Array.from(el.querySelectorAll('h1, h2, h3, h4, h5, h6'))) if (rank(h) <= r) return true;
  return false;
}

/**
 * The heading's section: the heading, or the wrapper it stands alone in, and the siblings after it up to the next
 * heading of its rank or higher.
 */
function sectionOf(heading: Element, body: Element): Element[] {
  let start: Element = heading;
  const following = (el: Element) => {
    for (let s = el.nextElementSibling; s; s = s.nextElementSibling) if (hasText(s)) return true;
    return false;
  };
  while (!following(start) && start.parentElement && start.parentElement !== body) start = start.parentElement;
  const r = rank(heading);
  const out = [start];
  for (let s = start.nextElementSibling; s; s = s.nextElementSibling) {
    if (startsSection(s, r)) break;
    out.push(s);
  }
  return out;
}

/**
 * The questions-and-answers sections of the cleaned page (`doc`, before Readability runs), each with copies of its
 * elements and its place among the page's prose `paragraphs` (document order).
 */
export function findFaqSections(doc: Document, paragraphs: PageParagraph[]): FaqSection[] {
  const body = doc.body;
  if (!body) return [];
  const out: FaqSection[] = [];
  for (const h of Array.from(body.querySelectorAll('h2, h3, h4'))) {
    const title = collapse(h.textContent ?? '');
    if (!title || title.length > 100 || !FAQ_HEADING.test(title)) continue;
    if (out.some((s) => s.text.includes(title))) continue;
    const nodes = sectionOf(h, body);
    // Judged on copies stripped as Readability would strip a section it chose: scripts (FAQPage data), icons,
    // frames, and what the reader cannot see (answers the page keeps elsewhere, a closed panel's placeholder).
    const copies = nodes.filter((n) => !n.matches(DROPPED) && !hiddenFromReadability(n)).map((n) => n.cloneNode(true) as Element);
    for (const c of copies) {
      for (const el of Array.from(c.querySelectorAll('*'))) if (el.matches(DROPPED) || hiddenFromReadability(el)) el.remove();
      // An accordion's question is often the label of its button: kept as a line of text.
      for (const b of Array.from(c.querySelectorAll('button'))) {
        const line = doc.createElement('p');
        line.append(...Array.from(b.childNodes));
        b.replaceWith(line);
      }
    }
    const text = copies.map((n) => visibleText(n, Infinity)).join(' ');
    // Questions with their answers written out: two or more questions, and two or more answers (lines of some
    // length that ask nothing: "Discover the answer" buttons and questions linking to other pages are not answers).
    if ((text.match(/\?/g) ?? []).length < 2 || copies.some((n) => n.querySelector('form, input, textarea, select'))) continue;
    const answers = copies.flatMap((n) => blockTexts(n)).filter((b) => b.length >= MIN_ANSWER_CHARS / 3 && !b.endsWith('?'));
    if (answers.length < 2 || answers.reduce((k, b) => k + b.length, 0) < MIN_ANSWER_CHARS) continue;
    const links = copies.flatMap((n) => Array.from(n.querySelectorAll('a'))).reduce((k, a) => k + visibleText(a, Infinity).length, 0);
    if (links > 0.3 * text.length) continue;
    const after = paragraphs.filter((p) => p.el.compareDocumentPosition(nodes[0]) & FOLLOWING).length;
    out.push({ nodes: copies.filter((c) => /\S/.test(c.textContent ?? '') || c.querySelector('img, picture, table')), text, after });
  }
  return out;
}

/**
 * Append to `content` (the clip, still unsanitized) the sections that come after the clip's last prose paragraph,
 * with at most a few of the page's paragraphs between, and that the clip does not hold already. Returns how many
 * sections were appended.
 */
export function restoreFaqSections(content: Element, sections: FaqSection[], paragraphs: PageParagraph[], onRestore?: (el: Element) => void): number {
  if (!sections.length) return 0;
  const clipText = collapse(content.textContent ?? '');
  let last = -1;
  paragraphs.forEach((p, i) => {
    if (clipText.includes(p.text)) last = i;
  });
  if (last < 0) return 0;
  const host = content.firstElementChild?.tagName === 'DIV' ? content.firstElementChild : content;
  let n = 0;
  for (const s of sections) {
    if (s.after <= last || s.after - (last + 1) > MAX_GAP_PARAGRAPHS) continue;
    // Already in the clip: most of its blocks are there (by blocks, not words: a long story holds most words).
    const blocks = s.nodes.flatMap((el) => blockTexts(el));
    const held = blocks.filter((b) => clipText.includes(b)).reduce((k, b) => k + b.length, 0);
    if (held >= 0.5 * blocks.reduce((k, b) => k + b.length, 0)) continue;
    const copies = s.nodes.map((el) => content.ownerDocument.importNode(el, true) as Element);
    for (const c of copies) onRestore?.(c);
    host.append(...copies);
    n++;
  }
  return n;
}
