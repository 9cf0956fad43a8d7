/**
 * Paragraph alignment between a republished body and its original: a monotone dynamic programme over
 * 1-1 pairs, additions (1-0), omissions (0-1) and 2-1 / 1-2 merges.
 *
 * Evidence is the matcher's translation-surviving keys (folded word prefixes, numbers). Only
 * "anchors" count: keys of a paragraph that occur somewhere in the other document, weighted by how
 * few paragraphs carry them. A pair sharing its anchors is a translation; a pair whose anchors sit
 * in other paragraphs is not, and the programme prefers to leave both unmatched. Names and numbers
 * that match nothing count as evidence against the pair too (a paragraph of another story). Pairs
 * with no anchors and no names (a sentence with no name, number or cognate) are placed by position
 * and reported with a modest prior similarity, never as evidence of a mismatch.
 */
import { inSentenceNameKeys, textKeys } from '../match/keys.js';
import type { FieldText } from '../text/field.js';
import type { AlignedPair, Alignment } from './types.js';

/** Score of leaving one paragraph unmatched. */
const GAP = -0.2;
/** How strongly unshared anchors argue against a pair. */
const CONTRADICTION = 0.6;
/** Anchor weight (both sides) at which the key evidence is complete. */
const FULL_EVIDENCE = 6;
/** Extra cost of a 2-1 or 1-2 merge: above a gap, so a merge needs anchors of its own. */
const MERGE = 0.25;
/** Similarity reported for a positional pair of equal length with no anchors at all. */
const POSITIONAL_PRIOR = 0.4;
/** Cost of pairing paragraphs of very different lengths (a one-line promo against a long paragraph). */
const LENGTH_MISFIT = 0.3;
/** Evidence each name or number inside a sentence carries, matched or not. */
const NAME_EVIDENCE = 0.5;
/** Numbers are the strongest anchors. */
const NUMBER_WEIGHT = 1.5;

interface Para {
  keys: Set<string>;
  /** Distinct names and numbers inside sentences: content a translation must carry over. */
  names: number;
  length: number;
}

function prepare(field: FieldText): Para[] {
  return field.paragraphs.map((p) => ({
    keys: new Set(textKeys(p.text, field.lang)),
    names: new Set(inSentenceNameKeys(p.text, field.lang)).size,
    length: p.text.length,
  }));
}

/** Key weights from paragraph document frequency over both texts; only keys on both sides are anchors. */
function anchorWeights(a: readonly Para[], b: readonly Para[]): Map<string, number> {
  const inA = new Map<string, number>();
  const inB = new Map<string, number>();
  for (const p of a) for (const k of p.keys) inA.set(k, (inA.get(k) ?? 0) + 1);
  for (const p of b) for (const k of p.keys) inB.set(k, (inB.get(k) ?? 0) + 1);
  const n = a.length + b.length;
  const weights = new Map<string, number>();
  for (const [k, da] of inA) {
    const db = inB.get(k);
    if (db === undefined) continue;
    const w = Math.log(1 + n / (da + db));
    weights.set(k, k.startsWith('#') ? w * NUMBER_WEIGHT : w);
  }
  return weights;
}

interface PairScore {
  /** DP score: similarity minus the weight of contradicting anchors. */
  score: number;
  /** Reported 0-1 similarity. */
  similarity: number;
}

function union(paras: readonly Para[]): Para {
  // a single paragraph is its own union (read-only here): no copy of its keys per DP cell
  if (paras.length === 1) return paras[0]!;
  const keys = new Set<string>();
  let length = 0;
  let names = 0;
  for (const p of paras) {
    for (const k of p.keys) keys.add(k);
    length += p.length;
    names += p.names;
  }
  return { keys, names, length };
}

function scorePair(r: Para, o: Para, weights: ReadonlyMap<string, number>): PairScore {
  let massR = 0;
  let massO = 0;
  let shared = 0;
  for (const k of r.keys) {
    const w = weights.get(k);
    if (w === undefined) continue;
    massR += w;
    if (o.keys.has(k)) shared += w;
  }
  for (const k of o.keys) massO += weights.get(k) ?? 0;
  const mass = massR + massO;
  const dice = mass > 0 ? (2 * shared) / mass : 0;
  // names and numbers that should have been anchors count as evidence even when unmatched
  const expected = NAME_EVIDENCE * (r.names + o.names);
  const evidence = Math.min(1, Math.max(mass, expected) / FULL_EVIDENCE);
  const lengthFit = Math.min(r.length, o.length) / Math.max(1, r.length, o.length);
  const prior = POSITIONAL_PRIOR * lengthFit;
  return {
    score: dice - CONTRADICTION * (1 - dice) * evidence - LENGTH_MISFIT * (1 - lengthFit),
    similarity: Math.round((evidence * dice + (1 - evidence) * Math.max(dice, prior)) * 1000) / 1000,
  };
}

type Step = 'pair' | 'add' | 'omit' | 'merge-rep' | 'merge-orig';

/** Align body paragraphs; pairs are in reading order, a merge is reported as two pairs sharing an index. */
export function alignParagraphs(republished: FieldText, original: FieldText): Alignment {
  const r = prepare(republished);
  const o = prepare(original);
  const weights = anchorWeights(r, o);
  const R = r.length;
  const O = o.length;
  const best: number[][] = Array.from({ length: R + 1 }, () => new Array<number>(O + 1).fill(-Infinity));
  const step: (Step | null)[][] = Array.from({ length: R + 1 }, () =>
    new Array<Step | null>(O + 1).fill(null),
  );
  const sims = new Map<string, PairScore>();
  const pair = (i0: number, i1: number, j0: number, j1: number): PairScore => {
    const key = `${i0},${i1},${j0},${j1}`;
    let s = sims.get(key);
    if (!s) sims.set(key, (s = scorePair(union(r.slice(i0, i1)), union(o.slice(j0, j1)), weights)));
    return s;
  };
  best[0]![0] = 0;
  for (let i = 0; i <= R; i++) {
    for (let j = 0; j <= O; j++) {
      if (i === 0 && j === 0) continue;
      let b = -Infinity;
      let s: Step | null = null;
      const consider = (value: number, st: Step): void => {
        if (value > b) {
          b = value;
          s = st;
        }
      };
      if (i > 0 && j > 0) consider(best[i - 1]![j - 1]! + pair(i - 1, i, j - 1, j).score, 'pair');
      if (i > 0) consider(best[i - 1]![j]! + GAP, 'add');
      if (j > 0) consider(best[i]![j - 1]! + GAP, 'omit');
      if (i > 1 && j > 0)
        consider(best[i - 2]![j - 1]! + pair(i - 2, i, j - 1, j).score - MERGE, 'merge-rep');
      if (i > 0 && j > 1)
        consider(best[i - 1]![j - 2]! + pair(i - 1, i, j - 2, j).score - MERGE, 'merge-orig');
      best[i]![j] = b;
      step[i]![j] = s;
    }
  }
  const pairs: AlignedPair[] = [];
  let i = R;
  let j = O;
  while (i > 0 || j > 0) {
    const st = step[i]![j];
    if (st === 'pair') {
      pairs.push({ republished: i - 1, original: j - 1, similarity: pair(i - 1, i, j - 1, j).similarity });
      i--;
      j--;
    } else if (st === 'add') {
      pairs.push({ republished: i - 1, original: null, similarity: 0 });
      i--;
    } else if (st === 'omit') {
      pairs.push({ republished: null, original: j - 1, similarity: 0 });
      j--;
    } else if (st === 'merge-rep') {
      const sim = pair(i - 2, i, j - 1, j).similarity;
      pairs.push(
        { republished: i - 1, original: j - 1, similarity: sim },
        { republished: i - 2, original: j - 1, similarity: sim },
      );
      i -= 2;
      j--;
    } else {
      const sim = pair(i - 1, i, j - 2, j).similarity;
      pairs.push(
        { republished: i - 1, original: j - 1, similarity: sim },
        { republished: i - 1, original: j - 2, similarity: sim },
      );
      i--;
      j -= 2;
    }
  }
  return { pairs: pairs.reverse() };
}

/**
 * Similarity (0-1) of two standalone texts: the Dice coefficient of their key sets. Without a
 * surrounding document there is no positional prior: nothing shared is 0.
 */
export function paragraphSimilarity(a: string, aLang: string, b: string, bLang: string): number {
  const ka = new Set(textKeys(a, aLang));
  const kb = new Set(textKeys(b, bLang));
  let shared = 0;
  for (const k of ka) if (kb.has(k)) shared++;
  const total = ka.size + kb.size;
  return total > 0 ? Math.round(((2 * shared) / total) * 1000) / 1000 : 0;
}
