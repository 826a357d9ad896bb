import { describe, expect, it } from 'vitest';
import { rougeL, rougeN, rougeTokens } from '@/scripts/eval/rouge';

// The textbook example (Lin 2004 style), values computed by hand.
const ref = 'The cat was found under the bed.';
const cand = 'The cat was under the bed';

describe('ROUGE', () => {
  it('tokenises like rouge-score (lowercase alphanumerics)', () => {
    expect(rougeTokens("It's 2,100 £ — ok")).toEqual(['it', 's', '2', '100', 'ok']);
  });
  it('ROUGE-1 = 12/13', () => expect(rougeN(cand, ref, 1)).toBeCloseTo(12 / 13, 6));
  it('ROUGE-2 = 8/11', () => expect(rougeN(cand, ref, 2)).toBeCloseTo((2 * 0.8 * (4 / 6)) / (0.8 + 4 / 6), 6));
  it('ROUGE-L = 12/13', () => expect(rougeL(cand, ref)).toBeCloseTo(12 / 13, 6));
  it('is 0 with nothing in common and 1 for identical texts', () => {
    expect(rougeN('a b', 'c d', 1)).toBe(0);
    expect(rougeL(ref, ref)).toBe(1);
  });
});
