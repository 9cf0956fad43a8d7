/**
 * Spellers over the run's spelling tables (`resources.spelling`, loaded before the first article for
 * the configured languages). A word is checked as nspell checks it against the same Hunspell
 * dictionary, only the forms come from a prebuilt table instead of being expanded on every start.
 * English accepts both American and British spellings.
 */
import { languageInfo } from '../lang/languages.js';
import type { Resources } from '../resources.js';
import {
  FORBIDDEN,
  FORM,
  KEEP_CASE,
  lookUp,
  ONLY_IN_COMPOUND,
  ONSET,
  ONSET_LENGTH,
  STEM,
  type SpellingTable,
} from './spelling/table.js';

export { ONSET_LENGTH };

export interface Speller {
  /** False when the dictionary knows base forms only: fine for "is this a noun", not for running text. */
  checksText: boolean;
  /** True when any of the language's dictionaries knows the word as written. */
  correct(word: string): boolean;
  /** A dictionary word one edit away (deletion, transposition, substitution, insertion), if any. */
  oneEditAway(word: string): string | undefined;
  /** Whether the lowercase word is itself a dictionary entry (not only a form derived by affixes). */
  isStem(word: string): boolean;
  /** Whether some dictionary stem starts with these (lowercase) letters; `prefix` at most 4 letters. */
  startsWord(prefix: string): boolean;
}

/** Substitutions that are spelling conventions, not errors (-ise/-ize). */
const VARIANT_PAIRS = new Set(['sz', 'zs']);
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** The first lower-case word one edit from `word` (deletion, insertion, transposition, substitution) that `accept` takes. */
export function oneEdit(word: string, correct: (w: string) => boolean): string | undefined {
  const w = word.toLowerCase();
  for (let i = 0; i < w.length; i++) {
    const del = w.slice(0, i) + w.slice(i + 1);
    if (del.length > 2 && correct(del)) return del;
  }
  for (let i = 0; i <= w.length; i++) {
    for (const c of ALPHABET) {
      const ins = w.slice(0, i) + c + w.slice(i);
      if (correct(ins)) return ins;
    }
  }
  for (let i = 0; i + 1 < w.length; i++) {
    const tr = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    if (tr !== w && correct(tr)) return tr;
  }
  for (let i = 0; i < w.length; i++) {
    for (const c of ALPHABET) {
      if (c === w[i] || VARIANT_PAIRS.has(w[i] + c)) continue;
      const sub = w.slice(0, i) + c + w.slice(i + 1);
      if (correct(sub)) return sub;
    }
  }
  return undefined;
}

/**
 * The look-up cache of one speller, bounded by the characters it holds (not by entries: a hostile text
 * of long tokens would otherwise fill it with megabytes). Cleared whole when full; look-ups are cheap.
 */
export const SPELL_CACHE_CHARS = 2_000_000;

/** A map that holds at most `maxChars` characters of keys; cleared whole when full. */
class BoundedCache<T> {
  readonly #map = new Map<string, T>();
  #chars = 0;
  constructor(readonly maxChars: number) {}
  has(key: string): boolean {
    return this.#map.has(key);
  }
  get(key: string): T | undefined {
    return this.#map.get(key);
  }
  set(key: string, value: T): void {
    if (this.#chars + key.length > this.maxChars) {
      this.#map.clear();
      this.#chars = 0;
    }
    this.#map.set(key, value);
    this.#chars += key.length;
  }
}

/**
 * Queries that reached a dictionary (below the speller's caches) and the characters they carried, in
 * this thread: tests and benchmarks count work with it instead of timing it.
 */
export const dictionaryWork = { queries: 0, chars: 0 };

/** nspell's `correct` (lib/util/form.js and exact.js) over one table. */
export function dictionaryChecker(table: SpellingTable): (word: string) => boolean {
  const compounds = table.compoundRules.map((source) => new RegExp(source, 'i'));
  const conversions = table.conversions.map(([p, r]) => [new RegExp(p, 'g'), r] as const);
  const exact = (value: string, bits: number): boolean => {
    if (bits & FORM) return !(bits & ONLY_IN_COMPOUND);
    return value.length >= table.compoundMin && compounds.some((re) => re.test(value));
  };
  // a capital or lower-case variant is refused outright when the dictionary keeps its case or forbids it
  const variant = (alternative: string): boolean | undefined => {
    const bits = lookUp(table, alternative);
    if (bits & (KEEP_CASE | FORBIDDEN)) return false;
    return exact(alternative, bits) ? true : undefined;
  };
  return (word) => {
    dictionaryWork.queries++;
    dictionaryWork.chars += word.length;
    let normal = word.trim();
    if (!normal) return false;
    for (const [pattern, replacement] of conversions) normal = normal.replace(pattern, replacement);
    const bits = lookUp(table, normal);
    if (exact(normal, bits)) return !(bits & FORBIDDEN);
    if (normal.toUpperCase() === normal) {
      const found = variant(normal.charAt(0) + normal.slice(1).toLowerCase());
      if (found !== undefined) return found;
    }
    const lower = normal.toLowerCase();
    if (lower !== normal) return variant(lower) ?? false;
    return false;
  };
}

/** A speller over one language's tables (a word is correct when any of them knows it). */
export function createSpeller(tables: readonly SpellingTable[], checksText: boolean): Speller {
  const checkers = tables.map(dictionaryChecker);
  const anyKnows = (word: string): boolean => checkers.some((c) => c(word));
  const hasBit = (word: string, bit: number): boolean => tables.some((t) => (lookUp(t, word) & bit) !== 0);
  const known = new BoundedCache<boolean>(SPELL_CACHE_CHARS);
  const nearCache = new BoundedCache<string | null>(SPELL_CACHE_CHARS / 4);
  return {
    checksText,
    correct(word) {
      let ok = known.get(word);
      if (ok === undefined) known.set(word, (ok = anyKnows(word)));
      return ok;
    },
    oneEditAway(word) {
      // a garbled word tends to recur in an article: search its neighbours once
      if (nearCache.has(word)) return nearCache.get(word) ?? undefined;
      const near = oneEdit(word, anyKnows);
      nearCache.set(word, near ?? null);
      return near;
    },
    startsWord: (prefix) => prefix.length <= ONSET_LENGTH && hasBit(prefix, ONSET),
    isStem: (word) => hasBit(word.toLowerCase(), STEM),
  };
}

// One speller per language per loaded `Resources` (each worker thread has its own copy of the object).
const spellers = new WeakMap<Resources, Map<string, Speller | null>>();

/**
 * The speller for `lang`, or null when the run has no dictionary for it (a language without one, or
 * one the config does not list): the rules that use it then report nothing.
 */
export function speller(resources: Resources, lang: string): Speller | null {
  let byLang = spellers.get(resources);
  if (!byLang) spellers.set(resources, (byLang = new Map()));
  let found = byLang.get(lang);
  if (found === undefined) {
    const tables = resources.spelling.get(lang);
    const info = languageInfo(lang)?.spelling;
    found = tables?.length && info ? createSpeller(tables, info.checksText) : null;
    byLang.set(lang, found);
  }
  return found;
}

/** Whether a capitalised word is an ordinary word of its language ("Hare", "Crow"), not a name. */
export function isCommonWord(resources: Resources, word: string, lang: string): boolean {
  const spell = speller(resources, lang);
  if (!spell) return false;
  // where every noun is capitalised the dictionary knows "Hase", not "hase"
  return languageInfo(lang)?.capitalisesNouns ? spell.correct(word) : spell.correct(word.toLowerCase());
}
