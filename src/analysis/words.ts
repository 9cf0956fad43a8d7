/**
 * Words of a field as the name rules see them: offsets, capitalisation, whether capitalisation says
 * anything (sentence starts and title-case headlines do not), paragraph, and a phonetic fold that
 * survives transliteration ("Кушніру" and "Kushnir" fold alike).
 */
import levenshtein from 'fast-levenshtein';
import type { Field } from '../model.js';
import type { FieldText } from '../text/field.js';
import { foldWord } from '../text/translit.js';

export interface Word {
  field: Field;
  start: number;
  end: number;
  /** The word as written, possessive `'s` removed. */
  text: string;
  /** Position in its field's word list. */
  index: number;
  /** Starts with a capital and is not all capitals. */
  cap: boolean;
  /** All capitals, two letters or more (an acronym). */
  acronym: boolean;
  /** Capitalisation is uninformative here: sentence start, after an opening quote or colon, title-case headline. */
  initial: boolean;
  /** Body paragraph index; -1 for the title. */
  para: number;
  /** Only spaces (or a hyphen) between this word and the previous one, in the same sentence. */
  joined: boolean;
  fold: string;
  /** Lowercase without diacritics: for comparing English spellings exactly. */
  plain: string;
}

const POSSESSIVE = /['’]s$/u;
/** Marks after which a capital may start a sentence the segmenter did not split ("… Сусідні будинки"). */
const OPENERS = /[«“„"‘‚'(:—–…]/u;
const LETTERS = /^\p{L}[\p{L}\p{M}'’ʼ]*$/u;

/** Already plain: lower-case ASCII letters and the apostrophe (most English words). */
const PLAIN_ASCII = /^[a-z']*$/;

/** Lowercase, Latin letters without diacritics (Cyrillic й, ї, ё keep theirs), one apostrophe. */
export function plain(s: string): string {
  if (PLAIN_ASCII.test(s)) return s;
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[’ʼ]/g, "'");
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A title in title case ("Council Approves New Budget") says nothing through its capitals. */
function isTitleCase(ws: readonly { text: string }[]): boolean {
  const long = ws.filter((w) => w.text.length >= 4 && /^\p{L}/u.test(w.text));
  if (long.length < 2) return false;
  return long.filter((w) => isUpper(w.text[0]!)).length / long.length >= 0.6;
}

/** Annotated words per field and fold language: several rules read the same field's words. */
const annotated = new WeakMap<FieldText, Map<string, readonly Word[]>>();

/**
 * The words of one field, annotated. `lang` selects the spelling conventions the fold applies.
 * A fresh array each call; the words in it are shared and must not be modified.
 */
export function fieldWords(ft: FieldText, lang: string): Word[] {
  let byLang = annotated.get(ft);
  if (!byLang) annotated.set(ft, (byLang = new Map()));
  let ws = byLang.get(lang);
  if (!ws) byLang.set(lang, (ws = annotate(ft, lang)));
  return ws.slice();
}

function annotate(ft: FieldText, lang: string): Word[] {
  const text = ft.text;
  const tokens = ft.words;
  const sentenceStarts = new Set<number>();
  const sentenceOf: number[] = [];
  let s = 0;
  const sents = ft.sentences;
  for (const t of tokens) {
    while (s < sents.length - 1 && t.start >= sents[s]!.end) s++;
    sentenceOf.push(s);
  }
  for (let i = 0; i < tokens.length; i++)
    if (i === 0 || sentenceOf[i] !== sentenceOf[i - 1]) sentenceStarts.add(i);
  const isTitle = ft.field === 'title' || ft.field === 'original.title';
  const titleCase = isTitle && isTitleCase(tokens);
  const paras = ft.paragraphs;
  let p = 0;
  const out: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (!isTitle && p < paras.length - 1 && t.start >= paras[p]!.end) p++;
    const bare = t.text.replace(POSSESSIVE, '');
    const gap = i > 0 ? text.slice(tokens[i - 1]!.end, t.start) : '';
    const first = bare[0] ?? '';
    const acronym =
      bare.length >= 2 && [...bare].every((c) => !/\p{L}/u.test(c) || isUpper(c)) && /\p{L}/u.test(bare);
    const cap = !acronym && isUpper(first);
    const initial = titleCase || sentenceStarts.has(i) || OPENERS.test(gap) || /\n/.test(gap);
    out.push({
      field: ft.field,
      start: t.start,
      end: t.start + bare.length,
      text: bare,
      index: i,
      cap,
      acronym,
      initial,
      para: isTitle ? -1 : p,
      joined: i > 0 && /^[ \u00a0-]+$/u.test(gap) && sentenceOf[i] === sentenceOf[i - 1],
      fold: LETTERS.test(bare) ? foldWord(bare, lang) : '',
      plain: plain(bare),
    });
  }
  return out;
}

/** Merge o/e into i, read j after a vowel as i, collapse doubles: Харків / Харкова, Kyiv / Kiev, Andrij / Andrii. */
function vowelLoose(s: string): string {
  return s
    .replace(/([aeiou])j/g, '$1i')
    .replace(/[oe]/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Whether a republished word (folded) renders an original's name token (folded): the same stem once
 * case endings are removed ("Кушніру" → Kushnir, "Зеленського" → Zelensky), with vowel alternation
 * (Харкові → Kharkiv) and the consonant change before a case ending (Розі → Rih).
 */
export function sameName(rep: string, orig: string): boolean {
  if (!rep || !orig) return false;
  if (rep === orig) return true;
  const a = nameKeys(rep);
  const b = nameKeys(orig);
  return a.loose === b.loose || a.stem === b.stem || a.stem === b.palatalStem || a.palatalStem === b.stem;
}

/**
 * Values filed under folded words, looked up by a folded word: `candidates(fold)` holds every value
 * whose word `sameName` may pair with `fold` (it may hold a few more), so a caller tests a handful
 * instead of every value.
 */
export class SameNameIndex<T> {
  readonly #byKey = new Map<string, Set<T>>();

  #file(key: string, value: T): void {
    let set = this.#byKey.get(key);
    if (!set) this.#byKey.set(key, (set = new Set()));
    set.add(value);
  }

  /** File `value` under the original's folded word `orig` (the second argument of `sameName`). */
  add(orig: string, value: T): void {
    if (!orig) return;
    const k = nameKeys(orig);
    this.#file(`l${k.loose}`, value);
    this.#file(`s${k.stem}`, value);
    this.#file(`p${k.palatalStem}`, value);
  }

  /** Values filed under a word `rep` may render by `sameName(rep, orig)`; added to `into`. */
  collect(rep: string, into: Set<T>): void {
    if (!rep) return;
    const k = nameKeys(rep);
    // the four ways sameName pairs keys: loose, stem, stem with the original's palatal stem, and back
    for (const key of [`l${k.loose}`, `s${k.stem}`, `p${k.stem}`, `s${k.palatalStem}`])
      for (const v of this.#byKey.get(key) ?? []) into.add(v);
  }
}

interface NameKeys {
  loose: string;
  stem: string;
  palatalStem: string;
}

// sameName runs for every mention against every gazetteer form: derive each string's keys once.
const keyCache = new Map<string, NameKeys>();
const MAX_CACHED_KEYS = 100_000;

function nameKeys(s: string): NameKeys {
  let k = keyCache.get(s);
  if (!k) {
    if (keyCache.size >= MAX_CACHED_KEYS) keyCache.clear();
    const loose = vowelLoose(s);
    k = { loose, stem: stem(loose), palatalStem: stem(palatal(loose)) };
    keyCache.set(s, k);
  }
  return k;
}

/**
 * Case endings of Ukrainian, Russian and Polish nouns, adjectives and names, and English
 * derivations ("Carpathians"), as they look after folding and `vowelLoose`; longest first.
 */
const ENDINGS = [
  'iami',
  'iah',
  'iam',
  'ami',
  'ihi',
  'imu',
  'imi',
  'ivi',
  'aia',
  'uiu',
  'ians',
  'ian',
  'ans',
  'iu',
  'ia',
  'im',
  'iv',
  'am',
  'ah',
  'ih',
  'an',
  'a',
  'i',
  'u',
  's',
];

/** The folded word without its ending, keeping at least three letters. */
function stem(s: string): string {
  for (const e of ENDINGS) if (s.length - e.length >= 3 && s.endsWith(e)) return s.slice(0, -e.length);
  return s;
}

/** Undo the consonant change before a locative ending: "Розі" → "Рогі", "Празі" → "Прагі". */
function palatal(s: string): string {
  return s.replace(/[zs](i)$/, 'h$1');
}

/** Consonants only (j read as ž): what survives between transliteration systems. */
function skeleton(fold: string): string {
  return fold.replace(/j/g, 'ž').replace(/[aeiou]/g, '');
}

/**
 * Whether two folded words sound alike enough to be one name or a cognate ("Trass"/"Truss",
 * "Respublike"/"Republic", "Zhakkard"/"Jacquard"): their consonants agree.
 */
export function soundsAlike(a: string, b: string): boolean {
  const x = skeleton(a);
  const y = skeleton(b);
  if (!x || !y) return false;
  // short names need the vowels to agree too ("Гусь" is not "Goose")
  if (Math.min(x.length, y.length) < 3) return x === y && levenshtein.get(a, b) <= 1;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  if (p >= 3) return true;
  return levenshtein.get(x, y) <= (Math.min(x.length, y.length) >= 4 ? 2 : 1);
}

/**
 * A light fold that merges only what Slavic transliteration systems disagree on (y/i/j, ii/yi/iy,
 * ie/ye, kh/h): "Zaluzhny" and "Zaluzhnyi" agree, "Hegset" and "Hegseth" do not.
 */
export function translitVariant(a: string, b: string): boolean {
  const f = (s: string): string =>
    plain(s)
      .replace(/kh/g, 'h')
      .replace(/[yj]/g, 'i')
      .replace(/ie/g, 'e')
      .replace(/(.)\1+/g, '$1');
  return f(a) === f(b);
}

/** A near miss between two exact spellings: close, same first letter, but not equal. */
export function nearMiss(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4 || a[0] !== b[0]) return false;
  const max = Math.min(a.length, b.length) >= 7 ? 2 : 1;
  if (Math.abs(a.length - b.length) > max) return false;
  return levenshtein.get(a, b) <= max;
}

/** Where a Latin phrase occurs as consecutive words (compared without case and diacritics). */
export function findPhrase(ws: readonly Word[], phrase: readonly string[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const target = phrase.map(plain);
  if (target.length === 0) return out;
  for (let i = 0; i + target.length <= ws.length; i++) {
    let ok = true;
    for (let k = 0; k < target.length && ok; k++) {
      const w = ws[i + k]!;
      ok = w.plain === target[k] && (k === 0 || w.joined);
    }
    if (ok) out.push({ from: i, to: i + target.length - 1 });
  }
  return out;
}
