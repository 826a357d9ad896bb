const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION',
  'TABLE', 'TR', 'UL', 'OL', 'DL', 'DT', 'DD', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);

/** Runs of white space as one space, trimmed. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Paragraph texts of an element: each block-level element with its own text becomes one entry,
 * inline markup is flattened, whitespace collapsed.
 */
export function blockTexts(root: Element): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = () => {
    const t = collapse(buf);
    if (t) out.push(t);
    buf = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        buf += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.tagName === 'BR') {
          buf += '\n';
          continue;
        }
        if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
        // Cells of a row stay on one line, but never run together ("Required" + "Yes" is not "RequiredYes").
        const cell = el.tagName === 'TD' || el.tagName === 'TH';
        if (cell) buf += ' ';
        const block = BLOCK.has(el.tagName);
        if (block) flush();
        walk(el);
        if (block) flush();
        if (cell) buf += ' ';
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/** Plain text with paragraphs separated by a blank line. */
export function textOf(root: Element): string {
  return blockTexts(root).join('\n\n');
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/gu;
/** A Chinese, Japanese or Korean character (scripts written without spaces between words). */
export const CJK_CHAR = new RegExp(CJK.source, 'u');

/** Words in a text; CJK characters count one each (they have no spaces between words). */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = text.replace(CJK, ' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return cjk + rest;
}

const FINISHED = /(?<![.…])[.!?。！？]["'”’»)\]]*$/u;

/** Ends in sentence-final punctuation (closing quotes allowed); an ellipsis is not an end: it is how teasers are cut. */
export function endsSentence(text: string): boolean {
  return FINISHED.test(text);
}

/** Length with CJK characters counted three times: a CJK character carries about a word's worth of text. */
export function weightedLength(text: string): number {
  return text.length + (text.match(CJK)?.length ?? 0) * 2;
}

/** The weighted length from which a block counts as a paragraph of prose, not a label, a name or a link's line. */
export const PARAGRAPH_LENGTH = 80;

/** Minutes to read at an average pace (230 words a minute, 500 CJK characters a minute), at least 1. */
export function readingMinutes(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = countWords(text) - cjk;
  return Math.max(1, Math.round(words / 230 + cjk / 500));
}

/** Tokens for comparing texts: lowercased words, and single characters for CJK scripts. */
function tokens(text: string): string[] {
  const lower = text.toLowerCase();
  const cjk = lower.match(CJK) ?? [];
  const rest = lower.replace(CJK, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...cjk, ...rest];
}

/** Share of the reference's tokens (as a multiset) that the text also has: 0..1, 1 for an empty reference. */
export function wordOverlap(text: string, reference: string): number {
  const ref = tokens(reference);
  if (!ref.length) return 1;
  const have = new Map<string, number>();
  for (const t of tokens(text)) have.set(t, (have.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of ref) {
    const n = have.get(t) ?? 0;
    if (n > 0) {
      hit++;
      have.set(t, n - 1);
    }
  }
  return hit / ref.length;
}

/**
 * A page's declared language as a valid BCP 47 tag, or null. Pages write `en_US`, `english`, `x`…; `Intl` throws on
 * invalid tags, so everything that comes from a page goes through here first.
 */
export function languageTag(raw: string | null | undefined): string | null {
  const tag = (raw ?? '').trim().replace(/_/g, '-');
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null; // not a language tag: treated as no declared language
  }
}

/** True when the space-separated attribute value `value` has `token`, ignoring case (what `[attr~="token" i]` tests). */
export function hasToken(value: string | null, token: string): boolean {
  if (!value) return false;
  const lower = value.toLowerCase();
  const wanted = token.toLowerCase();
  // Most values do not hold the word at all: the split is left for those that do.
  return lower.includes(wanted) && lower.split(/[ \t\n\r\f]+/).includes(wanted);
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** White space other than a single plain space. */
const INNER_SPACE = /\s\s|[^\S ]/;

/** The text of the HTML scripts, styles, noscripts and templates in `root`: source, not words a reader sees. */
function codeText(root: Element): Set<Node> {
  const code = new Set<Node>();
  for (const tag of ['script', 'style', 'noscript', 'template']) {
    for (const el of Array.from(root.getElementsByTagName(tag))) {
      if (!NOT_TEXT.has(el.tagName)) continue; // an SVG <style> or <script> keeps its lower-case name
      for (let child = el.firstChild; child; child = child.nextSibling) code.add(child);
    }
  }
  return code;
}

/** Reads of at least this many characters list the page's code once instead of asking each text for its element. */
const LONG_READ = 2_000;

/**
 * The words a reader sees in `root` (not its scripts' or styles' source), up to `limit` characters. Runs of white
 * space become one space, and text from separate nodes is kept apart ("…luzes</h1><p>22/11/2020" is not one word):
 * indentation must not use up the limit, and a date must not be glued to the headline before it. `onText`, when
 * given, is shown each piece of text and its node, in document order: callers that look for elements in the same
 * stretch of the page need no walk of their own.
 */
export function visibleText(root: Node | null | undefined, limit: number, onText?: (text: string, node: Node) => void): string {
  if (!root) return '';
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const code = limit >= LONG_READ && root.nodeType === 1 && !NOT_TEXT.has((root as Element).tagName) ? codeText(root as Element) : null;
  const parts: string[] = [];
  let length = -1;
  for (let node = walker.nextNode(); node && length < limit; node = walker.nextNode()) {
    // Most text nodes of a page are indentation between tags: skipped before anything else is looked at. Trimmed
    // first, most lines then have no run of white space left to collapse (and the test allocates nothing).
    let text = (node.nodeValue ?? '').trim();
    if (!text) continue;
    if (code ? code.has(node) : NOT_TEXT.has(node.parentElement?.tagName ?? '')) continue;
    if (INNER_SPACE.test(text)) text = text.replace(/\s+/g, ' ');
    parts.push(text);
    length += text.length + 1;
    onText?.(text, node);
  }
  return parts.join(' ').slice(0, limit);
}

const textLen = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** Share of an element's text inside links (1 for an element without text). */
export function linkDensity(el: Element): number {
  const total = textLen(el);
  if (!total) return 1;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += textLen(a);
  return links / total;
}
