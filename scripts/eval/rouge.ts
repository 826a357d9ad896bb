/**
 * ROUGE-N and ROUGE-L F-measures as the rouge-score package computes them without stemming:
 * lowercase, tokens are runs of [a-z0-9] (other characters split), n-gram multisets clipped, LCS over tokens.
 */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

const f = (overlap: number, nc: number, nr: number) => {
  const p = nc ? overlap / nc : 0;
  const r = nr ? overlap / nr : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export function rougeN(candidate: string, reference: string, n: number): number {
  const c = ngrams(rougeTokens(candidate), n);
  const r = ngrams(rougeTokens(reference), n);
  let overlap = 0;
  for (const [g, k] of c) overlap += Math.min(k, r.get(g) ?? 0);
  const total = (m: Map<string, number>) => Array.from(m.values()).reduce((a, b) => a + b, 0);
  return f(overlap, total(c), total(r));
}

export function rougeL(candidate: string, reference: string): number {
  const a = rougeTokens(candidate);
  const b = rougeTokens(reference);
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return f(prev[b.length], a.length, b.length);
}
