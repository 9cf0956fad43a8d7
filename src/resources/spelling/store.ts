/**
 * Spelling tables on disk: built from a Hunspell dictionary package the first time a language is
 * loaded, then read back on every later run. A table is named by its package and version, so
 * upgrading a dictionary builds a new one; a stale, truncated or foreign file is rebuilt, never trusted.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultCacheDirs } from '../cache-dirs.js';
import { PACKAGE_DIR } from '../paths.js';
import { readFileShared, writeFileAtomic } from '../shared-file.js';
import { dictionaryStems, expandHunspell } from './expand.js';
import { buildSpellingTable, type SpellingTable } from './table.js';

/** Bump when the table layout or what goes into it changes: old files are then rebuilt. */
export const SPELLING_FORMAT = 1;
const MAGIC = 'SQSPELL\n';

export class SpellingError extends Error {
  override name = 'SpellingError';
}

export interface DictionaryPackage {
  name: string;
  version: string;
  /** The package's folder. */
  dir: string;
  aff: string;
  dic: string;
}

const require = createRequire(join(PACKAGE_DIR, 'package.json'));

/** Find an installed Hunspell dictionary package (wooorm/dictionaries layout: index.aff, index.dic). */
export function dictionaryPackage(name: string): DictionaryPackage {
  let dir: string;
  try {
    dir = dirname(require.resolve(name));
  } catch {
    throw new SpellingError(`dictionary package "${name}" is not installed (npm install ${name})`);
  }
  let version: string;
  try {
    version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown })
      .version as string;
  } catch (e) {
    throw new SpellingError(
      `${join(dir, 'package.json')}: cannot read the version (${(e as Error).message})`,
    );
  }
  if (typeof version !== 'string' || !version)
    throw new SpellingError(`${join(dir, 'package.json')}: no "version"`);
  return { name, version, dir, aff: join(dir, 'index.aff'), dic: join(dir, 'index.dic') };
}

/** Where the table of a dictionary package lives under the cache folder. */
export function spellingTableFile(
  cacheDir: string,
  pkg: Pick<DictionaryPackage, 'name' | 'version'>,
): string {
  return join(
    cacheDir,
    'spelling',
    `${pkg.name.replace(/[/\\]/g, '+')}@${pkg.version}.v${SPELLING_FORMAT}.bin`,
  );
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new SpellingError(`${file}: cannot read (${(e as Error).message})`);
  }
}

/** Expand the package's dictionary into a table (seconds to tens of seconds: done once per version). */
export function buildTable(pkg: DictionaryPackage): SpellingTable {
  const aff = readText(pkg.aff);
  const dic = readText(pkg.dic);
  const firstLine = dic.slice(0, dic.indexOf('\n') >>> 0).trim();
  if (!/^\d+/.test(firstLine))
    throw new SpellingError(`${pkg.dic}:1: expected the word count, found "${firstLine.slice(0, 40)}"`);
  if (!/^[ \t]*(SET|FLAG|TRY|PFX|SFX|#|KEY|LANG|NAME)/m.test(aff))
    throw new SpellingError(`${pkg.aff}:1: not a Hunspell affix file (no SET, FLAG, TRY, PFX or SFX line)`);
  let expanded;
  try {
    expanded = expandHunspell(aff, dic);
  } catch (e) {
    throw new SpellingError(`${pkg.aff}: cannot be read as a Hunspell affix file (${(e as Error).message})`);
  }
  return buildSpellingTable({ name: pkg.name, version: pkg.version }, expanded, dictionaryStems(dic));
}

interface Header {
  format: number;
  littleEndian: boolean;
  source: SpellingTable['source'];
  compoundRules: string[];
  compoundMin: number;
  conversions: [string, string][];
  slots: number;
  entries: number;
}

/** Write a table; a folder that cannot be written only means the next run builds it again. */
export function writeTable(file: string, table: SpellingTable): boolean {
  const header: Header = {
    format: SPELLING_FORMAT,
    littleEndian: endianness() === 'LE',
    source: table.source,
    compoundRules: [...table.compoundRules],
    compoundMin: table.compoundMin,
    conversions: table.conversions.map(([a, b]) => [a, b]),
    slots: table.slots.length,
    entries: table.entries.length,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(align4(MAGIC.length + 4 + json.length));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, MAGIC.length);
  json.copy(head, MAGIC.length + 4);
  const slots = Buffer.from(table.slots.buffer, table.slots.byteOffset, table.slots.byteLength);
  const entries = Buffer.from(table.entries.buffer, table.entries.byteOffset, table.entries.byteLength);
  try {
    writeFileAtomic(file, Buffer.concat([head, slots, entries]));
    return true;
  } catch {
    return false;
  }
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** A table read back from disk, or null when the file is absent, stale or damaged (it is then rebuilt). */
export function readTable(
  file: string,
  pkg: Pick<DictionaryPackage, 'name' | 'version'>,
): SpellingTable | null {
  const bytes = readFileShared(file);
  if (!bytes || bytes.length < MAGIC.length + 4) return null;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  const jsonLength = view.readUInt32LE(MAGIC.length);
  let header: Header;
  try {
    header = JSON.parse(view.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + jsonLength)) as Header;
  } catch {
    return null;
  }
  const slotsAt = align4(MAGIC.length + 4 + jsonLength);
  const entriesAt = slotsAt + header.slots * 4;
  if (
    header.format !== SPELLING_FORMAT ||
    header.littleEndian !== (endianness() === 'LE') ||
    header.source?.name !== pkg.name ||
    header.source.version !== pkg.version ||
    !Number.isInteger(header.slots) ||
    header.slots <= 0 ||
    (header.slots & (header.slots - 1)) !== 0 ||
    entriesAt + header.entries !== bytes.length
  )
    return null;
  return {
    source: header.source,
    compoundRules: header.compoundRules,
    compoundMin: header.compoundMin,
    conversions: header.conversions,
    slots: new Uint32Array(bytes.buffer, bytes.byteOffset + slotsAt, header.slots),
    entries: new Uint8Array(bytes.buffer, bytes.byteOffset + entriesAt, header.entries),
  };
}

/** Copy a freshly built table into shared memory, like one read from disk. */
function shared(table: SpellingTable): SpellingTable {
  const slots = new Uint32Array(new SharedArrayBuffer(table.slots.byteLength));
  slots.set(table.slots);
  const entries = new Uint8Array(new SharedArrayBuffer(table.entries.byteLength));
  entries.set(table.entries);
  return { ...table, slots, entries };
}

export interface LoadedTable {
  table: SpellingTable;
  /** Where the table was read from or written to. */
  file: string;
  /** True when it had to be built (no usable file in the cache). */
  built: boolean;
  /** False when a built table could not be written (the next run builds it again). */
  stored: boolean;
}

/** The table of an installed dictionary package: from the cache folder, or built and stored there. */
export function loadSpellingTable(name: string, cacheDir?: string): LoadedTable {
  return loadPackageTable(dictionaryPackage(name), cacheDir);
}

/** The table of a dictionary: from the cache folder, or built and stored there. */
export function loadPackageTable(pkg: DictionaryPackage, cacheDir?: string): LoadedTable {
  const dirs = cacheDir !== undefined ? [cacheDir] : defaultCacheDirs(pkg.dir);
  for (const dir of dirs) {
    const file = spellingTableFile(dir, pkg);
    const cached = readTable(file, pkg);
    if (cached) return { table: cached, file, built: false, stored: true };
  }
  const table = buildTable(pkg);
  for (const dir of dirs) {
    const file = spellingTableFile(dir, pkg);
    if (writeTable(file, table)) return { table: shared(table), file, built: true, stored: true };
  }
  return { table: shared(table), file: spellingTableFile(dirs[0]!, pkg), built: true, stored: false };
}
