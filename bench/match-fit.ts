/**
 * Logistic regression for the cross-script match confidence (src/match/confidence.ts): features are
 * standardised, fitted by gradient descent with a small L2 penalty, and returned on the raw scale.
 */
import type { LogisticModel } from '../src/match/confidence.js';

export function fitLogistic(
  xs: readonly number[][],
  ys: readonly number[],
  iterations = 3000,
): LogisticModel {
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((s, x) => s + x[j]!, 0) / n);
  const sd = Array.from(
    { length: d },
    (_, j) => Math.sqrt(xs.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / n) + 1e-9,
  );
  const zs = xs.map((x) => x.map((v, j) => (v - mean[j]!) / sd[j]!));
  const w = new Array<number>(d + 1).fill(0);
  const rate = 0.5;
  const l2 = 1e-3;
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d + 1).fill(0);
    for (let i = 0; i < n; i++) {
      let z = w[d]!;
      for (let j = 0; j < d; j++) z += w[j]! * zs[i]![j]!;
      const err = 1 / (1 + Math.exp(-z)) - ys[i]!;
      for (let j = 0; j < d; j++) g[j]! += err * zs[i]![j]!;
      g[d]! += err;
    }
    for (let j = 0; j <= d; j++) w[j]! -= rate * (g[j]! / n + l2 * w[j]!);
  }
  const weights = w.slice(0, d).map((v, j) => v / sd[j]!);
  const bias = w[d]! - w.slice(0, d).reduce((s, v, j) => s + (v * mean[j]!) / sd[j]!, 0);
  return { weights, bias };
}
