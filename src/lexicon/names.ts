/**
 * Place and language names: a source-language form (any inflection the build found: Києва, Одесі,
 * Німеччини) -> the English name (`names/<lang>.tsv.gz`), and the English gazetteer of GeoNames
 * cities (`names/cities.tsv.gz`), so that a rule can tell that Дніпро is "Dnipro" and that "Dnipro"
 * is a city.
 */
import { normalizeKey } from './normalize.js';
import { parseSortedTable } from './sorted-table.js';

export type NameKind = 'country' | 'region' | 'language' | 'city';
const KINDS: ReadonlySet<string> = new Set(['country', 'region', 'language', 'city']);

export interface EnglishName {
  readonly kind: NameKind;
  /** English names, the preferred first (Odesa, then GeoNames' Odessa). */
  readonly english: readonly string[];
}

export interface PlaceNames {
  readonly lang: string;
  readonly size: number;
  /** The English name of a source-language form (single word or multi-word, any case), or undefined. */
  englishOf(form: string): EnglishName | undefined;
}

export interface GazetteerCity {
  readonly name: string;
  /** The largest population of a city of that name. */
  readonly population: number;
  /** ISO 3166-1 alpha-2 codes of the countries having a city of that name. */
  readonly countries: readonly string[];
}

export interface Gazetteer {
  readonly size: number;
  city(name: string): GazetteerCity | undefined;
  names(): IterableIterator<string>;
}

export function parsePlaceNames(text: string, file: string, lang: string): PlaceNames {
  const table = parseSortedTable(text, file);
  return {
    lang,
    size: table.size,
    englishOf(form) {
      const key = normalizeKey(form.trim().replace(/\s+/g, ' '), lang);
      const raw = table.get(key);
      if (raw === undefined) return undefined;
      const [kind, english] = raw.split('\t');
      if (!kind || !KINDS.has(kind) || !english) throw new Error(`${file}: bad entry for "${key}": "${raw}"`);
      return { kind: kind as NameKind, english: english.split('|') };
    },
  };
}

export function parseGazetteer(text: string, file: string): Gazetteer {
  const table = parseSortedTable(text, file);
  return {
    size: table.size,
    city(name) {
      const raw = table.get(name.trim().toLowerCase());
      if (raw === undefined) return undefined;
      const [display, population, countries] = raw.split('\t');
      if (!display || population === undefined || !countries || !/^\d+$/.test(population)) {
        throw new Error(`${file}: bad entry for "${name}": "${raw}"`);
      }
      return { name: display, population: Number(population), countries: countries.split(',') };
    },
    names: () => table.keys(),
  };
}
