/**
 * Bilingual word evidence for one language pair (source language -> English), loaded once per run
 * and per language on first use: the committed lexicon (lemmas and their English renderings), the
 * place-name table, English stems and irregular forms, and the function words to skip on each side.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WordEvidence } from '../lexicon/evidence.js';
import type { EnglishAntonyms, EnglishIrregulars, EnglishWords } from '../lexicon/english.js';
import {
  BILINGUAL_LANGUAGES,
  LEXICONS_DIR,
  loadEnglishAntonyms,
  loadEnglishIrregulars,
  loadEnglishWords,
  loadPlaceNames,
  loadWordEvidence,
} from '../lexicon/load.js';
import type { PlaceNames } from '../lexicon/names.js';
import { stemmerFor, type Stem } from '../lexicon/stemmer.js';

/** English words at least this frequent in SUBTLEX-US (per 51 million words) carry no content. */
const ENGLISH_FUNCTION_COUNT = 150_000;

export interface EnglishSide {
  stem: Stem;
  /** Stems of a word and of the lemmas of its irregular forms ("went" also gives "go"). */
  stemsOf(word: string): readonly string[];
  /** Whether a lower-case English word carries content (not a function word, not very frequent). */
  isContent(word: string): boolean;
  words: EnglishWords;
  irregulars: EnglishIrregulars;
  /**
   * WordNet antonyms of an inflected lower-case word, each with the lemma it is the opposite of
   * ("fell" -> "rise" for "fall", "higher" -> "low" for "high"). Loaded on first use.
   */
  antonymsOf(word: string): readonly Antonym[];
  /** Whether a word is the opposite of itself without a prefix ("unknown", "impossible", "disagreed"). */
  isNegativeDerivation(word: string): boolean;
}

export interface Antonym {
  /** The lemma of the word that has the opposite. */
  lemma: string;
  opposite: string;
}

/**
 * Lemmas a regular English inflection may come from: "rises" "rose"(irregular, elsewhere) "increased"
 * "stopped" "earlier" "largest" "cities". Candidates only: the caller keeps those its table knows.
 */
function regularLemmas(w: string): string[] {
  const out = [w];
  const strip = (suffix: string, add = ''): void => {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) out.push(w.slice(0, -suffix.length) + add);
  };
  for (const suffix of ['s', 'es', 'ed', 'd', 'ing', 'er', 'r', 'est', 'st']) strip(suffix);
  for (const suffix of ['ing', 'ed', 'er', 'est']) strip(suffix, 'e');
  for (const suffix of ['ies', 'ied', 'ier', 'iest']) strip(suffix, 'y');
  // a doubled final consonant: "stopped", "bigger", "winning"
  for (const suffix of ['ed', 'ing', 'er', 'est'])
    if (w.endsWith(suffix) && /([b-df-hj-np-tv-z])\1$/.test(w.slice(0, -suffix.length)))
      out.push(w.slice(0, -suffix.length - 1));
  return out;
}

export interface SourceSide {
  lang: string;
  evidence: WordEvidence;
  places: PlaceNames | undefined;
  /** Whether a lower-case source word is a function word of its language. */
  isFunction(word: string): boolean;
  /**
   * English stems of each rendering of a source word: one list per rendering, all words needed. Empty
   * when no rendering has an English content word (the word is grammar: "вас" -> you).
   */
  renderingStems(word: string): readonly (readonly string[])[];
  /**
   * Each dictionary rendering of a source word as its lower-case words and their English stems (no
   * place-name fallback, no filter): computed once per word for rules that compare every rendering.
   */
  renderingWords(word: string): readonly RenderingWords[];
  /**
   * Whether the translation carries the source word: one of its first renderings has every word's
   * stem among `targetStems`.
   */
  carriedInto(word: string, targetStems: ReadonlySet<string>): boolean;
}

/**
 * A source word counts as carried into the translation when one of its first renderings is there;
 * the lexicons list rare senses after these.
 */
const CARRIED_RENDERINGS = 6;

export interface RenderingWords {
  /** The rendering's words in lower case ("the" "west" for "the West"). */
  words: readonly string[];
  /** The English stem of each of those words. */
  stems: readonly string[];
}

export interface LexicalResources {
  english(): EnglishSide;
  /** The source side for a language, or undefined when it has no bilingual lexicon. */
  source(lang: string): SourceSide | undefined;
}

function functionWords(lang: string, dir: string): Set<string> {
  const file = join(dir, `lang-function.${lang}.txt`);
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

function loadEnglish(dir: string): EnglishSide {
  const stem = stemmerFor('en')!;
  const words = loadEnglishWords(join(dir));
  const irregulars = loadEnglishIrregulars(join(dir));
  const fn = functionWords('en', dir);
  let antonyms: EnglishAntonyms | undefined;
  const stemsMemo = new Map<string, readonly string[]>();
  return {
    stem,
    words,
    irregulars,
    stemsOf: (w) => {
      // asked for every word of every sentence pair, by several rules: each word worked out once
      let out = stemsMemo.get(w);
      if (out) return out;
      const lower = w.toLowerCase();
      const stems = [stem(lower)];
      for (const l of irregulars.lemmasOf(lower)) stems.push(stem(l));
      if (stemsMemo.size >= 50_000) stemsMemo.clear();
      stemsMemo.set(w, (out = stems));
      return out;
    },
    isContent: (w) => !fn.has(w) && (words.count(w) ?? 0) < ENGLISH_FUNCTION_COUNT,
    antonymsOf: (w) => {
      antonyms ??= loadEnglishAntonyms(dir);
      const table = antonyms;
      const lemmas = new Set([...irregulars.lemmasOf(w), ...regularLemmas(w)]);
      return [...lemmas].flatMap((lemma) => table.antonymsOf(lemma).map((opposite) => ({ lemma, opposite })));
    },
    isNegativeDerivation(w) {
      return this.antonymsOf(w).some(
        (a) => a.lemma.length > a.opposite.length && a.lemma.endsWith(a.opposite),
      );
    },
  };
}

function loadSource(lang: string, dir: string, english: () => EnglishSide): SourceSide {
  const evidence = loadWordEvidence(lang, { dir });
  const places = loadPlaceNames(lang, dir);
  const fn = functionWords(lang, dir);
  const cache = new Map<string, (readonly string[])[]>();
  const wordsCache = new Map<string, readonly RenderingWords[]>();
  return {
    lang,
    evidence,
    places,
    isFunction: (w) => fn.has(w),
    renderingStems(word) {
      let out = cache.get(word);
      if (out) return out;
      const en = english();
      let renderings = evidence.renderings(word);
      if (!renderings.length) renderings = places?.englishOf(word)?.english ?? [];
      // a word rendered only by English grammar words ("вас": you) is grammar itself: no renderings
      const lists = renderings.map((r) => r.toLowerCase().split(/[ -]+/).filter(Boolean));
      out = lists.some((ws) => ws.some((w) => en.isContent(w)))
        ? lists.map((ws) => ws.map((w) => en.stem(w)))
        : [];
      if (cache.size > 50_000) cache.clear();
      cache.set(word, out);
      return out;
    },
    renderingWords(word) {
      let out = wordsCache.get(word);
      if (out) return out;
      const en = english();
      out = evidence.renderings(word).map((r) => {
        const words = r.toLowerCase().split(/[ -]+/).filter(Boolean);
        return { words, stems: words.map((w) => en.stem(w)) };
      });
      if (wordsCache.size > 50_000) wordsCache.clear();
      wordsCache.set(word, out);
      return out;
    },
    carriedInto(word, targetStems) {
      return this.renderingWords(word)
        .slice(0, CARRIED_RENDERINGS)
        .some((r) => r.stems.every((s) => targetStems.has(s)));
    },
  };
}

/** Lexical resources over `dir` (the committed tables by default), each part loaded on first use. */
export function lexicalResources(dir: string = LEXICONS_DIR): LexicalResources {
  let english: EnglishSide | undefined;
  const getEnglish = (): EnglishSide => (english ??= loadEnglish(dir));
  const sources = new Map<string, SourceSide | undefined>();
  const known: ReadonlySet<string> = new Set(BILINGUAL_LANGUAGES);
  return {
    english: getEnglish,
    source(lang) {
      if (!known.has(lang)) return undefined;
      if (!sources.has(lang)) sources.set(lang, loadSource(lang, dir, getEnglish));
      return sources.get(lang);
    },
  };
}

let committed: LexicalResources | undefined;

/** The committed tables, one lazily loaded set per process: every run and check shares it. */
export function committedLexicalResources(): LexicalResources {
  return (committed ??= lexicalResources());
}
