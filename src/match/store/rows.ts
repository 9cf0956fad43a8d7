/**
 * An indexed original as the SQLite store writes it: the joined key columns, the compressed record
 * and the key numbers of its postings. Computing a row needs nothing of the store, so worker
 * threads compute rows and the one writer only inserts them.
 */
import { deflateRawSync } from 'node:zlib';
import { keyNumber } from './terms.js';
import type { IndexedOriginal } from './types.js';

/**
 * Records are a few kilobytes: a 4 KB window and small hash tables compress them as well as the
 * defaults (within 0.3% on news) at two thirds of the time, most of which is setting up the state.
 */
const RECORD_DEFLATE = { level: 1, memLevel: 5, windowBits: 12 } as const;

export interface StoreRow {
  id: string;
  lang: string;
  script: string;
  published: string | null;
  /** The distinct keys, space-separated (the `keys` column). */
  keys: string;
  /** The name and number keys, space-separated. */
  names: string;
  /** The original without its input name, as deflated JSON. */
  record: Uint8Array;
  keyCount: number;
  shingleCount: number;
  publishedDay: number | null;
  provenance: readonly string[];
  /** Key numbers (terms.ts) of the keys, then of the shingles: the row's postings. */
  keyNumbers: Float64Array;
}

export function storeRow(d: IndexedOriginal): StoreRow {
  const { input: _input, ...record } = d.original;
  const keyNumbers = new Float64Array(d.keys.length + d.shingles.length);
  let n = 0;
  for (const k of d.keys) keyNumbers[n++] = keyNumber(k);
  for (const k of d.shingles) keyNumbers[n++] = keyNumber(k);
  return {
    id: d.original.id,
    lang: d.lang,
    script: d.script,
    published: d.original.published ?? null,
    keys: d.keys.join(' '),
    names: d.names.join(' '),
    record: deflateRawSync(JSON.stringify(record), RECORD_DEFLATE),
    keyCount: d.keys.length,
    shingleCount: d.shingles.length,
    publishedDay: d.publishedDay,
    provenance: d.provenance,
    keyNumbers,
  };
}
