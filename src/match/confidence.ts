/**
 * How sure a cross-script match is: a logistic model over what the best candidate shares with the
 * article and what sets it apart from the runner-up. Similarity alone cannot tell a translation from
 * a story on the same subject (two product pages, two reports of one event): both reach 0.15-0.3.
 * What separates them is how the evidence is spread:
 * - margin: the lead in similarity over the runner-up;
 * - contrast: of the article's keys held by exactly one of the two, the share held by the best
 *   (a translation among near duplicates still holds the names and figures the other lacks);
 * - coverage: the share of the article's key mass the best original explains;
 * - names: similarity over names and numbers only.
 * The output is the probability that the best candidate is the original (0-1).
 */

/** What the model reads of a candidate (see `Candidate` in index.ts). */
export interface ScoredCandidate {
  similarity: number;
  nameSimilarity: number;
  /** Query keys the candidate holds, with their IDF weight. */
  shared: ReadonlyMap<string, number>;
  /** IDF mass of all the query's keys on this route. */
  queryMass: number;
}

export const FEATURE_NAMES = ['similarity', 'margin', 'contrast', 'coverage', 'names'] as const;

/**
 * The similarity unrelated originals reach (IDF-weighted key overlap across scripts; the lower
 * quartile of the runner-up's similarity on the calibration half): the runner-up counts as at least
 * this, so a weak best candidate with no real competitor (a small archive) has no lead to show.
 */
const BACKGROUND_SIMILARITY = 0.04;

/** The model's inputs for the best candidate and its runner-up (absent: nothing competes). */
export function matchFeatures(best: ScoredCandidate, runnerUp: ScoredCandidate | undefined): number[] {
  const rival = Math.max(runnerUp?.similarity ?? 0, BACKGROUND_SIMILARITY);
  const margin = best.similarity > 0 ? Math.max(0, (best.similarity - rival) / best.similarity) : 0;
  let own = 0;
  let mass = 0;
  for (const [k, w] of best.shared) {
    mass += w;
    if (!runnerUp?.shared.has(k)) own += w;
  }
  let other = 0;
  if (runnerUp) for (const [k, w] of runnerUp.shared) if (!best.shared.has(k)) other += w;
  const contrast = own + other > 0 ? (own - other) / (own + other) : 0;
  const coverage = best.queryMass > 0 ? Math.min(1, mass / best.queryMass) : 0;
  return [best.similarity, margin, contrast, coverage, best.nameSimilarity];
}

export interface LogisticModel {
  weights: readonly number[];
  bias: number;
}

/**
 * Fitted on the calibration half of the pooled news benchmarks (`npm run bench:match -- --fit`:
 * originals split in two by id, each half indexed alone, the other half's articles as orphans;
 * label: the best cross-script candidate is the article's original). Reported on the held-out half.
 */
export const CROSS_SCRIPT_MODEL: LogisticModel = {
  weights: [11.678, 12.148, 2.477, 8.896, 2.658],
  bias: -8.576,
};

export function probabilityOf(
  features: readonly number[],
  model: LogisticModel = CROSS_SCRIPT_MODEL,
): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += model.weights[i]! * features[i]!;
  return 1 / (1 + Math.exp(-z));
}
