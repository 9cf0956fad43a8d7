/**
 * chrF (Popović 2015): character n-gram F-score of a hypothesis against a reference, n = 1..6,
 * whitespace removed, beta = 2 (recall weighted twice). Used only as the reference-based baseline that
 * syndiq's reference-free score is compared with.
 */
function charNgrams(text: string, n: number): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...text.replace(/\s+/gu, '')];
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function chrF(hypothesis: string, reference: string, maxN = 6, beta = 2): number {
  let precision = 0;
  let recall = 0;
  let orders = 0;
  for (let n = 1; n <= maxN; n++) {
    const hyp = charNgrams(hypothesis, n);
    const ref = charNgrams(reference, n);
    let matched = 0;
    let hypTotal = 0;
    let refTotal = 0;
    for (const [gram, count] of hyp) {
      hypTotal += count;
      matched += Math.min(count, ref.get(gram) ?? 0);
    }
    for (const count of ref.values()) refTotal += count;
    if (!hypTotal || !refTotal) continue;
    precision += matched / hypTotal;
    recall += matched / refTotal;
    orders++;
  }
  if (!orders) return 0;
  precision /= orders;
  recall /= orders;
  const b2 = beta * beta;
  return precision + recall ? ((1 + b2) * precision * recall) / (b2 * precision + recall) : 0;
}
