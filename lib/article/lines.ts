/** Lines of an extracted story: the leaf blocks after-steps look at, and where the story's edges are. */

export const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

const LINE_BLOCKS = 'p, div, span, li, h1, h2, h3, h4, h5, h6, time, small, address, figcaption';

/** The story's edges, where notes, disclosures and datelines sit: its first few and its last few lines. */
export const HEAD_LINES = 3;
export const TAIL_LINES = 5;

const LINE_TAGS = new Set(LINE_BLOCKS.toUpperCase().split(/,\s*/));
const CONTAINS_BLOCK = new Set(['P', 'DIV', 'LI', 'IMG', 'FIGURE', 'TABLE']);
const DATA_TAGS = new Set(['PRE', 'CODE', 'TABLE']);
const INLINE_TAGS = new Set(['SPAN', 'TIME', 'SMALL']);

// The words of a byline or dateline ("by", "on", "Updated"): next to them an inline element is still a line's part.
const LABEL_WORD = /^(?:by|on|at|and|updated|published|posted|modified|created|edited|written)$/i;

/** Elements inside a line of text, through which the text beside an inline element is looked for; and pictures, passed over. */
const PHRASING_TAGS = new Set([...INLINE_TAGS, 'A', 'EM', 'STRONG', 'B', 'I', 'U']);
const PICTURES = /^(?:img|picture|svg)$/i;

/**
 * The nearest text before or after `el` in its line (a sibling's, or an inline parent's sibling's), and whether an
 * element holds it. A block or a break beside it ends the line: no text there.
 */
function textBeside(el: Element, after: boolean): { text: string; inElement: boolean } | null {
  for (let n: Element | null = el; n; n = n.parentElement && PHRASING_TAGS.has(n.parentElement.tagName) ? n.parentElement : null) {
    for (let s = after ? n.nextSibling : n.previousSibling; s; s = after ? s.nextSibling : s.previousSibling) {
      if (s.nodeType !== 1 && s.nodeType !== 3) continue;
      if (s.nodeType === 1 && !PHRASING_TAGS.has((s as Element).tagName)) {
        if (PICTURES.test((s as Element).tagName)) continue;
        return null;
      }
      const text = s.textContent ?? '';
      if (text.trim()) return { text, inElement: s.nodeType === 1 };
    }
  }
  return null;
}

/**
 * An inline element with words right beside it is part of a sentence, not a line of its own: the date in "Retrieved
 * <span>2016-05-01</span>." or the name in "By <span>Alex Heath</span>, a deputy editor" (the rest of the sentence
 * may sit in an element of its own). Beside a byline's or a dateline's own words ("by <span>Jane</span> on
 * <time>…</time>") it is still a part that can go; so is a part beside another part ("<span>By</span> <span>Jane</span>").
 */
function inRunningText(el: Element): boolean {
  const prev = textBeside(el, false);
  const next = textBeside(el, true);
  const before = prev && !prev.inElement ? /([\p{L}\p{N}]+)\s*$/u.exec(prev.text) : null;
  const after = next ? (next.inElement ? /^\s*[,;]\s*([\p{L}\p{N}]+)/u : /^\s*[,;]?\s*([\p{L}\p{N}]+)/u).exec(next.text) : null;
  return (before !== null && !LABEL_WORD.test(before[1])) || (after !== null && !LABEL_WORD.test(after[1]));
}

/**
 * Line-like elements with no block, image or table inside (one walk, no selector engine). Code and tables
 * hold data lines (times, numbers) that are content, never leftovers, so they are skipped.
 */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  // Returns whether the subtree holds a block, image or table.
  const walk = (el: Element): boolean => {
    let hasBlock = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (DATA_TAGS.has(c.tagName)) {
        hasBlock = true;
        continue;
      }
      // Document order (a line before its parts), so a whole "Updated … | Created …" line goes at once.
      const at = out.length;
      const inner = walk(c);
      if (LINE_TAGS.has(c.tagName) && !inner && !(INLINE_TAGS.has(c.tagName) && inRunningText(c))) out.splice(at, 0, c);
      if (inner || CONTAINS_BLOCK.has(c.tagName)) hasBlock = true;
    }
    return hasBlock;
  };
  walk(root);
  return out;
}

/** The lines of `blocks` not inside another one: a paragraph, not also the spans inside it. */
export function wholeLines(blocks: Element[], root: Element): Element[] {
  const set = new Set(blocks);
  return blocks.filter((el) => {
    for (let a = el.parentElement; a && a !== root; a = a.parentElement) if (set.has(a)) return false;
    return true;
  });
}

/** The lines with text that tell where the story begins and ends: captions sit beside it, wherever a picture is. */
export const storyLines = (lines: Element[]) => lines.filter((el) => el.tagName !== 'FIGCAPTION' && norm(el.textContent ?? ''));

/** Lines among the first `head` and last `tail` whole lines of `blocks`, with the parts inside them. */
export function edgeLines(blocks: Element[], root: Element, head: number, tail: number): Set<Element> {
  const lines = storyLines(wholeLines(blocks, root));
  const edge = new Set([...lines.slice(0, head), ...lines.slice(Math.max(head, lines.length - tail))]);
  for (const el of blocks) {
    for (let a = el.parentElement; a && a !== root; a = a.parentElement) if (edge.has(a)) edge.add(el);
  }
  return edge;
}

/**
 * Remove each of `els`, in order, for which `drop` holds, and report it to `note`; returns how many went. A part of a
 * line already removed is not looked at again (the content root is not in a document: `contains`, not `isConnected`,
 * tells an element still there).
 */
export function removeWhere(root: Element, els: Element[], drop: (el: Element, i: number) => boolean, note?: (el: Element) => void): number {
  let n = 0;
  els.forEach((el, i) => {
    if (!root.contains(el) || !drop(el, i)) return;
    note?.(el);
    el.remove();
    n++;
  });
  return n;
}
