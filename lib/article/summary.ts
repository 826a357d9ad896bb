import { splitSentences } from '@/lib/article/segment';

export interface SummaryOptions {
  title?: string;
  lang?: string | null;
  /** Number of key sentences, 1–7. */
  count?: number;
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u;
const NOISE = /^(?:advertisement|read more|related|click here|sign up|subscribe|follow us|share this|\(with inputs from [^)]*\)\.?|photo:|image:|credit:)/i;

/** Words, or character bigrams for scripts written without spaces. */
function tokens(s: string): string[] {
  const lower = s.toLowerCase();
  if (CJK.test(lower)) {
    const chars = Array.from(lower.replace(/[^\p{L}\p{N}]/gu, ''));
    return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
  }
  return lower.match(/[\p{L}\p{N}]{3,}/gu) ?? [];
}

function vector(toks: string[]): Map<string, number> {
  const v = new Map<string, number>();
  for (const t of toks) v.set(t, (v.get(t) ?? 0) + 1);
  return v;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x * x;
    const y = b.get(k);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Extractive summary: the most informative whole sentences of the body, in document order.
 * Scores position, centrality and headline overlap; skips near-duplicates (MMR).
 */
export function summarize(paragraphs: string[], opts: SummaryOptions = {}): string[] {
  const count = Math.min(7, Math.max(1, opts.count ?? 3));
  const sentences = paragraphs
    .flatMap((p) => splitSentences(p, opts.lang))
    .filter((s) => !NOISE.test(s) && s.length >= 20 && s.length <= 600);
  if (sentences.length <= count) return sentences;
  const vecs = sentences.map((s) => vector(tokens(s)));
  const all = vector(sentences.flatMap((s) => tokens(s)));
  const head = vector(tokens(opts.title ?? ''));
  const scored = sentences.map((s, i) => {
    const position = 1 / Math.sqrt(i + 1);
    const centrality = cosine(vecs[i], all);
    const headline = cosine(vecs[i], head);
    return { i, score: 0.5 * position + 0.35 * centrality + 0.25 * headline };
  });
  const chosen: number[] = [];
  const pool = [...scored].sort((a, b) => b.score - a.score);
  while (chosen.length < count && pool.length > 0) {
    let bestIdx = 0;
    let bestVal = -Infinity;
    for (let k = 0; k < pool.length; k++) {
      const redundancy = Math.max(0, ...chosen.map((c) => cosine(vecs[pool[k].i], vecs[c])));
      const val = pool[k].score - 0.5 * redundancy;
      if (val > bestVal) {
        bestVal = val;
        bestIdx = k;
      }
    }
    chosen.push(pool[bestIdx].i);
    pool.splice(bestIdx, 1);
  }
  return chosen.sort((a, b) => a - b).map((i) => sentences[i]);
}
