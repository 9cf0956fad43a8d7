/**
 * The gazetteer (`corpora/lexicons/gazetteer.en.txt`): names whose English form is fixed, with the
 * accepted variants, the russified or outdated forms, and the forms they take in Cyrillic; and the
 * given-name list (`gazetteer.given.txt`). Parsed once per loaded `Resources`.
 */
import { lexicon, type Resources } from '../resources.js';
import { words } from '../text/segment.js';
import { foldWord } from '../text/translit.js';
import { plain, SameNameIndex } from '../analysis/words.js';

export type NameKind = 'place' | 'person' | 'org' | 'term';

export interface GazetteerEntry {
  kind: NameKind;
  canonical: string;
  accepted: string[];
  russified: string[];
  /** Native forms, each split into words. */
  native: (readonly string[])[];
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  /** Lowercased words of every Latin form (canonical, accepted, russified). */
  latinWords: Set<string>;
  /** Folded keys of every Latin form's words. */
  latinFolds: Set<string>;
  /** Folded given names (under several source conventions). */
  givenNames: Set<string>;
  /** Given names as written, lowercased. */
  givenPlain: Set<string>;
  /** Distinctly Ukrainian given names, lowercased (`gazetteer.given-uk.txt`). */
  ukrainianGiven: Set<string>;
  /** English given names by fold (`gazetteer.given-en.txt`). */
  englishGiven: Map<string, string>;
  /** Whether a folded word is a given name, in any case form ("Олегу" is Oleh). */
  isGivenName(fold: string): boolean;
  /** Lines that could not be read, with the reason (reported by tests, skipped at run time). */
  problems: string[];
}

const FOLD_LANGS = ['en', 'de', 'pl', 'fr', 'es'];

const KINDS = new Set<NameKind>(['place', 'person', 'org', 'term']);

function list(field: string | undefined): string[] {
  return (field ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

// Gazetteer phrases are few and asked for on every article: segment each once.
const phraseWords = new Map<string, readonly string[]>();

/** The words of a (gazetteer) phrase, segmented once per process. */
export function wordsOf(phrase: string): readonly string[] {
  let cached = phraseWords.get(phrase);
  if (!cached) {
    cached = Object.freeze(words(phrase, 'und').map((t) => t.text));
    phraseWords.set(phrase, cached);
  }
  return cached;
}

/** Parse gazetteer lines (`kind | canonical | accepted | russified | native`). */
export function parseGazetteer(
  lines: readonly string[],
  given: readonly string[] = [],
  givenUk: readonly string[] = [],
  givenEn: readonly string[] = [],
): Gazetteer {
  const g: Gazetteer = {
    entries: [],
    latinWords: new Set(),
    latinFolds: new Set(),
    givenNames: new Set(),
    givenPlain: new Set(),
    ukrainianGiven: new Set(),
    englishGiven: new Map(),
    isGivenName: (fold) => isGiven(g, fold),
    problems: [],
  };
  for (const line of lines) {
    const parts = line.split('|').map((s) => s.trim());
    const kind = parts[0] as NameKind;
    if (parts.length !== 5 || !KINDS.has(kind) || !parts[1]) {
      g.problems.push(
        `gazetteer: expected "kind | canonical | accepted | russified | native" with kind place, person, org or term: ${line}`,
      );
      continue;
    }
    const entry: GazetteerEntry = {
      kind,
      canonical: parts[1],
      accepted: list(parts[2]),
      russified: list(parts[3]),
      native: list(parts[4]).map(wordsOf),
    };
    g.entries.push(entry);
    for (const form of [entry.canonical, ...entry.accepted, ...entry.russified]) {
      for (const w of wordsOf(form)) {
        g.latinWords.add(w.toLowerCase());
        g.latinFolds.add(foldWord(w));
      }
    }
  }
  // folded under every source convention, since a name keeps its own spelling ("Tomasz", "Jürgen")
  for (const line of given)
    for (const name of line.split(/[\s,]+/))
      if (name) {
        g.givenPlain.add(name.toLowerCase());
        for (const l of FOLD_LANGS) g.givenNames.add(foldWord(name, l));
      }
  for (const line of givenUk)
    for (const name of line.split(/[\s,]+/)) if (name) g.ukrainianGiven.add(name.toLowerCase());
  for (const line of givenEn) {
    for (const name of line.split(/[\s,]+/)) {
      if (!name) continue;
      g.englishGiven.set(foldWord(name), name);
      g.givenPlain.add(name.toLowerCase());
      g.givenNames.add(foldWord(name));
    }
  }
  return g;
}

const givenByPrefix = new WeakMap<Gazetteer, Map<string, string[]>>();

function isGiven(g: Gazetteer, fold: string): boolean {
  if (fold.length < 3) return false;
  if (g.givenNames.has(fold)) return true;
  let index = givenByPrefix.get(g);
  if (!index) {
    index = new Map();
    for (const n of g.givenNames) {
      const k = n.slice(0, 3);
      index.set(k, [...(index.get(k) ?? []), n]);
    }
    givenByPrefix.set(g, index);
  }
  // a case ending on the name: "Олегу", "Тетяни", "Андрієм"
  return (index.get(fold.slice(0, 3)) ?? []).some((n) => fold.startsWith(n) && fold.length - n.length <= 2);
}

// Gazetteer forms are few and compared on every article: each is folded once per gazetteer.
const forms = new WeakMap<Gazetteer, Map<string, string>>();

function memo(g: Gazetteer, key: string, compute: () => string): string {
  let byKey = forms.get(g);
  if (!byKey) forms.set(g, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) byKey.set(key, (value = compute()));
  return value;
}

/** A gazetteer form's word in plain lower-case letters (as `Word.plain`). */
export function plainFormOf(g: Gazetteer, form: string): string {
  return memo(g, `\u0000${form}`, () => plain(form));
}

/** A gazetteer form's word folded as a name in `lang` (as `Word.fold`). */
export function foldedFormOf(g: Gazetteer, form: string, lang: string): string {
  return memo(g, `${lang}\u0000${form}`, () => foldWord(form, lang));
}

const cache = new WeakMap<Resources, Gazetteer>();

/** The gazetteer of the loaded resources (English forms; other languages may add their own file). */
export function gazetteer(resources: Resources): Gazetteer {
  let g = cache.get(resources);
  if (!g) {
    g = parseGazetteer(
      lexicon(resources, 'gazetteer.en'),
      lexicon(resources, 'gazetteer.given'),
      lexicon(resources, 'gazetteer.given-uk'),
      lexicon(resources, 'gazetteer.given-en'),
    );
    cache.set(resources, g);
  }
  return g;
}

interface EntryIndex {
  /** Entries by their native forms' words, folded in the index's language. */
  native: SameNameIndex<number>;
  /** Entries by their Latin forms' words in plain letters. */
  latin: Map<string, Set<number>>;
  /** Entries with a form of no words, which every mention matches. */
  always: number[];
}

const entryIndexes = new WeakMap<Gazetteer, Map<string, EntryIndex>>();

function entryIndex(g: Gazetteer, lang: string): EntryIndex {
  let byLang = entryIndexes.get(g);
  if (!byLang) entryIndexes.set(g, (byLang = new Map()));
  let index = byLang.get(lang);
  if (!index) {
    index = { native: new SameNameIndex(), latin: new Map(), always: [] };
    for (const [i, e] of g.entries.entries()) {
      const latin = [e.canonical, ...e.accepted, ...e.russified].map(wordsOf);
      if ([...e.native, ...latin].some((form) => form.length === 0)) index.always.push(i);
      for (const form of e.native) for (const f of form) index.native.add(foldedFormOf(g, f, lang), i);
      for (const form of latin)
        for (const f of form) {
          const key = plainFormOf(g, f);
          let set = index.latin.get(key);
          if (!set) index.latin.set(key, (set = new Set()));
          set.add(i);
        }
    }
    byLang.set(lang, index);
  }
  return index;
}

/**
 * The entries, in gazetteer order, with a word of some form that one of `words` may be: its native
 * forms' words by `sameName` on the fold, its Latin forms' words by plain spelling. Every entry whose
 * forms match the words (`foldedFormOf`, `plainFormOf`) is among them; testing these instead of every
 * entry gives the same answers.
 */
export function entriesNaming(
  g: Gazetteer,
  words: readonly { fold: string; plain: string }[],
  lang: string,
): GazetteerEntry[] {
  const index = entryIndex(g, lang);
  const found = new Set<number>(index.always);
  for (const w of words) {
    index.native.collect(w.fold, found);
    for (const i of index.latin.get(w.plain) ?? []) found.add(i);
  }
  return [...found].sort((a, b) => a - b).map((i) => g.entries[i]!);
}
