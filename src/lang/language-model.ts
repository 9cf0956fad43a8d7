/**
 * The language model every thread identifies languages with: eld's medium n-gram database as a table
 * over shared memory (`ngram-table.ts`) and eld's text preparation. Building it from eld's package
 * costs about 1.5 s of CPU, so it is built once per eld version and kept on disk beside the spelling
 * tables; a run reads the file straight into one SharedArrayBuffer and lays the table's arrays over
 * it (nothing is parsed), and the worker threads get the same memory. The file is named by eld's
 * version and this layout's format number, so an upgrade builds a new one; a damaged file is rebuilt
 * with a warning, never trusted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDirs } from '../resources/cache-dirs.js';
import { readFileShared, writeFileAtomic } from '../resources/shared-file.js';
import { loadEldText, loadNgramTable, type EldText, type NgramTable } from './ngram-table.js';

/** Bump when the file layout or what goes into the table changes: old files are then rebuilt. */
export const LANGUAGE_MODEL_FORMAT = 1;
const MAGIC = 'SQNGRAM\n';

export interface LanguageModel {
  /** The eld version the table was built from. */
  eldVersion: string;
  table: NgramTable;
  text: EldText;
}

export class LanguageModelError extends Error {
  override name = 'LanguageModelError';
}

export interface EldPackage {
  version: string;
  /** The package's folder. */
  dir: string;
  /** The `eld/medium` entry file, which the database and text preparation are found from. */
  entry: string;
}

const ENTRY = 'eld/medium';
const ENTRY_FILE = join('eld', 'src', 'entries', 'static.medium.js');

/** The installed eld package: through the resolver where it exists, else along the node_modules search path. */
export function eldPackage(): EldPackage {
  let entry: string | undefined;
  try {
    entry = fileURLToPath(import.meta.resolve(ENTRY));
  } catch {
    const require = createRequire(import.meta.url);
    entry = (require.resolve.paths('eld') ?? []).map((d) => join(d, ENTRY_FILE)).find((f) => existsSync(f));
  }
  if (!entry) throw new LanguageModelError(`the language detector "eld" is not installed (npm install eld)`);
  const dir = join(dirname(entry), '..', '..');
  const manifest = join(dir, 'package.json');
  let version: unknown;
  try {
    version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version;
  } catch (e) {
    throw new LanguageModelError(`${manifest}: cannot read the version (${(e as Error).message})`);
  }
  if (typeof version !== 'string' || !version) throw new LanguageModelError(`${manifest}: no "version"`);
  return { version, dir, entry };
}

/** Where the model built from an eld version lives under a cache folder. */
export function languageModelFile(cacheDir: string, eldVersion: string): string {
  return join(cacheDir, 'language-model', `eld@${eldVersion}-medium.v${LANGUAGE_MODEL_FORMAT}.bin`);
}

/** Build the model from the installed package (seconds: done once per eld version). */
export function buildLanguageModel(pkg: EldPackage): LanguageModel {
  return { eldVersion: pkg.version, table: loadNgramTable(pkg.entry), text: loadEldText(pkg.entry) };
}

/** The table's arrays in file order: widest elements first, so each starts aligned to its width. */
const ARRAYS = ['slots', 'keyStart', 'valueStart', 'keyChars', 'valueScore', 'valueLang'] as const;
type ArrayName = (typeof ARRAYS)[number];
const KINDS = {
  slots: Uint32Array,
  keyStart: Uint32Array,
  valueStart: Uint32Array,
  keyChars: Uint16Array,
  valueScore: Uint16Array,
  valueLang: Uint8Array,
} as const;

interface Header {
  format: number;
  littleEndian: boolean;
  eldVersion: string;
  type: string;
  languages: string[];
  separators: { source: string; flags: string };
  dictionary: string[];
  /** Elements per array. */
  lengths: Record<ArrayName, number>;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** The model as one file: magic, header length, JSON header, then the arrays' bytes. */
export function encodeLanguageModel(model: LanguageModel): Buffer {
  const { table, text } = model;
  const header: Header = {
    format: LANGUAGE_MODEL_FORMAT,
    littleEndian: endianness() === 'LE',
    eldVersion: model.eldVersion,
    type: table.type,
    languages: [...table.languages],
    separators: { source: text.separators.source, flags: text.separators.flags },
    dictionary: [...text.dictionary],
    lengths: Object.fromEntries(ARRAYS.map((name) => [name, table[name].length])) as Header['lengths'],
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(align4(MAGIC.length + 4 + json.length));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, MAGIC.length);
  json.copy(head, MAGIC.length + 4);
  const parts = ARRAYS.map((name) => {
    const a = table[name];
    return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  });
  return Buffer.concat([head, ...parts]);
}

/**
 * A model from a file's bytes, its arrays laid over those bytes (shared when the bytes are), or why
 * the bytes are not a model of `eldVersion` in this format.
 */
export function decodeLanguageModel(bytes: Uint8Array, eldVersion: string): LanguageModel | string {
  if (bytes.length < MAGIC.length + 4) return `${bytes.length} bytes, shorter than a header`;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.toString('latin1', 0, MAGIC.length) !== MAGIC) return 'not a syndiq language model file';
  const jsonLength = view.readUInt32LE(MAGIC.length);
  if (MAGIC.length + 4 + jsonLength > bytes.length) return 'the header runs past the end of the file';
  let header: Header;
  try {
    header = JSON.parse(view.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + jsonLength)) as Header;
  } catch {
    return 'the header is not JSON';
  }
  if (header.format !== LANGUAGE_MODEL_FORMAT)
    return `format ${String(header.format)}, expected ${LANGUAGE_MODEL_FORMAT}`;
  if (header.eldVersion !== eldVersion)
    return `built from eld ${String(header.eldVersion)}, not ${eldVersion}`;
  if (header.littleEndian !== (endianness() === 'LE')) return 'written on a machine of the other byte order';
  const lengths = header.lengths ?? {};
  if (!ARRAYS.every((name) => Number.isInteger(lengths[name]) && lengths[name] > 0))
    return 'the header lacks the table sizes';
  if ((lengths.slots & (lengths.slots - 1)) !== 0) return 'the slot count is not a power of two';
  if (lengths.keyStart !== lengths.valueStart) return 'the key and value indexes differ in length';
  if (lengths.valueScore !== lengths.valueLang) return 'the score and language arrays differ in length';
  if (!Array.isArray(header.languages) || header.languages.length > 256)
    return 'the language list is invalid';
  if (!Array.isArray(header.dictionary) || header.dictionary.length !== 256)
    return 'the byte dictionary is invalid';
  let at = align4(MAGIC.length + 4 + jsonLength);
  const expected = ARRAYS.reduce((n, name) => n + lengths[name] * KINDS[name].BYTES_PER_ELEMENT, at);
  if (expected !== bytes.length) return `${bytes.length} bytes where the header promises ${expected}`;
  const offsets = {} as Record<ArrayName, number>;
  for (const name of ARRAYS) {
    offsets[name] = bytes.byteOffset + at;
    at += lengths[name] * KINDS[name].BYTES_PER_ELEMENT;
  }
  const { buffer } = bytes;
  const arrays = {
    slots: new Uint32Array(buffer, offsets.slots, lengths.slots),
    keyStart: new Uint32Array(buffer, offsets.keyStart, lengths.keyStart),
    valueStart: new Uint32Array(buffer, offsets.valueStart, lengths.valueStart),
    keyChars: new Uint16Array(buffer, offsets.keyChars, lengths.keyChars),
    valueScore: new Uint16Array(buffer, offsets.valueScore, lengths.valueScore),
    valueLang: new Uint8Array(buffer, offsets.valueLang, lengths.valueLang),
  };
  const entries = lengths.keyStart - 1;
  if (arrays.keyStart[entries]! > lengths.keyChars || arrays.valueStart[entries]! > lengths.valueLang)
    return 'the last entry ends past its arrays';
  let separators: RegExp;
  try {
    separators = new RegExp(header.separators.source, header.separators.flags);
  } catch {
    return 'the separator pattern is invalid';
  }
  return {
    eldVersion,
    table: { type: header.type, languages: header.languages, ...arrays },
    text: { separators, dictionary: header.dictionary },
  };
}

/** Write a model; a folder that cannot be written is reported, not thrown. */
export function writeLanguageModel(file: string, model: LanguageModel): string | null {
  try {
    writeFileAtomic(file, encodeLanguageModel(model));
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

export type ReadModel = { model: LanguageModel } | { damaged: string } | null;

/** The model in a file: null when absent, `damaged` with the reason when present but unusable. */
export function readLanguageModel(file: string, eldVersion: string): ReadModel {
  const bytes = readFileShared(file);
  if (!bytes) return null;
  const model = decodeLanguageModel(bytes, eldVersion);
  return typeof model === 'string' ? { damaged: model } : { model };
}

export interface LoadedLanguageModel {
  model: LanguageModel;
  /** Where the model was read from or written to. */
  file: string;
  /** True when it had to be built (no usable file in the cache). */
  built: boolean;
  /** False when a built model could not be written (the next run builds it again). */
  stored: boolean;
}

export interface LoadLanguageModelOptions {
  /** The cache folder (the model lives under `language-model/`); default: beside the installed eld. */
  cacheDir?: string;
  /** Told why a cached file was not used or a built one not kept (default: a process warning). */
  onWarning?: (message: string) => void;
}

function processWarning(message: string): void {
  process.emitWarning(message, { code: 'SYNDIQ_LANGUAGE_MODEL' });
}

/** The model of the installed eld: from the cache folder, or built and stored there. */
export function loadLanguageModel(options: LoadLanguageModelOptions = {}): LoadedLanguageModel {
  const warn = options.onWarning ?? processWarning;
  const pkg = eldPackage();
  const dirs = options.cacheDir !== undefined ? [options.cacheDir] : defaultCacheDirs(pkg.dir);
  for (const dir of dirs) {
    const file = languageModelFile(dir, pkg.version);
    const read = readLanguageModel(file, pkg.version);
    if (read && 'model' in read) return { model: read.model, file, built: false, stored: true };
    if (read) warn(`syndiq: language model cache ${file} is unusable (${read.damaged}); building it again`);
  }
  const model = buildLanguageModel(pkg);
  const failures: string[] = [];
  for (const dir of dirs) {
    const file = languageModelFile(dir, pkg.version);
    const failure = writeLanguageModel(file, model);
    if (failure === null) return { model, file, built: true, stored: true };
    failures.push(`${file}: ${failure}`);
  }
  warn(`syndiq: cannot keep the language model (${failures.join('; ')}); the next run builds it again`);
  return { model, file: languageModelFile(dirs[0]!, pkg.version), built: true, stored: false };
}
