/**
 * The one table of languages (`corpora/languages.json`): code, name, ISO 639-3 code, script,
 * spelling dictionaries, transliteration and folding conventions. Every other module asks here
 * instead of keeping its own table, so adding a language is adding data.
 *
 * The table is small and every stage needs it from the first line of text, so it is read once
 * when this module is first imported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA_DIR } from '../resources/paths.js';
import type { Script } from '../text/script.js';

export interface Romanization {
  /** Lower-case Cyrillic letter to Latin. */
  letters: Readonly<Record<string, string>>;
  /** Word-initial forms that differ (Ukrainian є → ye). */
  initial: Readonly<Record<string, string>>;
  /** `[previous, letter, latin]`: a letter read differently after another one (Ukrainian зг → zgh). */
  after: readonly (readonly [string, string, string])[];
}

export interface Spelling {
  /** Hunspell dictionary packages; the first is the primary one. */
  dictionaries: readonly string[];
  /** False when the dictionary knows base forms only: fine for "is this a noun", not for running text. */
  checksText: boolean;
}

export interface LanguageInfo {
  code: string;
  name: string;
  iso3: string | null;
  script: Script | null;
  spelling: Spelling | null;
  /** The Snowball stemmer's algorithm (`basque`), or null when Snowball has none for the language. */
  stemmer: string | null;
  capitalisesNouns: boolean;
  /** Spelling conventions applied before the phonetic fold: `[letters, replacement]`, in order. */
  fold: readonly (readonly [string, string])[];
  romanization: Romanization | null;
  /** Letters only this language uses among those sharing its script. */
  ownLetters: string;
}

export const LANGUAGE_TABLE_FILE = join(CORPORA_DIR, 'languages.json');

const SCRIPTS: ReadonlySet<string> = new Set<Script>([
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
]);

export class LanguageTableError extends Error {
  override name = 'LanguageTableError';
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringMap = (v: unknown): v is Record<string, string> =>
  isObject(v) && Object.entries(v).every(([k, x]) => k === '$comment' || typeof x === 'string');
const isTuples = (v: unknown, n: number): v is string[][] =>
  Array.isArray(v) &&
  v.every((t) => Array.isArray(t) && t.length === n && t.every((x) => typeof x === 'string'));

function withoutComment(m: Record<string, string>): Record<string, string> {
  const { $comment: _, ...rest } = m;
  return rest;
}

/** Validate one entry; errors name the file, the language and the field. */
function parseEntry(code: string, v: unknown, file: string): LanguageInfo {
  const fail = (what: string): never => {
    throw new LanguageTableError(`${file}: language "${code}": ${what}`);
  };
  if (!/^[a-z]{2,3}$/.test(code)) fail('the key must be an ISO 639-1 code');
  if (!isObject(v)) return fail('expected an object');
  if (typeof v.name !== 'string' || !v.name) fail('"name" must be a non-empty string');
  if (v.iso3 !== undefined && (typeof v.iso3 !== 'string' || !/^[a-z]{3}$/.test(v.iso3)))
    fail('"iso3" must be an ISO 639-3 code');
  if (v.script !== undefined && (typeof v.script !== 'string' || !SCRIPTS.has(v.script)))
    fail(`"script" must be one of ${[...SCRIPTS].join(', ')}`);
  let spelling: Spelling | null = null;
  if (v.spelling !== undefined) {
    const s = v.spelling;
    const dictionaries = isObject(s) && Array.isArray(s.dictionaries) ? (s.dictionaries as unknown[]) : [];
    if (
      !isObject(s) ||
      dictionaries.length === 0 ||
      !dictionaries.every((d) => typeof d === 'string') ||
      typeof s.checksText !== 'boolean'
    )
      return fail('"spelling" must be { "dictionaries": [package, …], "checksText": true|false }');
    spelling = { dictionaries: dictionaries as string[], checksText: s.checksText };
  }
  if (v.fold !== undefined && !isTuples(v.fold, 2)) fail('"fold" must be a list of [letters, replacement]');
  let romanization: Romanization | null = null;
  if (v.romanization !== undefined) {
    const r = v.romanization;
    if (!isObject(r) || !isStringMap(r.letters) || !isStringMap(r.initial) || !isTuples(r.after ?? [], 3))
      fail(
        '"romanization" must be { "letters": {…}, "initial": {…}, "after": [[previous, letter, latin], …] }',
      );
    const ro = r as { letters: Record<string, string>; initial: Record<string, string>; after?: string[][] };
    romanization = {
      letters: withoutComment(ro.letters),
      initial: withoutComment(ro.initial),
      after: (ro.after ?? []).map((t) => [t[0]!, t[1]!, t[2]!] as const),
    };
  }
  if (v.ownLetters !== undefined && typeof v.ownLetters !== 'string') fail('"ownLetters" must be a string');
  if (v.stemmer !== undefined && (typeof v.stemmer !== 'string' || !/^[a-z]+$/.test(v.stemmer)))
    fail('"stemmer" must be a Snowball algorithm name such as "basque"');
  if (v.capitalisesNouns !== undefined && typeof v.capitalisesNouns !== 'boolean')
    fail('"capitalisesNouns" must be true or false');
  return {
    code,
    name: v.name as string,
    iso3: (v.iso3 as string | undefined) ?? null,
    script: (v.script as Script | undefined) ?? null,
    spelling,
    stemmer: (v.stemmer as string | undefined) ?? null,
    capitalisesNouns: v.capitalisesNouns === true,
    fold: ((v.fold as string[][] | undefined) ?? []).map((t) => [t[0]!, t[1]!] as const),
    romanization,
    ownLetters: (v.ownLetters as string | undefined) ?? '',
  };
}

/** Parse the language table's text (exported for tests of its validation). */
export function parseLanguageTable(text: string, file = LANGUAGE_TABLE_FILE): Map<string, LanguageInfo> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new LanguageTableError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(json) || !isObject(json.languages))
    throw new LanguageTableError(`${file}: expected { "languages": { "<code>": {…} } }`);
  const out = new Map<string, LanguageInfo>();
  for (const [code, v] of Object.entries(json.languages)) out.set(code, parseEntry(code, v, file));
  return out;
}

const TABLE: ReadonlyMap<string, LanguageInfo> = parseLanguageTable(
  readFileSync(LANGUAGE_TABLE_FILE, 'utf8'),
);
const BY_ISO3: ReadonlyMap<string, string> = new Map(
  [...TABLE.values()].filter((l) => l.iso3).map((l) => [l.iso3!, l.code]),
);

/** Every language of the table. */
export function knownLanguages(): LanguageInfo[] {
  return [...TABLE.values()];
}

/** A language's entry, or undefined for a code the table does not have. */
export function languageInfo(code: string): LanguageInfo | undefined {
  return TABLE.get(code);
}

/** The script a language is normally written in, or null when unknown. */
export function scriptOfLanguage(code: string): Script | null {
  return TABLE.get(code)?.script ?? null;
}

/** The language's English name for messages (its code when unknown). */
export function languageName(code: string): string {
  return TABLE.get(code)?.name ?? code;
}

/** ISO 639-3 (franc's codes) to ISO 639-1; `und` when the table does not have it. */
export function toIso1(code3: string): string {
  return BY_ISO3.get(code3) ?? 'und';
}

/** ISO 639-1 to ISO 639-3, or undefined. */
export function toIso3(code1: string): string | undefined {
  return TABLE.get(code1)?.iso3 ?? undefined;
}
