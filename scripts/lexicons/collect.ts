/**
 * Gathers (source lemma, English rendering, rank) pairs from any dictionary and turns them into the
 * committed table: per lemma, its renderings best first (lowest rank, then most frequent English word),
 * at most `maxRenderings`.
 */
import { normalizeKey } from '../../src/lexicon/normalize.js';

export interface EnglishVocabulary {
  /** Frequency rank of a lower-case English word (0 = most frequent); undefined for unknown words. */
  rank(word: string): number | undefined;
}

/** British -> American spellings (the dictionaries are British, news often American), checked against the vocabulary. */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/our$/, 'or'],
  [/ours$/, 'ors'],
  [/tre$/, 'ter'],
  [/tres$/, 'ters'],
  [/ise$/, 'ize'],
  [/isation$/, 'ization'],
  [/yse$/, 'yze'],
  [/ogue$/, 'og'],
  [/mme$/, 'm'],
  [/ence$/, 'ense'],
  [/ll(ed|ing|er)$/, 'l$1'],
];

export function americanVariants(word: string, english: EnglishVocabulary): string[] {
  if (word.includes(' ')) return [];
  return SPELLINGS.filter(([re]) => re.test(word))
    .map(([re, to]) => word.replace(re, to))
    .filter((v) => v !== word && english.rank(v) !== undefined);
}

export class PairCollector {
  private readonly best = new Map<string, Map<string, number>>();

  constructor(
    readonly lang: string,
    private readonly english: EnglishVocabulary,
    private readonly maxWords = 3,
  ) {}

  /**
   * Adds `source` -> `rendering`. Renderings are cleaned ("to make" -> "make") and kept only when every
   * word is a known English word (a capitalised word also passes when the source is capitalised: names).
   * Returns whether the pair was kept.
   */
  add(source: string, rendering: string, rank: number): boolean {
    const key = normalizeKey(source.trim(), this.lang);
    if (!key || /\d/.test(key)) return false;
    const en = this.cleanRendering(rendering, /^\p{Lu}/u.test(source.trim()));
    if (!en) return false;
    let m = this.best.get(key);
    if (!m) this.best.set(key, (m = new Map()));
    const old = m.get(en);
    if (old === undefined || rank < old) m.set(en, rank);
    return true;
  }

  cleanRendering(raw: string, sourceIsName: boolean): string | undefined {
    let r = raw
      .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>/g, ' ')
      .replace(/[‐‑]/g, '-')
      .replace(/[’]/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[.!?:;]+$/, '')
      .trim();
    r = r.replace(/^(to|a|an|the) (?=\S)/i, '');
    if (!r) return undefined;
    const words = r.split(' ');
    if (words.length > this.maxWords) return undefined;
    for (const w of words) {
      if (!/^[\p{L}][\p{L}'-]*$/u.test(w)) return undefined;
      const lower = w.toLowerCase();
      const known = w.split('-').every((p) => this.english.rank(p.toLowerCase()) !== undefined);
      if (known && (w === lower || words.length > 1 || !sourceIsName)) continue;
      if (sourceIsName && /^\p{Lu}/u.test(w)) continue;
      if (known) continue;
      return undefined;
    }
    // A single lower-case word stays lower case; names keep their capitals.
    return words
      .map((w) => (this.english.rank(w.toLowerCase()) !== undefined && !sourceIsName ? w.toLowerCase() : w))
      .join(' ');
  }

  get size(): number {
    return this.best.size;
  }

  /** Drops source keys the caller knows are no lemma (an inflected form caught from a phrase). */
  dropKeys(isNoLemma: (key: string) => boolean): number {
    let n = 0;
    for (const k of [...this.best.keys()]) if (isNoLemma(k) && this.best.delete(k)) n++;
    return n;
  }

  /**
   * The table: lemma -> renderings, best first. Order: a rendering's position in its sense list plus
   * half the log2 of its English frequency rank, so that among first senses the common word leads
   * ("want" before "admire" for хотеть, both of whose Mueller entries list it first).
   */
  table(maxRenderings = 16): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const freq = (w: string): number =>
      Math.min(
        ...w
          .toLowerCase()
          .split(' ')
          .map((p) => this.english.rank(p) ?? 2_000_000),
      );
    const score = (w: string, position: number): number => position + 0.5 * Math.log2(freq(w) + 2);
    for (const [key, m] of this.best) {
      const list = [...m]
        .map(([en, position]) => [en, score(en, position)] as const)
        .sort(([a, sa], [b, sb]) => sa - sb || (a < b ? -1 : 1))
        .slice(0, maxRenderings)
        .map(([en]) => en);
      const withVariants = list.flatMap((en) => [en, ...americanVariants(en, this.english)]);
      out.set(key, [...new Set(withVariants)]);
    }
    return out;
  }
}
