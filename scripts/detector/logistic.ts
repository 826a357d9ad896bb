/** Plain L2-regularised logistic regression (batch gradient descent) on standardised features. */
export interface Model {
  bias: number;
  weights: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function standardize(rows: number[][]): { mean: number[]; std: number[] } {
  const d = rows[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
  const std = Array.from({ length: d }, (_, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / rows.length) || 1);
  return { mean, std };
}

/** Fit on raw features; the returned model applies to raw features (standardisation folded in). */
export function fit(rows: number[][], labels: number[], opts: { l2?: number; epochs?: number; rate?: number } = {}): Model {
  const { l2 = 0.01, epochs = 3000, rate = 0.5 } = opts;
  const { mean, std } = standardize(rows);
  const x = rows.map((r) => r.map((v, j) => (v - mean[j]) / std[j]));
  const d = mean.length;
  let w = new Array<number>(d).fill(0);
  let b = 0;
  const n = x.length;
  for (let e = 0; e < epochs; e++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (let j = 0; j < d; j++) z += w[j] * x[i][j];
      const err = sigmoid(z) - labels[i];
      gb += err;
      for (let j = 0; j < d; j++) gw[j] += err * x[i][j];
    }
    w = w.map((wj, j) => wj - rate * (gw[j] / n + l2 * wj));
    b -= rate * (gb / n);
  }
  const weights = w.map((wj, j) => wj / std[j]);
  const bias = b - w.reduce((s, wj, j) => s + (wj * mean[j]) / std[j], 0);
  return { bias, weights };
}

export function score(model: Model, row: number[]): number {
  return row.reduce((s, v, j) => s + v * model.weights[j], model.bias);
}
