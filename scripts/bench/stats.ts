/** Median, p95 and max of a sample, and budget checks for the benchmark. */
export interface Stat {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export function stat(xs: number[]): Stat {
  if (!xs.length) return { p50: NaN, p95: NaN, max: NaN, n: 0 };
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1], n: s.length };
}

export interface Budget {
  name: string;
  value: number;
  limit: number;
  unit: string;
}

export const broken = (budgets: Budget[]) => budgets.filter((b) => !(b.value <= b.limit));
