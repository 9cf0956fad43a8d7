/**
 * Negation words by language, from each language's grammar (the sentential negators, negative
 * pronouns and adverbs news prose uses), and the fixed phrases in which a negator does not negate
 * ("не менше" "at least", "不过" "but", "非常" "very"). Two strengths: `strict` is clear negation;
 * `loose` adds words a translation may carry a negation with ("failed", "without", "impossible",
 * Slavic words built on не-/ні-), so that a rule sees a negation as lost only when nothing of it is left.
 */

interface NegationData {
  /** Whole words (lowercase) that negate. */
  words: readonly string[];
  /** Fixed phrases to remove before looking (lowercase). */
  idioms?: readonly string[];
  /** Fixed patterns to remove before looking (lowercase text; global). */
  idiomPatterns?: readonly RegExp[];
  /** Patterns (whole words or, for Chinese, substrings) that negate. */
  patterns?: readonly RegExp[];
  /** Patterns are verb suffixes that names share ("Yılmaz", "Gezmez"): a capitalised word is a name. */
  suffixPatterns?: boolean;
  /** Extra patterns for the loose reading. */
  loose?: readonly RegExp[];
}

const SLAVIC_LOOSE = [
  /^(?:не|ні|ни)\p{L}{3,}$/u,
  /^без\p{L}*$/u,
  // verbs and adjectives of absence and stopping: "перестало бути" (is no longer), "отсутствуют" (have no)
  /^(?:переста|відсутн|отсутств|прекрат|припин|втрима|утрима|воздерж|уника|избега|відмов|отказ)\p{L}*$/u,
];
/**
 * The expletive negation of an "until" clause: "…, поки ми не очистимо" / "…, пока партнеры не
 * выселили" mean "until we purge", "until the partners evicted" (Ukrainian and Russian grammars: не
 * after a clause-opening поки/пока/доки adds no negation; "пока не доступны" inside a clause is "not yet"). Whitespace runs and words are
 * bounded so that the pattern stays linear on hostile text (a lookbehind over an unbounded run of
 * spaces is quadratic).
 */
const SLAVIC_UNTIL =
  /(?<=,[ \t\u00a0]{0,4})(?:поки|пока|доки|доколе)(?:\s{1,4}\p{L}{1,40}){0,3}\s{1,4}не(?!\p{L})/gu;

const DATA: Record<string, NegationData> = {
  en: {
    words: ['not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'nowhere', 'cannot'],
    // "No. 5", "no doubt" keeps the sense of a statement, "not only" joins two positives
    idioms: [
      'no. ',
      'not only',
      'not just',
      'not merely',
      'not simply',
      'no longer than',
      'no more than',
      'no less than',
      'not least',
    ],
    patterns: [/^\p{L}+n['’]t$/u],
    loose: [
      /^(?:without|fail(?:s|ed|ure)?|refus\p{L}*|unable|lack\p{L}*|absen\p{L}*|den(?:y|ied|ies)|hardly|barely|rarely|impossible|ban(?:s|ned)?)$/u,
      /^(?:un|in|im|non|dis)\p{L}{3,}$/u,
      // lexical opposites that carry a negation: "wrong" (не так), "only" (ничего более), "short of"
      // (не дожив), "odour-free", "useless", "out-of-form" (не в форме), "no longer" (перестало)
      /^(?:wrong|only|short|longer|stopp?\p{L}*|ceas\p{L}*|resistant|\p{L}+less|free|out|rather|instead|except|else|limited|prevent\p{L}*|reject\p{L}*|avoid\p{L}*|refrain\p{L}*)$/u,
    ],
    idiomPatterns: [
      // "No. 5", "No.1", and "No." closing a sentence where the splitter cut before the figure: a number sign
      /(?<!\p{L})no\.(?=\s*(?:\d|$))/gu,
      // "not expected to start before 2027", "not until May": a date at the earliest, as "не раніше" and
      // "frühestens" say it without a negation
      /(?<!\p{L})not(?=(?:\s+\p{L}+){0,4}\s+(?:before|until)(?!\p{L}))/gu,
    ],
  },
  uk: {
    words: [
      'не',
      'ні',
      'ніколи',
      'ніхто',
      'ніщо',
      'нічого',
      'ніде',
      'немає',
      'нема',
      'жоден',
      'жодна',
      'жодне',
      'жодних',
      'жодного',
      'жодної',
      'жодному',
      'ніякий',
      'ніяких',
      'ані',
    ],
    // "не менше" "at least", "не раз" "repeatedly", "будь-що ... ні" after "б": "whatever"
    idioms: [
      'не менше',
      'не більше',
      'не раз',
      'не пізніше',
      'не раніше',
      'не лише',
      'не тільки',
      'що б не',
      'хоч би',
    ],
    loose: SLAVIC_LOOSE,
    idiomPatterns: [SLAVIC_UNTIL],
  },
  ru: {
    words: [
      'не',
      'нет',
      'ни',
      'никогда',
      'никто',
      'ничто',
      'ничего',
      'нигде',
      'нельзя',
      'никакой',
      'никаких',
      'никакого',
    ],
    idioms: [
      'не менее',
      'не более',
      'не раз',
      'не позднее',
      'не раньше',
      'не только',
      'что бы ни',
      'кто бы ни',
      'как бы ни',
      'где бы ни',
      'тем не менее',
      'не так давно',
    ],
    loose: SLAVIC_LOOSE,
    idiomPatterns: [SLAVIC_UNTIL],
  },
  de: {
    words: [
      'nicht',
      'nie',
      'niemals',
      'niemand',
      'nichts',
      'kein',
      'keine',
      'keinen',
      'keinem',
      'keiner',
      'keines',
      'weder',
      'nirgends',
    ],
    idioms: ['nicht nur', 'nicht zuletzt', 'nichtsdestotrotz'],
    loose: [/^(?:ohne|un\p{L}{4,}|frühestens|erst|kaum)$/u],
  },
  fr: {
    words: ['ne', "n'", 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'ni', 'non', 'nullement'],
    idioms: ['non seulement', 'pas seulement', 'n’importe', "n'importe", 'ne serait-ce'],
    patterns: [/^n['’]\p{L}+$/u],
    loose: [/^(?:sans|in\p{L}{4,}|im\p{L}{4,})$/u],
  },
  es: {
    words: ['no', 'nunca', 'jamás', 'nadie', 'nada', 'ningún', 'ninguno', 'ninguna', 'tampoco', 'ni'],
    idioms: ['no solo', 'no sólo', 'no obstante', 'no menos de', 'no más de'],
    loose: [/^(?:sin|in\p{L}{4,}|im\p{L}{4,}|des\p{L}{4,})$/u],
  },
  it: {
    words: ['non', 'mai', 'nessuno', 'nessuna', 'niente', 'nulla', 'né', 'neanche', 'nemmeno', 'neppure'],
    idioms: ['non solo', 'non soltanto', 'ciò nonostante', 'nonostante', 'non meno di', 'non più di'],
    loose: [/^(?:senza|in\p{L}{4,}|im\p{L}{4,})$/u],
  },
  pt: {
    words: ['não', 'nunca', 'jamais', 'ninguém', 'nada', 'nenhum', 'nenhuma', 'nem', 'tampouco'],
    idioms: ['não só', 'não apenas', 'não obstante', 'não menos de', 'não mais de'],
    loose: [/^(?:sem|in\p{L}{4,}|im\p{L}{4,}|des\p{L}{4,})$/u],
  },
  pl: {
    words: [
      'nie',
      'nigdy',
      'nikt',
      'nic',
      'niczego',
      'nikogo',
      'nigdzie',
      'żaden',
      'żadna',
      'żadne',
      'żadnych',
      'żadnego',
      'ani',
    ],
    idioms: ['nie tylko', 'nie mniej niż', 'nie więcej niż', 'nie później niż', 'mimo to'],
    loose: [/^(?:bez\p{L}*|nie\p{L}{3,})$/u],
  },
  tr: {
    words: ['değil', 'yok', 'hiç', 'asla', 'hiçbir', 'ne'],
    idioms: ['sadece değil', 'hiç kuşkusuz', 'ne var ki'],
    // the verb's negative suffix: -ma/-me before tense and person ("gelmedi", "olmayacak", "yapmıyor")
    patterns: [
      /^(?=\p{L}+$)\p{L}{2}.*?(?:m[ıiuü]yor|m[ae]d[ıiuü]|m[ae]y[ae]c[ae]k|m[ae]m[ıiuü]ş|m[ae]z(?:l[ae]r)?|m[ae]m[ae]l[ıi])/u,
    ],
    loose: [/^\p{L}+s[ıiuü]z$/u],
    suffixPatterns: true,
  },
  ar: {
    words: [
      'لا',
      'لم',
      'لن',
      'ليس',
      'ليست',
      'ليسوا',
      'لسنا',
      'لست',
      'غير',
      'دون',
      'بدون',
      'ولا',
      'ولم',
      'ولن',
      'فلا',
      'فلم',
    ],
    idioms: ['لا سيما', 'ليس فقط', 'غير أن', 'لا يزال', 'لا تزال', 'لم يعد'],
  },
  zh: {
    words: [],
    // 不, 没(有), 未, 无, 别, 非 outside the words where they do not negate
    idioms: [
      '不过',
      '不断',
      '不少',
      '不仅',
      '不但',
      '不同',
      '不久',
      '不错',
      '不得不',
      '未来',
      '非常',
      '无论',
      '不管',
      '并非',
      '除非',
      '不论',
      '毫不',
      '无数',
      '不禁',
    ],
    patterns: [/[不没未无别勿莫]/u],
  },
};

/** Lowercase without changing offsets ("İ" lowercases to two code units and is kept as "i"). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/[^]/gu, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c === 'İ' ? 'i' : c;
  });
}

/** A negation found in a text, with its offsets. */
export interface NegationMention {
  start: number;
  end: number;
  text: string;
}

/**
 * The negations of `text` in `lang` (empty for a language without data). Offsets are into `text`;
 * idioms are blanked by length-preserving replacement before scanning.
 */
export function negations(text: string, lang: string, loose = false): NegationMention[] {
  const data = DATA[lang];
  if (!data) return [];
  let scanned = lowerSameLength(text);
  for (const idiom of data.idioms ?? []) {
    for (let at = scanned.indexOf(idiom); at >= 0; at = scanned.indexOf(idiom, at + idiom.length))
      scanned = scanned.slice(0, at) + ' '.repeat(idiom.length) + scanned.slice(at + idiom.length);
  }
  for (const re of data.idiomPatterns ?? []) scanned = scanned.replace(re, (m) => ' '.repeat(m.length));
  const out: NegationMention[] = [];
  if (lang === 'zh') {
    for (const m of scanned.matchAll(/[不没未无别勿莫]/gu))
      out.push({ start: m.index, end: m.index + 1, text: text.slice(m.index, m.index + 1) });
    return out;
  }
  const words = new Set(data.words);
  const patterns = [...(data.patterns ?? []), ...(loose ? (data.loose ?? []) : [])];
  for (const m of scanned.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)) {
    const w = m[0];
    const capitalised = data.suffixPatterns && text[m.index] !== scanned[m.index];
    if (words.has(w) || (!capitalised && patterns.some((p) => p.test(w))))
      out.push({ start: m.index, end: m.index + w.length, text: text.slice(m.index, m.index + w.length) });
  }
  return out;
}

/** Languages with negation data. */
export function hasNegationData(lang: string): boolean {
  return lang in DATA;
}
