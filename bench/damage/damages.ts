/**
 * Realistic machine-translation failures injected into a clean professional translation, one per
 * copy, each returning the damaged text and the damaged span (or null when the document offers no
 * place for it). The word lists are bench fixtures, written for this harness: common English words
 * whose misuse machine translation is known for (antonyms). False friends read the original
 * (`false-friends.ts`).
 */
import type { LexicalResources } from '../../src/meaning/lexical.js';
import type { Resources } from '../../src/resources.js';
import { romanisationKey } from '../../src/text/translit.js';
import { falseFriendDamages } from './false-friends.js';
import { namesOfOriginal, type OriginalNames } from './original-names.js';

export interface Doc {
  title: string;
  body: string;
}

export interface Damaged extends Doc {
  /** What was changed, for the verbose listing. */
  note: string;
}

/** The original a damage may read (the language of its text as `lang`). */
export interface OriginalDoc extends Doc {
  lang: string;
}

export type Damage = (doc: Doc, other: Doc, lang: string, original?: OriginalDoc) => Damaged | null;

const namesOf = new WeakMap<OriginalDoc, OriginalNames>();
/** The names of an original (built once per original document). */
function originalNames(original: OriginalDoc): OriginalNames {
  let names = namesOf.get(original);
  if (!names) namesOf.set(original, (names = namesOfOriginal(original, original.lang)));
  return names;
}

/** A deterministic choice among candidates (stable across runs, varied across documents). */
function choose<T>(items: readonly T[], seed: string): T | undefined {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return items.length ? items[(h >>> 0) % items.length] : undefined;
}

function replaceAt(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/** The first match of any pattern in the body (whole words), preferring later paragraphs is not needed. */
function firstMatch(text: string, re: RegExp): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}

/** A figure with at least two digits changed the way MT and typists change them: digits swapped or one off. */
export const numberChanged: Damage = (doc) => {
  const m = firstMatch(doc.body, /(?<![\d.,:])\d{2,4}(?![\d:])/g);
  if (!m) return null;
  const digits = m[0];
  let changed = [...digits].reverse().join('');
  // "100" reversed is "001", which no translation writes: change the first digit instead
  if (changed === digits || changed.startsWith('0'))
    changed = String((Number(digits[0]) % 9) + 1) + digits.slice(1);
  if (changed === digits) return null;
  return {
    title: doc.title,
    body: replaceAt(doc.body, m.index, m.index + digits.length, changed),
    note: `${digits} → ${changed}`,
  };
};

/**
 * Proper names of the translation that carry a name of the original: capitalised words not at a
 * sentence start, at least four letters ("Monday" or "Catholic" for a lower-case word of the original
 * is no name of it).
 */
function names(text: string, source: OriginalNames): RegExpExecArray[] {
  return [...text.matchAll(/(?<=[\p{Ll},;] )\p{Lu}\p{Ll}{3,}(?![\p{L}'’-])/gu)].filter((m) =>
    source.isName(m[0]),
  );
}

/** Spelling changes a wrong transliteration makes ("Kharkiv" → "Harkiv", "Zhytomyr" → "Jytomyr"). */
const TRANSLIT_SLIPS: readonly [RegExp, string][] = [
  [/kh/i, 'h'],
  [/zh/i, 'j'],
  [/ts/i, 'c'],
  [/sh/i, 's'],
  [/ch/i, 'tch'],
  [/y/i, 'i'],
  [/v/i, 'w'],
  [/th/i, 't'],
  [/ck/i, 'k'],
  [/ee/i, 'i'],
  [/i/i, 'y'],
  [/e/i, 'a'],
  [/o/i, 'a'],
];

function keepCase(replacement: string, original: string): string {
  return original[0] === original[0]!.toUpperCase()
    ? replacement[0]!.toUpperCase() + replacement.slice(1)
    : replacement;
}

/**
 * A name spelled as a back-transliteration would spell it. A slip that gives another of the
 * romanisations the language table knows for the same letters ("Zelenskiy" for "Zelenskyy", "Kolia"
 * for "Kolya") or that a romanisation of the table gives for the original word ("Boris" for
 * "Борис", the Russian way) is a legitimate spelling, not damage: the next slip is tried.
 */
export const nameTransliterated: Damage = (doc, _other, _lang, original) => {
  if (!original) return null;
  const source = originalNames(original);
  const found = names(doc.body, source);
  const m = choose(found, doc.body);
  if (!m) return null;
  const name = m[0];
  // change inside the name (not its first letter, which would also hide it from matching)
  for (const [re, by] of TRANSLIT_SLIPS) {
    const at = name.slice(1).search(re);
    if (at < 0) continue;
    const i = at + 1;
    const len = (name.slice(i).match(re) ?? [''])[0].length;
    const mangled =
      name.slice(0, i) + keepCase(by, name.slice(i, i + len)).toLowerCase() + name.slice(i + len);
    if (
      mangled === name ||
      romanisationKey(mangled) === romanisationKey(name) ||
      source.romanises(name, mangled)
    )
      continue;
    return {
      title: doc.title,
      body: doc.body.replace(new RegExp(`\\b${name}\\b`, 'g'), mangled),
      note: `${name} → ${mangled}`,
    };
  }
  return null;
};

/** Nouns a name can be mistaken for when its meaning is translated ("Bila Tserkva" → "White Church"). */
const NAME_AS_WORD = [
  'Bread',
  'Hope',
  'Glory',
  'Stone',
  'Field',
  'Faith',
  'Peace',
  'Spring',
  'Oak',
  'Rivers',
];

/** A name rendered as a common word. */
export const nameAsWord: Damage = (doc, _other, _lang, original) => {
  if (!original) return null;
  const m = choose(names(doc.body, originalNames(original)), `${doc.body}#word`);
  if (!m) return null;
  const word = choose(NAME_AS_WORD, m[0])!;
  return {
    title: doc.title,
    body: doc.body.replace(new RegExp(`\\b${m[0]}\\b`, 'g'), word.toLowerCase()),
    note: `${m[0]} → ${word.toLowerCase()}`,
  };
};

/** "is not" → "is", "didn't" → "did", "never" → "ever"... */
export const negationDropped: Damage = (doc) => {
  const m = firstMatch(doc.body, /\b(?:(not|never) |(\w+)n['’]t\b)/gi);
  if (!m) return null;
  const by = m[1]
    ? m[1].toLowerCase() === 'never'
      ? 'always '
      : ''
    : m[2]!.replace(/^wo$/i, 'will').replace(/^ca$/i, 'can');
  return {
    title: doc.title,
    body: replaceAt(doc.body, m.index, m.index + m[0].length, by),
    note: `${m[0]} → ${by}`,
  };
};

/** "is" → "is not" on the first auxiliary of a sentence without a negation. */
export const negationAdded: Damage = (doc) => {
  const m = firstMatch(
    doc.body,
    /\b(is|was|are|were|will|can|could|should|would|has|have|had) (?!not\b|never\b|n['’]t)(?=\p{Ll})/gu,
  );
  if (!m) return null;
  return {
    title: doc.title,
    body: replaceAt(doc.body, m.index, m.index + m[0].length, `${m[1]} not `),
    note: `${m[1]} → ${m[1]} not`,
  };
};

const ANTONYMS: readonly [string, string][] = [
  ['increase', 'decrease'],
  ['increased', 'decreased'],
  ['rise', 'fall'],
  ['rose', 'fell'],
  ['won', 'lost'],
  ['win', 'lose'],
  ['open', 'closed'],
  ['opened', 'closed'],
  ['allowed', 'banned'],
  ['more', 'less'],
  ['high', 'low'],
  ['higher', 'lower'],
  ['support', 'oppose'],
  ['supported', 'opposed'],
  ['accepted', 'rejected'],
  ['agreed', 'refused'],
  ['first', 'last'],
  ['before', 'after'],
  ['north', 'south'],
  ['east', 'west'],
  ['large', 'small'],
  ['big', 'small'],
  ['new', 'old'],
  ['start', 'end'],
  ['started', 'ended'],
  ['good', 'bad'],
  ['best', 'worst'],
  ['many', 'few'],
  ['always', 'never'],
  ['full', 'empty'],
  ['early', 'late'],
  ['cheap', 'expensive'],
  ['strong', 'weak'],
  ['friends', 'enemies'],
  ['peace', 'war'],
];
const ANTONYM_OF = new Map<string, string>(
  ANTONYMS.flatMap(
    ([a, b]) =>
      [
        [a, b],
        [b, a],
      ] as [string, string][],
  ),
);
const ANTONYM_RE = new RegExp(`\\b(${[...ANTONYM_OF.keys()].join('|')})\\b`, 'gi');

export const antonym: Damage = (doc) => {
  const m = firstMatch(doc.body, ANTONYM_RE);
  if (!m) return null;
  const by = keepCase(ANTONYM_OF.get(m[0].toLowerCase())!, m[0]);
  return {
    title: doc.title,
    body: replaceAt(doc.body, m.index, m.index + m[0].length, by),
    note: `${m[0]} → ${by}`,
  };
};

function paragraphsOf(body: string): string[] {
  return body.split(/\n\s*\n/);
}

/** Words in a paragraph. */
function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** The longest sentence among the middle paragraphs dropped (a paragraph that is one sentence goes whole). */
export const sentenceDropped: Damage = (doc) => {
  const paras = paragraphsOf(doc.body);
  if (paras.length < 3) return null;
  let best = -1;
  let bestSentence = '';
  for (let i = 1; i < paras.length; i++) {
    for (const s of paras[i]!.match(/[^.!?]+[.!?]+["”»]?\s*/g) ?? [paras[i]!]) {
      if (wordCount(s) >= 8 && wordCount(s) > wordCount(bestSentence)) {
        best = i;
        bestSentence = s;
      }
    }
  }
  if (best < 0) return null;
  const rest = paras[best]!.replace(bestSentence, '').trim();
  const out = rest ? paras.map((p, i) => (i === best ? rest : p)) : paras.filter((_, i) => i !== best);
  return { title: doc.title, body: out.join('\n\n'), note: `dropped: ${bestSentence.trim().slice(0, 60)}` };
};

/** The longest paragraph of another article pasted into the middle. */
export const paragraphPasted: Damage = (doc, other) => {
  const paras = paragraphsOf(doc.body);
  const foreign = paragraphsOf(other.body).sort((a, b) => wordCount(b) - wordCount(a))[0];
  if (!foreign || wordCount(foreign) < 12) return null;
  const at = Math.ceil(paras.length / 2);
  return {
    title: doc.title,
    body: [...paras.slice(0, at), foreign, ...paras.slice(at)].join('\n\n'),
    note: `pasted: ${foreign.slice(0, 60)}`,
  };
};

/** A middle paragraph replaced by the longest paragraph of another article (a CMS mix-up). */
export const paragraphReplaced: Damage = (doc, other) => {
  const paras = paragraphsOf(doc.body);
  const foreign = paragraphsOf(other.body).sort((a, b) => wordCount(b) - wordCount(a))[0];
  if (paras.length < 3 || !foreign || wordCount(foreign) < 12) return null;
  const at = Math.floor(paras.length / 2);
  return {
    title: doc.title,
    body: paras.map((p, i) => (i === at ? foreign : p)).join('\n\n'),
    note: `replaced: ${paras[at]!.slice(0, 40)} → ${foreign.slice(0, 40)}`,
  };
};

const TENSE_SHIFTS: readonly [RegExp, string][] = [
  [/\bwill be\b/, 'was'],
  [/\bwill\b/, 'would'],
  [/\bis\b/, 'was'],
  [/\bare\b/, 'were'],
  [/\bhas\b/, 'had'],
  [/\bwas\b/, 'will be'],
  [/\bwere\b/, 'will be'],
];

/** The tense of a verb changed ("will be" → "was", "is" → "was"). */
export const tenseChanged: Damage = (doc) => {
  for (const [re, by] of TENSE_SHIFTS) {
    const m = re.exec(doc.body);
    if (!m) continue;
    return {
      title: doc.title,
      body: replaceAt(doc.body, m.index, m.index + m[0].length, by),
      note: `${m[0]} → ${by}`,
    };
  }
  return null;
};

/** Every damage type by name; `anyLanguage` types work on translations in any language. */
export function damageTypes(
  lex: LexicalResources,
  resources: Resources,
): readonly { name: string; damage: Damage; anyLanguage: boolean }[] {
  const falseFriend = falseFriendDamages(lex, resources);
  return [
    { name: 'number changed', damage: numberChanged, anyLanguage: true },
    { name: 'name back-transliterated', damage: nameTransliterated, anyLanguage: false },
    { name: 'name translated as a word', damage: nameAsWord, anyLanguage: false },
    { name: 'false friend (listed)', damage: falseFriend.listed, anyLanguage: false },
    { name: 'false friend (look-alike)', damage: falseFriend.lookAlike, anyLanguage: false },
    { name: 'negation dropped', damage: negationDropped, anyLanguage: false },
    { name: 'negation added', damage: negationAdded, anyLanguage: false },
    { name: 'antonym', damage: antonym, anyLanguage: false },
    { name: 'sentence dropped', damage: sentenceDropped, anyLanguage: true },
    { name: 'paragraph pasted', damage: paragraphPasted, anyLanguage: true },
    { name: 'paragraph replaced', damage: paragraphReplaced, anyLanguage: true },
    { name: 'tense changed', damage: tenseChanged, anyLanguage: false },
  ];
}
