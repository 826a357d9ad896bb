/** Context the after-Readability steps need to recognise leftovers. */
export interface PostContext {
  title: string;
  byline: string | null;
}

/** One named step run on Readability's output; returns how many nodes it removed. */
export interface PostStep {
  name: string;
  run(root: Element, ctx: PostContext, note?: (el: Element) => void): number;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

const LINE_BLOCKS = 'p, div, span, li, h1, h2, h3, h4, h5, h6, time, small, address';

const DATE_BITS =
  /\b(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?|[ap]\.?m\.?|[A-Z]{2,4}T?|\d{1,2}(?:st|nd|rd|th)?|\d{4}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b/gi;
const LABELS = /\b(?:updated|created|published|posted|modified|last updated|first published|by|on|at|and|edited|written|reading time|min(?:ute)?s? read)\b/gi;

const LINE_TAGS = new Set(LINE_BLOCKS.toUpperCase().split(/,\s*/));
const CONTAINS_BLOCK = new Set(['P', 'DIV', 'LI', 'IMG', 'FIGURE', 'TABLE']);
const DATA_TAGS = new Set(['PRE', 'CODE', 'TABLE']);

/**
 * Line-like elements with no block, image or table inside (one walk, no selector engine). Code and tables
 * hold data lines (times, numbers) that are content, never leftovers, so they are skipped.
 */
function leafBlocks(root: Element): Element[] {
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
      if (LINE_TAGS.has(c.tagName) && !inner) out.splice(at, 0, c);
      if (inner || CONTAINS_BLOCK.has(c.tagName)) hasBlock = true;
    }
    return hasBlock;
  };
  walk(root);
  return out;
}

/** Byline/dateline leftovers: lines made only of dates, times, labels like "Updated:" and the byline. */
export const dropMetadataLines: PostStep = {
  name: 'metadata-lines',
  run(root, ctx, note) {
    let n = 0;
    const byline = ctx.byline ? norm(ctx.byline) : null;
    for (const el of leafBlocks(root)) {
      const text = el.textContent ?? '';
      if (text.length > 200 || !/\d/.test(text)) continue;
      let rest = norm(text);
      if (byline) rest = rest.split(byline).join(' ');
      rest = rest.replace(DATE_BITS, ' ').replace(LABELS, ' ').replace(/[|•·,:;()\-–—/\s]+/g, '');
      if (rest.length <= 2 && /\d{1,2}[:./-]\d{1,2}/.test(text)) {
        note?.(el);
        el.remove();
        n++;
      }
    }
    return n;
  },
};

const NOISE_LINES =
  /^(?:advertisement|advertising|anzeige|publicité|publicidad|pubblicità|sponsored|read more|read next|continue reading|share|share this( article)?|print|email|skip (?:to|ad)|click here|story continues below(?: advertisement)?|scroll to continue)\.?$|^(?:loading|chargement|cargando|caricamento|carregando|wird geladen|загрузка|正在加载|読み込み中)(?:(?: \p{L}+)?(?:…|\.{3}))?$/iu;

/** Short copyright lines ("© Paper 2026. All rights reserved."), in a few languages. */
const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright\b).{0,100}$|^.{0,100}\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati)\.?$/i;

/** Lines that repeat the headline or the byline, short "Advertisement" / "Read more" / "Loading image…" lines, copyright lines. */
export const dropRepeatedAndNoiseLines: PostStep = {
  name: 'repeated-and-noise-lines',
  run(root, ctx, note) {
    let n = 0;
    const title = norm(ctx.title);
    const byline = ctx.byline ? norm(ctx.byline) : null;
    for (const el of leafBlocks(root)) {
      const t = norm(el.textContent ?? '');
      if (!t) continue;
      if (t === title || (byline && (t === byline || t === `by ${byline}`)) || NOISE_LINES.test(t) || COPYRIGHT_LINE.test(t)) {
        note?.(el);
        el.remove();
        n++;
      }
    }
    return n;
  },
};

/** Figures left with neither an image nor a caption. */
export const dropEmptyFigures: PostStep = {
  name: 'empty-figures',
  run(root, _ctx, note) {
    let n = 0;
    for (const fig of Array.from(root.querySelectorAll('figure'))) {
      if (!fig.querySelector('img, picture, video, table, pre') && !norm(fig.textContent ?? '')) {
        note?.(fig);
        fig.remove();
        n++;
      }
    }
    return n;
  },
};

const linkText = (el: Element) => Array.from(el.querySelectorAll('a')).reduce((n, a) => n + norm(a.textContent ?? '').length, 0);

/**
 * Lists of links left at the end of the article ("related", "more on this", tag clouds): the last blocks,
 * while each is mostly link text with three or more links, or a short label right before such a list.
 */
export const dropTrailingLinkLists: PostStep = {
  name: 'trailing-link-lists',
  run(root, _ctx, note) {
    let n = 0;
    const total = norm(root.textContent ?? '').length;
    for (let guard = 0; guard < 6; guard++) {
      // The last element with text, descending into single wrappers.
      let last: Element | null = root.lastElementChild;
      while (last && !norm(last.textContent ?? '')) {
        const prev: Element | null = last.previousElementSibling;
        if (!prev && last.parentElement && last.parentElement !== root) last = last.parentElement.previousElementSibling;
        else last = prev;
      }
      while (last && last.children.length === 1 && norm(last.firstElementChild!.textContent ?? '') === norm(last.textContent ?? '')) last = last.firstElementChild;
      if (!last || last === root) break;
      const text = norm(last.textContent ?? '');
      const links = last.querySelectorAll('a').length;
      if (links < 3 || linkText(last) / Math.max(1, text.length) < 0.7 || text.length > total * 0.3) break;
      // A container of several paragraphs is the article itself, not a list.
      if (last.querySelectorAll('p').length > 2 && !last.querySelector('li')) break;
      note?.(last);
      last.remove();
      n++;
    }
    return n;
  },
};

export const POST_STEPS: PostStep[] = [dropMetadataLines, dropRepeatedAndNoiseLines, dropEmptyFigures, dropTrailingLinkLists];
