/**
 * Loads the committed lexicon tables from `corpora/lexicons/` (or another folder with the same
 * layout). Each load reads and parses the files anew: callers keep the result (load once per run).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBilingual, type BilingualLexicon } from './bilingual.js';
import { wordEvidence, type WordEvidence } from './evidence.js';
import { parseForms, type FormTable } from './forms.js';
import { stemmerFor } from './stemmer.js';
import { tableText } from './table.js';
import { parseGazetteer, parsePlaceNames, type Gazetteer, type PlaceNames } from './names.js';
import {
  parseEnglishAntonyms,
  parseEnglishIrregulars,
  parseEnglishWords,
  type EnglishAntonyms,
  type EnglishIrregulars,
  type EnglishWords,
} from './english.js';

/** corpora/lexicons/, from src/lexicon under tsx and from dist/lexicon alike. */
export const LEXICONS_DIR = fileURLToPath(new URL('../../corpora/lexicons/', import.meta.url));

/** The source languages that have a bilingual lexicon. */
export const BILINGUAL_LANGUAGES = [
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
  'zh',
] as const;

/**
 * How each language finds lemmas, as measured by bench/lexicon-coverage.ts: the form table where one
 * is built (uk, pl have no Snowball stemmer; ru's table is exact where the stemmer over-merges), the
 * Snowball stemmer where there is one, both for ru.
 */
const USE_STEMMER: ReadonlySet<string> = new Set(['ru', 'de', 'fr', 'es', 'it', 'pt', 'tr', 'ar']);

export function readTable(path: string): string {
  return tableText(readFileSync(path), path);
}

export function loadBilingual(lang: string, dir = LEXICONS_DIR): BilingualLexicon {
  const file = join(dir, 'bilingual', `${lang}-en.tsv.gz`);
  if (!existsSync(file)) throw new Error(`${file}: no bilingual lexicon for "${lang}"`);
  return parseBilingual(readTable(file), file, lang);
}

/** A language's form table (`forms`) or lemma stem table (`stems`), or undefined when none was built. */
export function loadForms(lang: string, kind: 'forms' | 'stems', dir = LEXICONS_DIR): FormTable | undefined {
  const file = join(dir, 'bilingual', `${lang}-${kind}.tsv.gz`);
  return existsSync(file) ? parseForms(readTable(file), file, lang) : undefined;
}

export interface EvidenceOptions {
  readonly dir?: string;
  /** Override the measured choice (for benchmarks comparing lemmatisers). */
  readonly forms?: boolean;
  readonly stemmer?: boolean;
}

export function loadWordEvidence(lang: string, options: EvidenceOptions = {}): WordEvidence {
  const dir = options.dir ?? LEXICONS_DIR;
  const lexicon = loadBilingual(lang, dir);
  const forms = options.forms === false ? undefined : loadForms(lang, 'forms', dir);
  const stem = (options.stemmer ?? USE_STEMMER.has(lang)) ? stemmerFor(lang) : undefined;
  const stemTable = stem ? loadForms(lang, 'stems', dir) : undefined;
  return wordEvidence({ lexicon, forms, stems: stem && stemTable ? { table: stemTable, stem } : undefined });
}

export function loadEnglishWords(dir = LEXICONS_DIR): EnglishWords {
  const file = join(dir, 'english', 'words.tsv.gz');
  return parseEnglishWords(readTable(file), file);
}

export function loadEnglishIrregulars(dir = LEXICONS_DIR): EnglishIrregulars {
  const file = join(dir, 'english', 'irregular.tsv.gz');
  return parseEnglishIrregulars(readTable(file), file);
}

export function loadEnglishAntonyms(dir = LEXICONS_DIR): EnglishAntonyms {
  const file = join(dir, 'english', 'antonyms.tsv.gz');
  return parseEnglishAntonyms(readTable(file), file);
}

/** Source-language place and language names -> English, or undefined when no table was built for `lang`. */
export function loadPlaceNames(lang: string, dir = LEXICONS_DIR): PlaceNames | undefined {
  const file = join(dir, 'names', `${lang}.tsv.gz`);
  return existsSync(file) ? parsePlaceNames(readTable(file), file, lang) : undefined;
}

export function loadGazetteer(dir = LEXICONS_DIR): Gazetteer {
  const file = join(dir, 'names', 'cities.tsv.gz');
  return parseGazetteer(readTable(file), file);
}
