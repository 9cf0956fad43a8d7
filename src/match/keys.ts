/**
 * Keys that survive translation: folded word prefixes (names, cognates, loanwords) and numbers.
 * Used by the originals index and by paragraph alignment, so both judge "same text" the same way.
 */
import { extractNumberValues } from '../text/number-values.js';
import { numberKeys } from '../text/numbers.js';
import { foldWord } from '../text/translit.js';
import { wordGlosses } from './gloss.js';
import { dateKeys, normalizeNumerals } from './numerals.js';
import { arabicKey, hanKeys, hanSyllables, latinSkeletonKey } from './script-keys.js';

/** Folded characters kept per word: short enough to ignore inflection endings ("Харкові" / "Kharkiv"). */
export const PREFIX_LENGTH = 4;
/** Words that fold to fewer letters are mostly function words: no key. */
export const MIN_WORD_LENGTH = 3;

/** Number keys start with `#`, so they never collide with word keys. */
export function isNumberKey(key: string): boolean {
  return key.startsWith('#');
}

/**
 * Maximal runs of letters (with inner apostrophes): the only units keys need. This is not the
 * article's tokenisation (that is Intl.Segmenter in text/segment.ts): it is the matcher's own hashing
 * step, and a property regex is about 20 times faster than segmenting, which matters when every
 * query and every original of an archive passes through it. Words glued to digits are left to
 * number keys.
 */
const LETTER_RUN = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*|\d[\p{L}\p{M}\d]*/gu;

function letterRuns(text: string): string[] {
  return text.match(LETTER_RUN) ?? [];
}

/** The word-prefix keys of a text, in order (repeats kept). */
export function wordKeys(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const w of letterRuns(text)) {
    if (/\d/.test(w)) continue;
    const f = foldWord(w, lang);
    if (f.length < MIN_WORD_LENGTH) continue;
    out.push(f.slice(0, PREFIX_LENGTH));
  }
  return out;
}

/**
 * Keys of names and numbers only: capitalised words and numbers survive translation between
 * related languages in one script (uk/ru, es/pt), where shared common words are not evidence.
 */
export function nameKeys(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const w of letterRuns(text)) {
    if (/\d/.test(w) || w[0] === w[0]!.toLowerCase()) continue;
    const f = foldWord(w, lang);
    if (f.length < MIN_WORD_LENGTH) continue;
    out.push(f.slice(0, PREFIX_LENGTH));
  }
  return [...out, ...numberKeysOf(text)];
}

/**
 * Keys of capitalised words inside sentences (not sentence-initial) and of numbers: the names and
 * figures of a passage, the content whose absence elsewhere shows the passage was really dropped.
 */
export function inSentenceNameKeys(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(LETTER_RUN)) {
    const w = m[0];
    if (/\d/.test(w) || w[0] === w[0]!.toLowerCase()) continue;
    const before = text.slice(0, m.index).trimEnd();
    if (before === '' || /[.!?:…«»"“”„(\-–—]$/u.test(before)) continue;
    const f = foldWord(w, lang);
    if (f.length < MIN_WORD_LENGTH) continue;
    out.push(f.slice(0, PREFIX_LENGTH));
  }
  return [...out, ...numberKeysOf(text)];
}

/**
 * Number keys of a text: one per reading of each number ("18,400" gives 18400 and 18.4), read in any
 * default language ("12亿" is 1.2 billion, "٣٦" is 36, "50 bin" is 50,000) so they meet the English figures.
 */
export function numberKeysOf(text: string): string[] {
  const out: string[] = [];
  for (const n of extractNumberValues(text)) for (const k of numberKeys(n)) out.push(`#${k}`);
  return out;
}

/** Every key of a text (words then numbers). */
export function textKeys(text: string, lang: string): string[] {
  return [...wordKeys(text, lang), ...numberKeysOf(text)];
}

/** Term frequencies of a key list. */
export function bagOf(keys: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const k of keys) bag.set(k, (bag.get(k) ?? 0) + 1);
  return bag;
}

/** 32-bit FNV-1a: shingles are indexed by hash, so an archive's postings hold numbers, not strings. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashed word n-gram shingles of folded whole words: near-duplicate evidence within one language. */
export function shingles(text: string, lang: string, n = 3): Set<number> {
  const folded: string[] = [];
  for (const w of letterRuns(text)) {
    const f = /\d/.test(w) ? w : foldWord(w, lang);
    if (f) folded.push(f);
  }
  const out = new Set<number>();
  for (let i = 0; i + n <= folded.length; i++) out.add(fnv1a(folded.slice(i, i + n).join(' ')));
  if (out.size === 0 && folded.length > 0) out.add(fnv1a(folded.join(' ')));
  return out;
}

/** One shingle in this many is indexed (by hash value), plus the smallest few: containment is estimated on the sample. */
export const SHINGLE_SAMPLE = 6;
/** The smallest hashes always kept, so a short text keeps most of its shingles (a bottom-k sketch). */
const SHINGLE_BOTTOM = 6;

/**
 * Sampled shingle keys (`§` and the hash in base 36): every shingle whose hash is a multiple of
 * SHINGLE_SAMPLE, and the SHINGLE_BOTTOM smallest. Both sides sample the same way, so the shared
 * sample estimates the shared shingles at about a sixth of the postings, and a short text is
 * compared on nearly all of its shingles.
 */
/** The k smallest values (one pass, insertion into a short sorted list). */
function smallest(values: readonly number[], k: number): number[] {
  if (values.length <= k) return [...values];
  const top: number[] = [];
  for (const v of values) {
    if (top.length === k && v >= top[k - 1]!) continue;
    let i = Math.min(top.length, k - 1);
    if (top.length < k) top.push(v);
    while (i > 0 && top[i - 1]! > v) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = v;
  }
  return top;
}

function sampleShingles(all: number[]): Set<string> {
  const out = new Set<string>();
  for (const h of all) if (h % SHINGLE_SAMPLE === 0) out.add(`§${h.toString(36)}`);
  for (const h of smallest(all, SHINGLE_BOTTOM)) out.add(`§${h.toString(36)}`);
  return out;
}

export interface DocumentKeys {
  /** Distinct keys: folded word prefixes, Han and Arabic keys, numbers, dates, name skeletons, glosses. */
  keys: string[];
  /** The distinct keys of names (capitalised words), numbers and dates. */
  names: string[];
  /** Sampled shingle keys (see sampleShingles). */
  shingles: Set<string>;
}

const HAN_CHAR = /\p{Script=Han}/u;
const ARABIC_CHAR = /\p{Script=Arabic}/u;
const DIGIT = /\d/;

/** Skeleton keys are comparable only between Arabic and another script. */
export function isSkeletonKey(key: string): boolean {
  return key.startsWith('%');
}

/**
 * Every key of a document in one pass over its words (the index and the query both use this):
 * words are folded once and feed word keys, name keys and shingles. Numerals are normalised across
 * languages first (Arabic-Indic digits, Chinese numerals, 万/亿), and dates get month-day keys.
 */
export function documentKeys(text: string, lang: string): DocumentKeys {
  const normalized = normalizeNumerals(text);
  const keys = new Set<string>();
  const names = new Set<string>();
  const glosses = new Set<string>();
  const wordHashes: number[] = [];
  const memo = wordMemo(lang);
  for (const w of letterRuns(normalized)) {
    const c0 = w.charCodeAt(0);
    if (c0 >= 0x30 && c0 <= 0x39) {
      wordHashes.push(fnv1a(w));
      continue;
    }
    // common Latin and Cyrillic letters skip the script tests
    const plain = c0 < 0x250 || (c0 >= 0x400 && c0 <= 0x4ff);
    if (!plain && HAN_CHAR.test(w)) {
      for (const k of hanKeys(w)) keys.add(k);
      // a Han run is a phrase: its syllables are the words of its shingles
      for (const s of hanSyllables(w)) wordHashes.push(fnv1a(s));
      continue;
    }
    if (!plain && ARABIC_CHAR.test(w)) {
      const k = arabicKey(w);
      if (k) keys.add(k);
      wordHashes.push(fnv1a(w));
      for (const g of wordGlosses(w, lang)) glosses.add(g);
      continue;
    }
    let info = memo.get(w);
    if (info === undefined) {
      info = wordInfo(w, lang);
      if (memo.size >= WORD_MEMO_MAX) memo.clear();
      memo.set(w, info);
    }
    if (info.hash !== null) wordHashes.push(info.hash);
    if (info.key !== null) {
      keys.add(info.key);
      if (info.name) {
        names.add(info.key);
        if (info.skeleton) {
          keys.add(info.skeleton);
          names.add(info.skeleton);
        }
      }
    }
    for (const g of info.glosses) glosses.add(g);
  }
  for (const k of [...numberKeysOf(normalized), ...dateKeys(normalized)]) {
    keys.add(k);
    names.add(k);
  }
  for (const k of glosses) keys.add(k);
  return { keys: [...keys], names: [...names], shingles: sampleShingles(shingleHashes(wordHashes)) };
}

/** What one word gives the keys of a document, worked out once per language and spelling. */
interface WordInfo {
  /** Hash of the folded word (a word of the shingles), null when it folds to nothing. */
  hash: number | null;
  /** Folded prefix key, null for short words (mostly function words). */
  key: string | null;
  /** Capitalised: a name key, with its consonant skeleton. */
  name: boolean;
  skeleton: string | null;
  glosses: readonly string[];
}

/**
 * Words seen per language: news vocabulary repeats, so an archive's words are mostly looked up here
 * once instead of folded, glossed and hashed again. Cleared when full to bound memory.
 */
const WORD_MEMOS = new Map<string, Map<string, WordInfo>>();
const WORD_MEMO_MAX = 200_000;

function wordMemo(lang: string): Map<string, WordInfo> {
  let memo = WORD_MEMOS.get(lang);
  if (!memo) WORD_MEMOS.set(lang, (memo = new Map()));
  return memo;
}

function wordInfo(w: string, lang: string): WordInfo {
  if (DIGIT.test(w)) return { hash: fnv1a(w), key: null, name: false, skeleton: null, glosses: [] };
  const f = foldWord(w, lang);
  const key = f.length >= MIN_WORD_LENGTH ? f.slice(0, PREFIX_LENGTH) : null;
  const first = w[0]!;
  const name = key !== null && first !== first.toLowerCase();
  return {
    hash: f ? fnv1a(f) : null,
    key,
    name,
    skeleton: name ? latinSkeletonKey(w) : null,
    glosses: wordGlosses(w, lang),
  };
}

/** Shingle hashes from word hashes: each word is hashed once and three in a row are mixed. */
function shingleHashes(words: readonly number[]): number[] {
  const out = new Set<number>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(mix3(words[i]!, words[i + 1]!, words[i + 2]!));
  if (out.size === 0 && words.length > 0) out.add(words.reduce((h, w) => mix3(h, w, 0), 0));
  return [...out];
}

/** Order-sensitive mix of three 32-bit hashes (murmur3 finaliser on a rotated sum). */
function mix3(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul((b << 11) | (b >>> 21), 0x85ebca77) ^ ((c << 22) | (c >>> 10));
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
