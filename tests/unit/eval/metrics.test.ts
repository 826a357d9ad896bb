import { describe, expect, it } from 'vitest';
import { bowScores, charScores, shingleCounts, shingleF1, snippetHits } from '@/scripts/eval/metrics';

describe('evaluation metrics', () => {
  it('bag-of-words scores are lowercased multiset overlaps', () => {
    expect(bowScores('The cat the CAT', 'the cat sat')).toEqual({ p: 0.5, r: 2 / 3, f1: (2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3) });
    expect(bowScores('', 'x')).toEqual({ p: 0, r: 0, f1: 0 });
    expect(bowScores('', '')).toEqual({ p: 1, r: 1, f1: 1 });
  });

  it('character scores ignore spaces and punctuation', () => {
    expect(charScores('东京，奥运', '东京奥运会').f1).toBeCloseTo((2 * 1 * 0.8) / 1.8);
  });

  it('shingle counts normalise to one and average per page', () => {
    const same = shingleCounts('a b c d e', 'a b c d e');
    expect(same).toEqual({ tp: 1, fp: 0, fn: 0 });
    const half = shingleCounts('a b c d e', 'a b c d x');
    expect(half.tp).toBeCloseTo(1 / 3);
    expect(shingleF1([same, half]).p).toBeCloseTo((1 + 0.5) / 2);
  });

  it('snippets match after whitespace normalisation', () => {
    expect(snippetHits('Hello\n  World and more', ['hello world', 'absent'], true)).toBe(1);
    expect(snippetHits('Hello World', ['hello world'], false)).toBe(0);
  });
});
