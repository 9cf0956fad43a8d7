/** "Did you mean …?" for a misspelt name: the known name at the smallest edit distance, if close. */
import levenshtein from 'fast-levenshtein';

export function closestName(name: string, known: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = levenshtein.get(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  // Close means at most a third of the name changed: "repeated-wrod" yes, "x/y" no.
  return best !== null && bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : null;
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const match = closestName(name, known);
  return match ? ` (did you mean "${match}"?)` : '';
}
