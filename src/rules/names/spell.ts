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

/** The dictionary packages per language (the first is the primary one). */
const PACKAGES: Record<string, readonly string[]> = {
  en: ['dictionary-en', 'dictionary-en-gb'],
  de: ['dictionary-de'],
  es: ['dictionary-es'],
  fr: ['dictionary-fr'],
};

export interface Speller {
  /** True when any of the language's dictionaries knows the word as written. */
  correct(word: string): boolean;
  /** Spelling suggestions (slow: call only for the few words that are flagged). */
  suggest(word: string): string[];
}

const require = createRequire(import.meta.url);
const cache = new Map<string, Speller | null>();

function loadPackage(name: string): nspell {
  const dir = dirname(require.resolve(name));
  return nspell({ aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) });
}

/** Languages a speller exists for. */
export function spellerLanguages(): string[] {
  return Object.keys(PACKAGES);
}

/**
 * The speller for `lang`, or null when syndiq has no dictionary for it (or the package cannot be
 * loaded: the rules that use it then report nothing rather than fail the run).
 */
export function speller(lang: string): Speller | null {
  const hit = cache.get(lang);
  if (hit !== undefined) return hit;
  const names = PACKAGES[lang];
  let result: Speller | null = null;
  if (names) {
    try {
      const dicts = names.map(loadPackage);
      const known = new Map<string, boolean>();
      result = {
        correct(word) {
          let ok = known.get(word);
          if (ok === undefined) {
            ok = dicts.some((d) => d.correct(word));
            if (known.size > 100_000) known.clear();
            known.set(word, ok);
          }
          return ok;
        },
        suggest(word) {
          return dicts[0]!.suggest(word);
        },
      };
    } catch {
      result = null;
    }
  }
  cache.set(lang, result);
  return result;
}
