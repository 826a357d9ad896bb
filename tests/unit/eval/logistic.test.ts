import { describe, expect, it } from 'vitest';
import { fit, score } from '@/scripts/detector/logistic';

describe('logistic regression', () => {
  it('separates a separable set and folds standardisation into raw-feature weights', () => {
    const rows = [[0, 10], [1, 10], [2, 10], [8, 10], [9, 10], [10, 10]];
    const labels = [0, 0, 0, 1, 1, 1];
    const model = fit(rows, labels, { epochs: 2000 });
    expect(rows.map((r) => score(model, r) > 0 ? 1 : 0)).toEqual(labels);
    expect(score(model, [5, 10])).toBeCloseTo(0, 0);
  });
});
