/**
 * Reads a dictd dictionary (`NAME.index` + `NAME.dict.dz`), the format of Debian's `dict-*` packages.
 * The index lists `headword \t offset \t length` with offsets in dictd's base64; the data file is gzip
 * (dictzip is gzip with a random-access header, so zlib reads it whole).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface DictdEntry {
  readonly headword: string;
  /** The entry's text, its first line usually repeating the headword. */
  readonly text: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd's base64 numbers: most significant digit first, no padding. */
export function decodeDictdNumber(s: string, where: string): number {
  let n = 0;
  for (const c of s) {
    const d = B64.indexOf(c);
    if (d < 0) throw new Error(`${where}: '${s}' is not a dictd base64 number`);
    n = n * 64 + d;
  }
  return n;
}

/** Every entry of the dictionary, in index order, skipping dictd's own `00-database-*` entries. */
export function readDictd(basePath: string): DictdEntry[] {
  const indexPath = `${basePath}.index`;
  const data = gunzipSync(readFileSync(`${basePath}.dict.dz`));
  const entries: DictdEntry[] = [];
  readFileSync(indexPath, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line) return;
      const [headword, off, len] = line.split('\t');
      if (headword === undefined || off === undefined || len === undefined) {
        throw new Error(`${indexPath}:${i + 1}: expected headword, offset and length`);
      }
      if (headword.startsWith('00-database') || headword.startsWith('00database')) return;
      const where = `${indexPath}:${i + 1}`;
      const start = decodeDictdNumber(off, where);
      const text = data.subarray(start, start + decodeDictdNumber(len, where)).toString('utf8');
      entries.push({ headword, text });
    });
  return entries;
}
