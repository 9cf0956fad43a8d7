/**
 * Snowball stemmers (npm snowball-stemmers) for the languages that have one. A stem is only a key:
 * it is applied to both the lexicon's lemmas and the text's words, never shown to anyone.
 */
import { createRequire } from 'node:module';
import { languageInfo } from '../lang/languages.js';

type Snowball = typeof import('snowball-stemmers');
let snowball: Snowball | undefined;
/**
 * The package holds every language's algorithm in one file: read on the first stemmer asked for (in the
 * resource preload of a run), not when a command that stems nothing starts.
 */
const loadSnowball = (): Snowball =>
  (snowball ??= createRequire(import.meta.url)('snowball-stemmers') as Snowball);

export type Stem = (word: string) => string;

/** One stemmer (and its cache of stems) per language and thread: callers ask once per article. */
const stemmers = new Map<string, Stem>();

/**
 * The stemmer for an ISO 639-1 language (the language table's `stemmer`), or undefined when Snowball
 * has none for it (uk, pl, zh).
 */
export function stemmerFor(lang: string): Stem | undefined {
  const algorithm = languageInfo(lang)?.stemmer;
  if (!algorithm) return undefined;
  let stem = stemmers.get(lang);
  if (!stem) stemmers.set(lang, (stem = newStemmer(algorithm)));
  return stem;
}

function newStemmer(algorithm: string): Stem {
  const stemmer = loadSnowball().newStemmer(algorithm);
  const cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      s = stemmer.stem(word);
      if (cache.size > 100_000) cache.clear();
      cache.set(word, s);
    }
    return s;
  };
}
