/**
 * Gloss keys: words mapped to English concepts, so a translation and its original share keys even
 * where no word is a name or a cognate (a chat message, a product page). A source-language word goes
 * through the bilingual lexicon (lemma, then its best English renderings); an English word stands
 * for itself. Both sides end as English Snowball stems marked with `~`, so they never collide with
 * transliteration keys.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BILINGUAL_LANGUAGES, LEXICONS_DIR } from '../lexicon/load.js';
import { committedLexicalResources } from '../meaning/lexical.js';
import type { WordEvidence } from '../lexicon/evidence.js';
import { stemmerFor, type Stem } from '../lexicon/stemmer.js';
import { parseLexicon } from '../resources.js';

/** Gloss keys start with `~`. */
export function isGlossKey(key: string): boolean {
  return key.startsWith('~');
}

/**
 * English renderings taken per source word: the lexicon orders them best first, and the tail holds
 * rare senses that would match unrelated texts.
 */
const RENDERINGS_PER_WORD = 3;
/** English stems shorter than this are mostly function words or abbreviations: no key. */
const MIN_STEM_LENGTH = 3;
/** Cached glosses per language before the cache is cleared (bounds memory on a large archive). */
const CACHE_MAX = 200_000;

const NONE: readonly string[] = Object.freeze([]);

interface Glosser {
  glosses(word: string): readonly string[];
}

let englishStem: Stem | undefined;
let englishStop: ReadonlySet<string> | undefined;

function english(): { stem: Stem; stop: ReadonlySet<string> } {
  englishStem ??= stemmerFor('en')!;
  if (!englishStop) {
    const file = join(LEXICONS_DIR, 'lang-function.en.txt');
    englishStop = new Set(existsSync(file) ? parseLexicon(readFileSync(file, 'utf8')) : []);
  }
  return { stem: englishStem, stop: englishStop };
}

/** The gloss key of one English word, or null for a function word or a short stem. */
function englishKey(word: string): string | null {
  const { stem, stop } = english();
  const w = word.toLowerCase();
  if (stop.has(w) || !/^[a-z]/.test(w)) return null;
  const s = stem(w);
  return s.length >= MIN_STEM_LENGTH ? `~${s}` : null;
}

function cached(compute: (word: string) => readonly string[]): Glosser {
  const cache = new Map<string, readonly string[]>();
  return {
    glosses(word) {
      let g = cache.get(word);
      if (g === undefined) {
        g = compute(word);
        if (cache.size >= CACHE_MAX) cache.clear();
        cache.set(word, g);
      }
      return g;
    },
  };
}

function englishGlosser(): Glosser {
  return cached((word) => {
    const k = englishKey(word);
    return k ? [k] : NONE;
  });
}

function lexiconGlosser(evidence: WordEvidence): Glosser {
  return cached((word) => {
    const out = new Set<string>();
    for (const r of evidence.renderings(word).slice(0, RENDERINGS_PER_WORD))
      for (const w of r.split(/[\s-]+/)) {
        const k = englishKey(w);
        if (k) out.add(k);
      }
    return out.size ? [...out] : NONE;
  });
}

const glossers = new Map<string, Glosser | null>();

/**
 * The glosser of a language: English itself, a language with a bilingual lexicon, or null (no
 * lexicon, or Chinese, whose words are not delimited in the text).
 */
function glosserFor(lang: string): Glosser | null {
  let g = glossers.get(lang);
  if (g !== undefined) return g;
  if (lang === 'en') g = englishGlosser();
  else if (lang !== 'zh' && (BILINGUAL_LANGUAGES as readonly string[]).includes(lang)) {
    try {
      // the process's one copy of the word evidence, shared with the meaning rules (not loaded twice)
      const evidence = committedLexicalResources().source(lang)?.evidence;
      g = evidence ? lexiconGlosser(evidence) : null;
    } catch {
      // tables not installed: the other keys still match
      g = null;
    }
  } else g = null;
  glossers.set(lang, g);
  return g;
}

/** Gloss keys of one word (as written) in a language: none where the language has no glosser. */
export function wordGlosses(word: string, lang: string): readonly string[] {
  return glosserFor(lang)?.glosses(word.toLowerCase()) ?? NONE;
}

/** Distinct gloss keys of a text's words. */
export function glossKeys(words: readonly string[], lang: string): string[] {
  const g = glosserFor(lang);
  if (!g) return [];
  const out = new Set<string>();
  for (const w of words) for (const k of g.glosses(w.toLowerCase())) out.add(k);
  return [...out];
}
