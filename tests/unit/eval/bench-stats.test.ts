import { describe, expect, it } from 'vitest';
import { broken, stat } from '@/scripts/bench/stats';

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(stat(xs)).toEqual({ p50: 50, p95: 95, max: 100, n: 100 });
    expect(stat([3, 1, 2])).toEqual({ p50: 2, p95: 3, max: 3, n: 3 });
  });

  it('reports broken budgets, including unmeasured (NaN) ones', () => {
    const list = [
      { name: 'ok', value: 1, limit: 2, unit: 'ms' },
      { name: 'slow', value: 3, limit: 2, unit: 'ms' },
      { name: 'missing', value: NaN, limit: 2, unit: 'ms' },
    ];
    expect(broken(list).map((b) => b.name)).toEqual(['slow', 'missing']);
  });
});
