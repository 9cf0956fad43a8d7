/**
 * The table of numbers written in words (`corpora/lexicons/numbers/number-words.tsv.gz`, built by
 * `npm run lexicons` from CLDR and Hunspell data): per language the cardinals 1..999 in every gender and
 * case, the scale words (hundred, thousand, million, billion) in every form, the words joining a scale
 * group to the rest, and the scale words and abbreviations written after digits ("млн", "тис.",
 * "Mio."). Loaded once per process; the number readers (src/text/numbers.ts,
 * src/text/number-words.ts) take their words from here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeKey } from './normalize.js';
import { tableRows, tableText } from './table.js';

/** The languages the table spells numbers for (Chinese numerals are read by src/match/numerals.ts). */
export const NUMBER_WORD_LANGUAGES = [
  'en',
  'uk',
  'ru',
  'de',
  'fr',
  'es',
  'pl',
  'it',
  'pt',
  'tr',
  'ar',
] as const;

const KINDS = ['cardinal', 'scale', 'glued-scale', 'joiner', 'glued-joiner', 'after-digits'] as const;
type Kind = (typeof KINDS)[number];

/** Soft hyphens (CLDR writes "acht\u00adund\u00advierzig") and zero-width joiners are not letters of the word. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/g;

/** The spelling words are stored and looked up under: `normalizeKey` without invisible characters. */
export function normalizeNumberWord(text: string, lang: string): string {
  return normalizeKey(text.replace(INVISIBLE, ''), lang);
}

export interface NumberWordLanguage {
  /** Cardinal phrases ("forty eight", "achtundvierzig", "сорока восьми") and their values. */
  readonly cardinals: ReadonlyMap<string, number>;
  /** Words that start some cardinal phrase or scale, for a quick "not a number" answer. */
  readonly starts: ReadonlySet<string>;
  /** Most words in one cardinal phrase or scale. */
  readonly longest: number;
  /** Scale words ("тысячами", "Millionen", "mil millones") and their multipliers. */
  readonly scales: ReadonlyMap<string, number>;
  /** Scale words the language writes against the numbers around them ("zweitausendfünf", "duemila"). */
  readonly gluedScales: readonly string[];
  /** Words between a scale group and the rest ("and", "e"). */
  readonly joiners: ReadonlySet<string>;
  /** Joiners written against the next word (Arabic "و"). */
  readonly gluedJoiners: readonly string[];
}

export interface NumberWordTable {
  readonly file: string;
  /** The words of a language, or undefined for a language the table does not spell. */
  language(lang: string): NumberWordLanguage | undefined;
  /**
   * Scale words and abbreviations after digits in any language ("млн", "тис", "Millionen", "mil
   * millones"), normalised, with their multipliers: a translation may keep the original's word.
   */
  readonly afterDigits: ReadonlyMap<string, number>;
}

interface Building {
  cardinals: Map<string, number>;
  scales: Map<string, number>;
  gluedScales: string[];
  joiners: Set<string>;
  gluedJoiners: string[];
  starts: Set<string>;
  longest: number;
}

function building(): Building {
  return {
    cardinals: new Map(),
    scales: new Map(),
    gluedScales: [],
    joiners: new Set(),
    gluedJoiners: [],
    starts: new Set(),
    longest: 1,
  };
}

/** Notes the first word and the length in words of a cardinal or scale phrase. */
function notePhrase(b: Building, phrase: string): void {
  const space = phrase.indexOf(' ');
  if (space < 0) {
    b.starts.add(phrase);
    return;
  }
  b.starts.add(phrase.slice(0, space));
  b.longest = Math.max(b.longest, phrase.split(' ').length);
}

export function parseNumberWords(text: string, file: string): NumberWordTable {
  const langs = new Map<string, Building>();
  const afterDigits = new Map<string, number>();
  const conflicting = new Set<string>();
  for (const { fields, line } of tableRows(text, file, 4)) {
    const [lang, kind, form, raw] = fields as [string, Kind, string, string];
    const value = Number(raw);
    if (!KINDS.includes(kind)) throw new Error(`${file}:${line}: unknown kind "${kind}"`);
    if (!Number.isFinite(value)) throw new Error(`${file}:${line}: "${raw}" is not a number`);
    let b = langs.get(lang);
    if (!b) langs.set(lang, (b = building()));
    if (kind === 'cardinal') {
      b.cardinals.set(form, value);
      notePhrase(b, form);
    } else if (kind === 'joiner') b.joiners.add(form);
    else if (kind === 'glued-joiner') b.gluedJoiners.push(form);
    else {
      if (kind === 'glued-scale') b.gluedScales.push(form);
      if (kind !== 'after-digits') {
        b.scales.set(form, value);
        notePhrase(b, form);
      }
      // after digits every language's words count (a translation keeps "млн" or writes "mln"), but
      // not hundreds ("5 cents") nor a word that means different multipliers in two languages
      if (value < 1e3) continue;
      const had = afterDigits.get(form);
      if (had !== undefined && had !== value) conflicting.add(form);
      afterDigits.set(form, value);
    }
  }
  // longest first, so "tausend" is not found inside a longer scale word
  const byLength = (a: string, c: string): number => c.length - a.length;
  const languages = new Map<string, NumberWordLanguage>();
  for (const [lang, b] of langs) {
    languages.set(lang, {
      cardinals: b.cardinals,
      scales: b.scales,
      starts: b.starts,
      longest: b.longest,
      gluedScales: b.gluedScales.sort(byLength),
      joiners: b.joiners,
      gluedJoiners: b.gluedJoiners.sort(byLength),
    });
  }
  for (const form of conflicting) afterDigits.delete(form);
  return {
    file,
    language: (lang) => languages.get(lang),
    afterDigits,
  };
}

const NUMBER_WORDS_FILE = fileURLToPath(
  new URL('../../corpora/lexicons/numbers/number-words.tsv.gz', import.meta.url),
);

export function loadNumberWords(file: string = NUMBER_WORDS_FILE): NumberWordTable {
  if (!existsSync(file))
    throw new Error(`${file}: the number-words table is missing (npm run lexicons -- --only numbers)`);
  return parseNumberWords(tableText(readFileSync(file), file), file);
}

let committed: NumberWordTable | undefined;

/** The committed table, loaded once per process (per worker thread) on first use; preloaded before the first article. */
export function committedNumberWords(): NumberWordTable {
  return (committed ??= loadNumberWords());
}
