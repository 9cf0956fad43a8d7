/**
 * Transliteration and phonetic folding: keys that survive translation.
 *
 * `transliterate` turns Ukrainian or Russian Cyrillic into readable Latin (Ukrainian national system,
 * Russian BGN/PCGN-like), keeping case. `foldWord` maps a word of any supported script to a coarse
 * phonetic spelling so that the same name written by different conventions folds to the same string:
 * "Харків", "Kharkiv" → "harkiv"; "Вроцлав", "Wrocław" → "vroklav"; "Горобець", "Horobets" → "horobek".
 * Folded strings are keys, not text: they use single letters č š ž for ч ш ж.
 */

/** Ukrainian national transliteration (Cabinet of Ministers resolution 55, 2010); word-initial forms separate. */
const UK: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ʼ: '',
  "'": '',
  '’': '',
  // letters that only occur in Russian text mixed into Ukrainian
  ы: 'y',
  э: 'e',
  ё: 'io',
  ъ: '',
};
const UK_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

/** Russian, BGN/PCGN-like without diacritics. */
const RU: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Ukrainian letters in Russian text
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};
const RU_INITIAL: Record<string, string> = { е: 'ye' };

const CYRILLIC = /\p{Script=Cyrillic}/u;
const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/;
const RUSSIAN_ONLY = /[ыэёъЫЭЁЪ]/;

/** Which table to use for one word: its own letters decide, then the text's language. */
function tableFor(word: string, lang: string): 'uk' | 'ru' {
  if (UKRAINIAN_ONLY.test(word)) return 'uk';
  if (RUSSIAN_ONLY.test(word)) return 'ru';
  return lang === 'ru' ? 'ru' : 'uk';
}

function transliterateWord(word: string, lang: string): string {
  const table = tableFor(word, lang) === 'ru' ? RU : UK;
  const initial = table === RU ? RU_INITIAL : UK_INITIAL;
  let out = '';
  let atStart = true;
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    let t = (atStart ? initial[lower] : undefined) ?? table[lower];
    // Ukrainian "зг" is written "zgh" so it is not read as "ж".
    if (table === UK && lower === 'г' && chars[i - 1]?.toLowerCase() === 'з') t = 'gh';
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

/** Spelling conventions of the source language that would otherwise fold apart. Applied first. */
const LANGUAGE_RULES: Record<string, readonly [RegExp, string][]> = {
  de: [
    [/tsch/g, 'č'],
    [/sch/g, 'š'],
    [/ch/g, 'h'],
    [/ie/g, 'i'],
    [/z/g, 'c'],
    [/ei/g, 'ai'],
  ],
  pl: [
    [/szcz/g, 'š'],
    [/cz/g, 'č'],
    [/sz/g, 'š'],
    [/rz/g, 'ž'],
    [/ch/g, 'h'],
  ],
  fr: [
    [/tch/g, 'č'],
    [/ch/g, 'š'],
    [/ou/g, 'u'],
  ],
  es: [
    [/ch/g, 'č'],
    [/ll/g, 'i'],
    [/j/g, 'h'],
  ],
};

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
    for (const [re, to] of LANGUAGE_RULES[lang] ?? []) w = w.replace(re, to);
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
