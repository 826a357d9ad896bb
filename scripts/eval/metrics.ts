/** Text-comparison metrics used by the evaluation datasets' authors (see each PROVENANCE.md). */

const words = (s: string, lower: boolean): string[] => (lower ? s.toLowerCase() : s).match(/\w+/gu) ?? [];

function bag(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [k, x] of a) n += Math.min(x, b.get(k) ?? 0);
  return n;
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

function prf(tp: number, predicted: number, reference: number): PRF {
  if (reference === 0) return predicted === 0 ? { p: 1, r: 1, f1: 1 } : { p: 0, r: 1, f1: 0 };
  if (predicted === 0) return { p: 0, r: 0, f1: 0 };
  const p = tp / predicted;
  const r = tp / reference;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** WCXB: lowercased `\w+` bag-of-words precision/recall/F1 of one page. */
export function bowScores(predicted: string, reference: string): PRF {
  const a = bag(words(predicted, true));
  const b = bag(words(reference, true));
  const np = words(predicted, true).length;
  const nr = words(reference, true).length;
  return prf(overlap(a, b), np, nr);
}

/** Character-level bag overlap (for Chinese and other unspaced scripts); whitespace and punctuation ignored. */
export function charScores(predicted: string, reference: string): PRF {
  const chars = (s: string) => Array.from(s.replace(/[\s\p{P}\p{S}]/gu, ''));
  const a = chars(predicted);
  const b = chars(reference);
  return prf(overlap(bag(a), bag(b)), a.length, b.length);
}

/**
 * Article-extraction-benchmark shingle scores of one page: tokens are `\w+` runs (case kept), 4-token
 * shingles as a multiset; TP/FP/FN normalised to sum 1. Corpus P and R are means over pages of
 * tp/(tp+fp) and tp/(tp+fn); F1 comes from those means (`shingleF1`).
 */
export function shingleCounts(predicted: string, reference: string): { tp: number; fp: number; fn: number } {
  const sh = (s: string) => {
    const t = words(s, false);
    const out: string[] = [];
    for (let i = 0; i + 4 <= t.length; i++) out.push(t.slice(i, i + 4).join(' '));
    if (!out.length && t.length) out.push(t.join(' '));
    return bag(out);
  };
  const a = sh(predicted);
  const b = sh(reference);
  const tp = overlap(a, b);
  const sa = Array.from(a.values()).reduce((x, y) => x + y, 0);
  const sb = Array.from(b.values()).reduce((x, y) => x + y, 0);
  const fp = sa - tp;
  const fn = sb - tp;
  const total = tp + fp + fn;
  return total ? { tp: tp / total, fp: fp / total, fn: fn / total } : { tp: 1, fp: 0, fn: 0 };
}

export function shingleF1(pages: { tp: number; fp: number; fn: number }[]): PRF {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const p = mean(pages.map((c) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0)));
  const r = mean(pages.map((c) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0)));
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Typography folded: curly quotes, dashes and ellipses written the plain way, and Markdown's line marks (list
 * bullets, table pipes, heading hashes, emphasis) dropped. WCXB's snippets were written in plain ASCII Markdown while
 * pages print "aren’t" and "2020–2024": a faithful extraction cannot contain such a snippet verbatim.
 */
export function foldTypography(s: string): string {
  return s
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...')
    .replace(/^\s*(?:[-*+]|#{1,6}|\d+[.)])\s+/gm, '')
    .replace(/\s*\|\s*/g, ' ')
    .replace(/\*\*|__/g, '');
}

/**
 * Share of snippets found in the text (substring after whitespace normalisation; case-insensitive for WCXB), as
 * upstream counts them, or with typography folded on both sides.
 */
export function snippetHits(text: string, snippets: string[], caseInsensitive: boolean, folded = false): number {
  const norm = (x: string) => {
    const t = squash(folded ? foldTypography(x) : x);
    return caseInsensitive ? t.toLowerCase() : t;
  };
  const hay = norm(text);
  return snippets.filter((s) => hay.includes(norm(s))).length;
}
