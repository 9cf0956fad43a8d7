/**
 * What counts as a known word or name when a headline is read without its original: English words
 * with their SUBTLEX-US frequencies, the Hunspell dictionary of the headline's language, the
 * gazetteer's names and given names, GeoNames cities and CLDR's English country and language names.
 * Loaded once per `Resources` (the tables are large; the first headline pays for them).
 */
import { loadEnglishIrregulars, loadEnglishWords, loadGazetteer } from '../lexicon/load.js';
import type { EnglishIrregulars, EnglishWords } from '../lexicon/english.js';
import type { Gazetteer as CityTable } from '../lexicon/names.js';
import type { Resources } from '../resources.js';
import { gazetteer, type Gazetteer, type NameKind } from './gazetteer.js';
import { speller } from './speller.js';
import { plain } from '../analysis/words.js';

export interface Vocabulary {
  /** A word of `lang` (any case), by its dictionary or, for English, the frequency list. */
  isWord(word: string, lang: string): boolean;
  /** A word the language's dictionary knows as written in lower case (not a proper noun). */
  isCommonWord(word: string, lang: string): boolean;
  /** How common an English word is (SUBTLEX-US count), 0 when unknown. */
  frequency(word: string): number;
  /** A known name: gazetteer entry word, given name, city, country, region or language. */
  isName(phrase: string): boolean;
  /**
   * A place or language English news writes in one fixed form: a gazetteer place, a country, region
   * or language, or a city of at least `minPopulation` inhabitants (small places share spellings
   * with anything).
   */
  isMajorPlace(phrase: string, minPopulation: number): boolean;
  /** Whether two English words are forms of one lemma by WordNet's irregular forms ("met" / "meet"). */
  sameLemma(a: string, b: string): boolean;
  /** An English irregular inflection by WordNet ("went", "children"). */
  isIrregularForm(word: string): boolean;
  /** Whether this language has a word list to judge by. */
  judges(lang: string): boolean;
}

const cache = new WeakMap<Resources, Vocabulary>();

/** Every ISO 3166 region and ISO 639 language name CLDR gives in English (through ICU's Intl). */
function cldrEnglishNames(): Set<string> {
  const out = new Set<string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const regions = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const languages = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });
  for (const a of letters) {
    for (const b of letters) {
      const region = regions.of(a + b);
      if (region) out.add(plain(region));
      const language = languages.of((a + b).toLowerCase());
      if (language) out.add(plain(language));
    }
  }
  return out;
}

/** Every form of every gazetteer entry in plain lower-case letters, built once (not per look-up). */
function gazetteerForms(g: Gazetteer, kind?: NameKind): Set<string> {
  const out = new Set<string>();
  for (const e of g.entries)
    if (!kind || e.kind === kind)
      for (const f of [e.canonical, ...e.accepted, ...e.russified]) out.add(plain(f));
  return out;
}

export function vocabulary(resources: Resources): Vocabulary {
  let v = cache.get(resources);
  if (v) return v;
  let english: EnglishWords | undefined;
  let cities: CityTable | undefined;
  let cldr: Set<string> | undefined;
  let irregulars: EnglishIrregulars | undefined;
  let entryForms: ReadonlySet<string> | undefined;
  let placeForms: ReadonlySet<string> | undefined;
  const g = gazetteer(resources);
  const englishWords = (): EnglishWords => (english ??= loadEnglishWords());
  v = {
    judges: (lang) => lang === 'en' || (speller(resources, lang)?.checksText ?? false),
    isWord(word, lang) {
      if (lang === 'en' && englishWords().isKnown(word)) return true;
      const spell = speller(resources, lang);
      return spell ? spell.correct(word) || spell.correct(word.toLowerCase()) : false;
    },
    sameLemma(a, b) {
      const irr = (irregulars ??= loadEnglishIrregulars());
      const la = [a, ...irr.lemmasOf(a)];
      const lb = [b, ...irr.lemmasOf(b)];
      return la.some((x) => lb.includes(x));
    },
    isIrregularForm: (word) => (irregulars ??= loadEnglishIrregulars()).lemmasOf(word).length > 0,
    isCommonWord: (word, lang) => speller(resources, lang)?.correct(word) ?? false,
    frequency: (word) => englishWords().count(word) ?? 0,
    isName(phrase) {
      const p = plain(phrase);
      if (g.givenPlain.has(p)) return true;
      if (!p.includes(' ') && g.latinWords.has(p)) return true;
      if ((entryForms ??= gazetteerForms(g)).has(p)) return true;
      if ((cities ??= loadGazetteer()).city(phrase)) return true;
      return (cldr ??= cldrEnglishNames()).has(p);
    },
    isMajorPlace(phrase, minPopulation) {
      const p = plain(phrase);
      if ((placeForms ??= gazetteerForms(g, 'place')).has(p) || (cldr ??= cldrEnglishNames()).has(p))
        return true;
      return ((cities ??= loadGazetteer()).city(phrase)?.population ?? 0) >= minPopulation;
    },
  };
  cache.set(resources, v);
  return v;
}
