/**
 * Hunspell dictionaries through nspell, loaded lazily and once per process, only for the languages
 * an article actually needs. English accepts both American and British spellings.
 *
 * The dictionary packages are ESM with top-level await; we read their `.aff`/`.dic` files directly
 * (synchronously) so that rules can stay synchronous.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { knownLanguages, languageInfo } from '../lang/languages.js';

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
export const ONSET_LENGTH = 4;

function oneEdit(word: string, correct: (w: string) => boolean): string | undefined {
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

const require = createRequire(import.meta.url);
const cache = new Map<string, Speller | null>();

function loadPackage(name: string): { spell: nspell; dic: string } {
  const dir = dirname(require.resolve(name));
  const dic = readFileSync(join(dir, 'index.dic'), 'utf8');
  return { spell: nspell({ aff: readFileSync(join(dir, 'index.aff')), dic }), dic };
}

/** The dictionary's stems (lowercase) and every beginning of them up to ONSET_LENGTH letters. */
function stemsAndOnsets(dics: readonly string[]): { stems: Set<string>; onsets: Set<string> } {
  const stems = new Set<string>();
  const onsets = new Set<string>();
  for (const dic of dics) {
    for (const line of dic.split('\n')) {
      const stem = line.split('/')[0]!.trim().toLowerCase();
      stems.add(stem);
      for (let n = 1; n <= Math.min(ONSET_LENGTH, stem.length); n++) onsets.add(stem.slice(0, n));
    }
  }
  return { stems, onsets };
}

/** Languages a speller exists for. */
export function spellerLanguages(): string[] {
  return knownLanguages()
    .filter((l) => l.spelling)
    .map((l) => l.code);
}

/**
 * The speller for `lang`, or null when syndiq has no dictionary for it (or the package cannot be
 * loaded: the rules that use it then report nothing rather than fail the run).
 */
export function speller(lang: string): Speller | null {
  const hit = cache.get(lang);
  if (hit !== undefined) return hit;
  const spelling = languageInfo(lang)?.spelling;
  const names = spelling?.dictionaries;
  let result: Speller | null = null;
  if (names) {
    try {
      const loaded = names.map(loadPackage);
      const dicts = loaded.map((l) => l.spell);
      const known = new BoundedCache<boolean>(SPELL_CACHE_CHARS);
      const nearCache = new BoundedCache<string | null>(SPELL_CACHE_CHARS / 4);
      let lists: { stems: Set<string>; onsets: Set<string> } | undefined;
      const dicLists = () => (lists ??= stemsAndOnsets(loaded.map((l) => l.dic)));
      const correct = (word: string): boolean => {
        let ok = known.get(word);
        if (ok === undefined) {
          ok = dicts.some((d) => d.correct(word));
          known.set(word, ok);
        }
        return ok;
      };
      result = {
        checksText: spelling!.checksText,
        correct,
        oneEditAway: (word) => {
          // a garbled word tends to recur in an article: search its neighbours once
          if (nearCache.has(word)) return nearCache.get(word) ?? undefined;
          const near = oneEdit(word, (w) => dicts.some((d) => d.correct(w)));
          nearCache.set(word, near ?? null);
          return near;
        },
        startsWord: (prefix) => dicLists().onsets.has(prefix),
        isStem: (word) => dicLists().stems.has(word.toLowerCase()),
      };
    } catch {
      result = null;
    }
  }
  cache.set(lang, result);
  return result;
}

/** Whether a capitalised word is an ordinary word of its language ("Hare", "Crow"), not a name. */
export function isCommonWord(word: string, lang: string): boolean {
  const spell = speller(lang);
  if (!spell) return false;
  // where every noun is capitalised the dictionary knows "Hase", not "hase"
  return languageInfo(lang)?.capitalisesNouns ? spell.correct(word) : spell.correct(word.toLowerCase());
}
