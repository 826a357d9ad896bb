/** Context the after-Readability steps need to recognise leftovers. */
export interface PostContext {
  title: string;
  byline: string | null;
}

/** One named step run on Readability's output; returns how many nodes it removed. */
export interface PostStep {
  name: string;
  run(root: Element, ctx: PostContext): number;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

const LINE_BLOCKS = 'p, div, span, li, h1, h2, h3, h4, h5, h6, time, small, address';

const DATE_BITS =
  /\b(?:\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?|[ap]\.?m\.?|[A-Z]{2,4}T?|\d{1,2}(?:st|nd|rd|th)?|\d{4}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b/gi;
const LABELS = /\b(?:updated|created|published|posted|modified|last updated|first published|by|on|at|and|edited|written|reading time|min(?:ute)?s? read)\b/gi;

function leafBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll(LINE_BLOCKS)).filter((el) => !el.querySelector('p, div, li, img, figure, table'));
}

/** Byline/dateline leftovers: lines made only of dates, times, labels like "Updated:" and the byline. */
export const dropMetadataLines: PostStep = {
  name: 'metadata-lines',
  run(root, ctx) {
    let n = 0;
    const byline = ctx.byline ? norm(ctx.byline) : null;
    for (const el of leafBlocks(root)) {
      const text = el.textContent ?? '';
      if (text.length > 200 || !/\d/.test(text)) continue;
      let rest = norm(text);
      if (byline) rest = rest.split(byline).join(' ');
      rest = rest.replace(DATE_BITS, ' ').replace(LABELS, ' ').replace(/[|•·,:;()\-–—/\s]+/g, '');
      if (rest.length <= 2 && /\d{1,2}[:./-]\d{1,2}/.test(text)) {
        el.remove();
        n++;
      }
    }
    return n;
  },
};

const NOISE_LINES =
  /^(?:advertisement|advertising|anzeige|publicité|publicidad|pubblicità|sponsored|read more|read next|continue reading|share|share this( article)?|print|email|skip (?:to|ad)|click here|story continues below(?: advertisement)?|scroll to continue)\.?$/i;

/** Lines that repeat the headline or the byline, and short "Advertisement" / "Read more" lines. */
export const dropRepeatedAndNoiseLines: PostStep = {
  name: 'repeated-and-noise-lines',
  run(root, ctx) {
    let n = 0;
    const title = norm(ctx.title);
    const byline = ctx.byline ? norm(ctx.byline) : null;
    for (const el of leafBlocks(root)) {
      const t = norm(el.textContent ?? '');
      if (!t) continue;
      if (t === title || (byline && (t === byline || t === `by ${byline}`)) || NOISE_LINES.test(t)) {
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
  run(root) {
    let n = 0;
    for (const fig of Array.from(root.querySelectorAll('figure'))) {
      if (!fig.querySelector('img, picture, video, table, pre') && !norm(fig.textContent ?? '')) {
        fig.remove();
        n++;
      }
    }
    return n;
  },
};

export const POST_STEPS: PostStep[] = [dropMetadataLines, dropRepeatedAndNoiseLines, dropEmptyFigures];
