/**
 * Transliteration and phonetic folding: keys that survive translation.
 *
 * `transliterate` turns Ukrainian or Russian Cyrillic into readable Latin (Ukrainian national system,
 * Russian BGN/PCGN-like), keeping case. `foldWord` maps a word of any supported script to a coarse
 * phonetic spelling so that the same name written by different conventions folds to the same string:
 * "Харків", "Kharkiv" → "harkiv"; "Вроцлав", "Wrocław" → "vroklav"; "Горобець", "Horobets" → "horobek".
 * Folded strings are keys, not text: they use single letters č š ž for ч ш ж.
 * The romanizations and each language's spelling conventions are data in the language table.
 */
import { knownLanguages, languageInfo, type LanguageInfo, type Romanization } from '../lang/languages.js';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Languages with a romanization in the language table, by code (Ukrainian and Russian). */
const ROMANIZED: readonly LanguageInfo[] = knownLanguages().filter((l) => l.romanization !== null);
/** The languages the table romanises, by code. */
export const ROMANISING: readonly string[] = ROMANIZED.map((l) => l.code);
/** The default romanization for Cyrillic whose language nothing tells: Ukrainian. */
const DEFAULT_ROMANIZATION = 'uk';

/** Which romanization to use for one word: its own letters decide, then the text's language. */
function romanizationFor(word: string, lang: string): Romanization {
  const lower = word.toLowerCase();
  for (const l of ROMANIZED)
    if (l.ownLetters && [...l.ownLetters].some((c) => lower.includes(c))) return l.romanization!;
  return (languageInfo(lang)?.romanization ?? languageInfo(DEFAULT_ROMANIZATION)!.romanization)!;
}

function transliterateWord(word: string, lang: string): string {
  const r = romanizationFor(word, lang);
  let out = '';
  let atStart = true;
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    let t = (atStart ? r.initial[lower] : undefined) ?? r.letters[lower];
    const prev = chars[i - 1]?.toLowerCase();
    for (const [before, letter, latin] of r.after) if (letter === lower && prev === before) t = latin;
    if (t === undefined) {
      out += ch;
    } else if (ch !== lower && t.length > 0) {
      const nextUpper = chars[i + 1] !== undefined && chars[i + 1] !== chars[i + 1]!.toLowerCase();
      out += nextUpper || chars.length === 1 ? t.toUpperCase() : t[0]!.toUpperCase() + t.slice(1);
    } else {
      out += t;
    }
    atStart = !/\p{L}/u.test(ch);
  }
  return out;
}

/** Cyrillic (Ukrainian or Russian) to Latin, keeping case and everything that is not Cyrillic. */
export function transliterate(text: string, lang = 'uk'): string {
  if (!CYRILLIC.test(text)) return text;
  return text.replace(/[\p{L}'’ʼ]+/gu, (w) => (CYRILLIC.test(w) ? transliterateWord(w, lang) : w));
}

/** Latin letters that Unicode decomposition does not reduce to a base letter. */
const SPECIAL_LATIN: Record<string, string> = {
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ŀ: 'l',
};

/** Spelling conventions of each source language (the language table's `fold`), as expressions. */
const LANGUAGE_RULES: ReadonlyMap<string, readonly [RegExp, string][]> = new Map(
  knownLanguages().map((l) => [
    l.code,
    l.fold.map(([from, to]): [RegExp, string] => [new RegExp(from, 'g'), to]),
  ]),
);

/** Conventions shared by English-style transliteration and the Latin output of `transliterate`. */
const COMMON_RULES: readonly [RegExp, string][] = [
  [/shch|sch/g, 'š'],
  [/dzh|dž/g, 'j'],
  [/tch|ch|č/g, 'č'],
  [/sh|š/g, 'š'],
  [/zh|ž/g, 'ž'],
  [/kh|gh/g, 'h'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck|qu?/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/y/g, 'i'],
  // ц is written ts, tz, c: merged with k, like Latin c in cognates ("Carpathians" / "Карпати").
  [/ts|tz|c/g, 'k'],
  [/g/g, 'h'],
  [/[^a-zčšžj]/g, ''],
];

/** Folded forms per language: news vocabulary repeats, and folding is a chain of replacements. */
const FOLD_CACHE = new Map<string, Map<string, string>>();
const FOLD_CACHE_MAX = 100_000;

/**
 * Fold one word to its phonetic key spelling: lowercase, transliterated, without diacritics, with
 * kh/h/g, y/i, ts/c/k, ph/f, w/v merged and doubled letters collapsed. `lang` selects the
 * spelling conventions of a Latin-script source (German "sch", Polish "cz", …).
 */
export function foldWord(word: string, lang = 'en'): string {
  let cache = FOLD_CACHE.get(lang);
  if (!cache) FOLD_CACHE.set(lang, (cache = new Map()));
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let w = word.toLowerCase();
  if (CYRILLIC.test(w)) w = transliterateWord(w, lang);
  else {
    if (!/^[a-z]*$/.test(w)) {
      w = w.replace(/[ßłøæœđðþıŀ]/g, (c) => SPECIAL_LATIN[c] ?? c);
      // keep č š ž (they carry the digraph meaning), strip every other diacritic
      w = w
        .normalize('NFD')
        .replace(/[csz]\u030C/g, (m) => (m[0] === 'c' ? 'č' : m[0] === 's' ? 'š' : 'ž'))
        .replace(/\p{M}/gu, '');
    }
    for (const [re, to] of LANGUAGE_RULES.get(lang) ?? []) w = w.replace(re, to);
  }
  for (const [re, to] of COMMON_RULES) w = w.replace(re, to);
  // word-initial ye/ie (Yevhen, Євген, Евгений) → e
  w = w.replace(/^ie/, 'e');
  w = w.replace(/(.)\1+/g, '$1');
  if (cache.size >= FOLD_CACHE_MAX) cache.clear();
  cache.set(word, w);
  return w;
}

/** The first `length` characters of the folded word: a key robust to inflection endings. */
export function prefixKey(word: string, lang = 'en', length = 4): string {
  return foldWord(word, lang).slice(0, length);
}

/**
 * Where the romanisations of the language table write one Cyrillic letter with y in one and i in
 * the other (я ia/ya, ю iu/yu, є ie/ye, ї i/yi; и and й y/i), derived from the table once: the
 * vowels that follow such a y, and whether a lone y and i alternate (they do at the end of a word,
 * in -ий/-ій/-ый: "Zelenskyi", "Zelenskiy", "Zelensky").
 */
function glideVariants(): { beforeVowels: string; finalYi: boolean } {
  const renderings = new Map<string, Set<string>>();
  for (const l of ROMANIZED) {
    const r = l.romanization!;
    for (const table of [r.letters, r.initial])
      for (const [letter, latin] of Object.entries(table)) {
        if (!latin) continue;
        const set = renderings.get(letter) ?? new Set<string>();
        renderings.set(letter, set.add(latin));
      }
  }
  const vowels = new Set<string>();
  let finalYi = false;
  for (const set of renderings.values())
    for (const a of set)
      for (const b of set) {
        if (a === 'y' && b === 'i') finalYi = true;
        // "ya" against "ia", "yi" against "i": a y glide that the other writes as i or leaves out
        if (a.length >= 2 && a[0] === 'y' && (b === `i${a.slice(1)}` || b === a.slice(1))) vowels.add(a[1]!);
      }
  return { beforeVowels: [...vowels].sort().join(''), finalYi };
}

const GLIDES = glideVariants();
const GLIDE_BEFORE_VOWEL = GLIDES.beforeVowels ? new RegExp(`y(?=[${GLIDES.beforeVowels}])`, 'g') : null;

/** The word with its final run of y and i written as one i (a loop: a `[yi]+$` search is quadratic). */
function finalYiAsI(k: string): string {
  let end = k.length;
  while (end > 0 && (k[end - 1] === 'y' || k[end - 1] === 'i')) end--;
  return end < k.length ? `${k.slice(0, end)}i` : k;
}

/**
 * A key on which the romanisations of the language table agree for the same Cyrillic spelling:
 * lowercase Latin without diacritics, the y/i glides merged ("Borodyanka" / "Borodianka",
 * "Zaporizhya" / "Zaporizhia"), a final -yi/-iy/-yy/-y as i ("Zelenskyy" / "Zelenskiy") and doubled
 * letters once. Unlike a full y/i merge it keeps "Ukrayne" apart from "Ukraine", and unlike
 * `foldWord` it keeps letters the romanisations never trade ("Kharkiv" / "Harkiv", "Pravda" / "Prawda").
 */
export function romanisationKey(word: string): string {
  let k = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ']/g, '');
  if (GLIDE_BEFORE_VOWEL) k = k.replace(GLIDE_BEFORE_VOWEL, 'i');
  if (GLIDES.finalYi) k = finalYiAsI(k);
  return k.replace(/(.)\1+/g, '$1');
}
