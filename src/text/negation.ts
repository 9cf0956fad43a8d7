/**
 * Negations in a text. The words (the sentential negators, negative pronouns and adverbs news prose
 * uses) and the fixed phrases in which a negator does not negate ("не менше" "at least", "不过" "but")
 * are data, one lexicon per language (`corpora/lexicons/negation.<lang>.txt`, read by
 * `src/resources/negation.ts`); the patterns here are grammar: contractions, suffixes, clause
 * patterns. Two strengths: `strict` is clear negation; `loose` adds words a translation may carry a
 * negation with ("failed", "without", "impossible", Slavic words built on не-/ні-), so that a rule
 * sees a negation as lost only when nothing of it is left.
 */

/** A language's negation words and fixed phrases, as its lexicon lists them (lower case). */
export interface NegationWords {
  words: ReadonlySet<string>;
  idioms: readonly string[];
}

export interface NegationOptions {
  /** Also words that may carry a negation (see above). */
  loose?: boolean;
  /**
   * Whether a word with a negative prefix ("unknown", "impossible", "dishonest") is the opposite of
   * the word without it; without this test every such-looking word counts ("understand", "invasion").
   */
  isNegativeDerivation?: (word: string) => boolean;
}

interface NegationPatterns {
  /** Fixed patterns to remove before looking (lowercase text; global). */
  idiomPatterns?: readonly RegExp[];
  /** Patterns (whole words or, for Chinese, substrings) that negate. */
  patterns?: readonly RegExp[];
  /** Patterns are verb suffixes that names share ("Yılmaz", "Gezmez"): a capitalised word is a name. */
  suffixPatterns?: boolean;
  /** Extra patterns for the loose reading. */
  loose?: readonly RegExp[];
  /** Words that look built with a negative prefix (loose reading; see `isNegativeDerivation`). */
  negativePrefix?: RegExp;
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

const PATTERNS: Record<string, NegationPatterns> = {
  en: {
    patterns: [/^\p{L}+n['’]t$/u],
    loose: [
      /^(?:without|fail(?:s|ed|ure)?|refus\p{L}*|unable|lack\p{L}*|absen\p{L}*|den(?:y|ied|ies)|hardly|barely|rarely|impossible|ban(?:s|ned)?)$/u,
      // lexical opposites that carry a negation: "wrong" (не так), "only" (ничего более), "short of"
      // (не дожив), "odour-free", "useless", "out-of-form" (не в форме), "no longer" (перестало), "stay
      // away" (не наближатися)
      /^(?:wrong|only|short|longer|stopp?\p{L}*|ceas\p{L}*|resistant|\p{L}+less|free|out|rather|instead|except|else|away|limited|prevent\p{L}*|reject\p{L}*|avoid\p{L}*|refrain\p{L}*)$/u,
    ],
    negativePrefix: /^(?:un|in|im|il|ir|non|dis)\p{L}{3,}$/u,
    idiomPatterns: [
      // "No. 5", "No.1", and "No." closing a sentence where the splitter cut before the figure: a number sign
      /(?<!\p{L})no\.(?=\s*(?:\d|$))/gu,
      // "not expected to start before 2027", "not until May": a date at the earliest, as "не раніше" and
      // "frühestens" say it without a negation
      /(?<!\p{L})not(?=(?:\s+\p{L}+){0,4}\s+(?:before|until)(?!\p{L}))/gu,
    ],
  },
  uk: {
    loose: SLAVIC_LOOSE,
    idiomPatterns: [SLAVIC_UNTIL],
  },
  ru: {
    loose: SLAVIC_LOOSE,
    idiomPatterns: [SLAVIC_UNTIL],
  },
  de: {
    loose: [/^(?:ohne|un\p{L}{4,}|frühestens|erst|kaum)$/u],
  },
  fr: {
    patterns: [/^n['’]\p{L}+$/u],
    loose: [/^(?:sans|in\p{L}{4,}|im\p{L}{4,})$/u],
  },
  es: {
    loose: [/^(?:sin|in\p{L}{4,}|im\p{L}{4,}|des\p{L}{4,})$/u],
  },
  it: {
    loose: [/^(?:senza|in\p{L}{4,}|im\p{L}{4,})$/u],
  },
  pt: {
    loose: [/^(?:sem|in\p{L}{4,}|im\p{L}{4,}|des\p{L}{4,})$/u],
  },
  pl: {
    loose: [/^(?:bez\p{L}*|nie\p{L}{3,})$/u],
  },
  tr: {
    // the verb's negative suffix: -ma/-me before tense and person ("gelmedi", "olmayacak", "yapmıyor")
    patterns: [
      /^(?=\p{L}+$)\p{L}{2}.*?(?:m[ıiuü]yor|m[ae]d[ıiuü]|m[ae]y[ae]c[ae]k|m[ae]m[ıiuü]ş|m[ae]z(?:l[ae]r)?|m[ae]m[ae]l[ıi])/u,
    ],
    loose: [/^\p{L}+s[ıiuü]z$/u],
    suffixPatterns: true,
  },
  ar: {},
  zh: {
    patterns: [/[不没未无别勿莫]/u],
  },
};

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;

/** The end of what comes before a sentence's first word (read on its last three characters). */
const SENTENCE_START = /(?:^|[.!?…:"«“„(]\s*)$/u;

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
 * The negations of `text` in `lang`, by the language's words (`words`; none for a language without a
 * lexicon) and patterns. Offsets are into `text`; fixed phrases are blanked by length-preserving
 * replacement before scanning.
 */
export function negations(
  text: string,
  lang: string,
  words: NegationWords | undefined,
  options: NegationOptions = {},
): NegationMention[] {
  const data = PATTERNS[lang] ?? {};
  if (!words && !PATTERNS[lang]) return [];
  let scanned = lowerSameLength(text);
  for (const idiom of words?.idioms ?? []) {
    // whole words only ("for not" holds no "or not"); Chinese has no spaces to bound a word with
    const bounded = !HAN.test(idiom);
    for (let at = scanned.indexOf(idiom); at >= 0; at = scanned.indexOf(idiom, at + idiom.length)) {
      if (bounded && (LETTER.test(scanned[at - 1] ?? '') || LETTER.test(scanned[at + idiom.length] ?? '')))
        continue;
      scanned = scanned.slice(0, at) + ' '.repeat(idiom.length) + scanned.slice(at + idiom.length);
    }
  }
  for (const re of data.idiomPatterns ?? []) scanned = scanned.replace(re, (m) => ' '.repeat(m.length));
  const out: NegationMention[] = [];
  if (lang === 'zh') {
    for (const m of scanned.matchAll(/[不没未无别勿莫]/gu))
      out.push({ start: m.index, end: m.index + 1, text: text.slice(m.index, m.index + 1) });
    return out;
  }
  const listed = words?.words;
  const patterns = data.patterns ?? [];
  const loose = options.loose ? (data.loose ?? []) : [];
  const prefix = options.loose ? data.negativePrefix : undefined;
  const derivation = options.isNegativeDerivation;
  for (const m of scanned.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)) {
    const w = m[0];
    const capitalised = data.suffixPatterns && text[m.index] !== scanned[m.index];
    // a capital inside a sentence starts a name ("Німеччина", "Indiana"), never a loose negation
    const name = text[m.index] !== scanned[m.index] && !SENTENCE_START.test(text.slice(0, m.index).slice(-3));
    const negates =
      !!listed?.has(w) ||
      (!capitalised && patterns.some((p) => p.test(w))) ||
      (!name && loose.some((p) => p.test(w))) ||
      (!name && !!prefix?.test(w) && (!derivation || derivation(w)));
    if (negates)
      out.push({ start: m.index, end: m.index + w.length, text: text.slice(m.index, m.index + w.length) });
  }
  return out;
}
