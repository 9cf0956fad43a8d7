/**
 * eld's n-gram database (the "medium" one) as flat typed arrays over SharedArrayBuffers, and eld's
 * scoring over them. Worker threads get the table with the run's resources and share its memory, where
 * each would otherwise hold the database as some 100,000 JavaScript objects (about 70 MB of heap
 * and 200 MB resident each, with the code that builds them).
 *
 * The scoring repeats eld 2.1's `detect(text).getScores()` step for step (Apache-2.0, Nito T.M.):
 * the first 1,000 characters, eld's separators and byte dictionary, 4-byte n-grams at a stride of
 * 3, the sum of `score + 53` per language, then `s / (s + 25)` with `s` the sum over the number
 * of distinct n-grams. The sums are integers, so the order they are added in does not matter and
 * the scores are eld's to the last bit (test/lang/ngram-table.test.ts compares them).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';

export interface NgramTable {
  /** eld's database name (e.g. `M60`). */
  type: string;
  /** Language code per language index. */
  languages: readonly string[];
  /** Open addressing, a power of two long: entry index + 1, 0 for an empty slot. */
  slots: Uint32Array;
  /** Entry i's n-gram is `keyChars[keyStart[i] .. keyStart[i + 1]]` (UTF-16 code units). */
  keyStart: Uint32Array;
  keyChars: Uint16Array;
  /** Entry i's scores are `valueLang/valueScore[valueStart[i] .. valueStart[i + 1]]`. */
  valueStart: Uint32Array;
  valueLang: Uint8Array;
  valueScore: Uint16Array;
}

/** What eld's n-gram module exports. */
interface NgramsData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

/** eld adds this to every stored score (its database keeps the score minus the minimum). */
const BASE_NGRAM_SCORE = 53;
/** eld's `orderAndScale`: "handpicked to scale raw scores values". */
const SCALE = 25;

function hash(chars: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < chars.length; i++) h = Math.imul(h ^ chars.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function shared<T extends Uint8Array | Uint16Array | Uint32Array>(
  Kind: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number },
  length: number,
): T {
  return new Kind(new SharedArrayBuffer(Math.max(1, length) * Kind.BYTES_PER_ELEMENT));
}

/** The table of an eld n-gram database. */
export function buildNgramTable(data: NgramsData): NgramTable {
  const languages: string[] = [];
  for (const [index, code] of Object.entries(data.languages)) languages[Number(index)] = code;
  if (languages.length > 256) throw new Error(`eld database ${data.type}: more than 256 languages`);
  const keys = Object.keys(data.ngrams);
  let chars = 0;
  let values = 0;
  for (const k of keys) {
    chars += k.length;
    for (const _ in data.ngrams[k]) values++;
  }
  let capacity = 1;
  while (capacity < keys.length * 2) capacity *= 2;
  const table: NgramTable = {
    type: data.type,
    languages,
    slots: shared(Uint32Array, capacity),
    keyStart: shared(Uint32Array, keys.length + 1),
    keyChars: shared(Uint16Array, chars),
    valueStart: shared(Uint32Array, keys.length + 1),
    valueLang: shared(Uint8Array, values),
    valueScore: shared(Uint16Array, values),
  };
  let c = 0;
  let v = 0;
  keys.forEach((k, i) => {
    table.keyStart[i] = c;
    for (let j = 0; j < k.length; j++) table.keyChars[c++] = k.charCodeAt(j);
    table.valueStart[i] = v;
    const scores = data.ngrams[k]!;
    for (const lang in scores) {
      const score = scores[lang]!;
      if (!Number.isInteger(score) || score < 0 || score > 0xffff)
        throw new Error(`eld database ${data.type}: n-gram "${k}" has score ${score}`);
      table.valueLang[v] = Number(lang);
      table.valueScore[v++] = score;
    }
    let at = hash(k) & (capacity - 1);
    while (table.slots[at] !== 0) at = (at + 1) & (capacity - 1);
    table.slots[at] = i + 1;
  });
  table.keyStart[keys.length] = c;
  table.valueStart[keys.length] = v;
  return table;
}

/** The entry of an n-gram, or -1. */
function entryOf(table: NgramTable, ngram: string): number {
  const mask = table.slots.length - 1;
  for (let at = hash(ngram) & mask; ; at = (at + 1) & mask) {
    const slot = table.slots[at]!;
    if (slot === 0) return -1;
    const i = slot - 1;
    const from = table.keyStart[i]!;
    if (table.keyStart[i + 1]! - from !== ngram.length) continue;
    let j = 0;
    while (j < ngram.length && table.keyChars[from + j] === ngram.charCodeAt(j)) j++;
    if (j === ngram.length) return i;
  }
}

/** eld's text preparation: its separators and its byte dictionary, loaded from the package. */
export interface EldText {
  separators: RegExp;
  dictionary: readonly string[];
}

/**
 * eld's `strToUtf8Bytes`: UTF-8 bytes as one character each (through eld's dictionary), split into
 * words at spaces, cut after about 350 bytes at a space and after 380 bytes anywhere.
 */
function utf8Words(str: string, dictionary: readonly string[]): string[] {
  let encoded = '';
  const words: string[] = [];
  let countBytes = 0;
  for (let ii = 0; ii < str.length; ii++) {
    let charCode = str.charCodeAt(ii);
    if (charCode < 0x80) {
      if (charCode === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (countBytes > 350) break;
      } else encoded += str[ii];
      countBytes++;
    } else if (charCode < 0x800) {
      encoded += dictionary[0xc0 | (charCode >> 6)]! + dictionary[0x80 | (charCode & 0x3f)]!;
      countBytes += 2;
    } else if (charCode < 0xd800 || charCode >= 0xe000) {
      encoded +=
        dictionary[0xe0 | (charCode >> 12)]! +
        dictionary[0x80 | ((charCode >> 6) & 0x3f)]! +
        dictionary[0x80 | (charCode & 0x3f)]!;
      countBytes += 3;
    } else {
      ii++;
      charCode = 0x10000 + (((charCode & 0x3ff) << 10) | (str.charCodeAt(ii) & 0x3ff));
      encoded +=
        dictionary[0xf0 | (charCode >> 18)]! +
        dictionary[0x80 | ((charCode >> 12) & 0x3f)]! +
        dictionary[0x80 | ((charCode >> 6) & 0x3f)]! +
        dictionary[0x80 | (charCode & 0x3f)]!;
      countBytes += 4;
    }
    if (countBytes > 380) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/** eld's `getByteNgrams`: the distinct n-grams of the words, in first-seen order. */
function byteNgrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const len = Math.min(word.length, 70);
    let j: number;
    for (j = 0; j + 4 < len; j += 3) out.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    out.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  return out;
}

/** eld's `detect(text).getScores()`: every language with a positive score, 0-1, over the table. */
export function ngramScores(table: NgramTable, eld: EldText, input: string): Record<string, number> {
  const text = input.substring(0, 1000).replace(eld.separators, ' ').trim().toLowerCase();
  const ngrams = byteNgrams(utf8Words(text, eld.dictionary));
  const sums = new Array<number>(table.languages.length).fill(0);
  for (const ngram of ngrams) {
    const i = entryOf(table, ngram);
    if (i < 0) continue;
    for (let v = table.valueStart[i]!; v < table.valueStart[i + 1]!; v++)
      sums[table.valueLang[v]!]! += table.valueScore[v]! + BASE_NGRAM_SCORE;
  }
  const scored: [number, number][] = [];
  sums.forEach((sum, lang) => {
    if (sum <= 0) return;
    const s = sum / ngrams.size;
    scored.push([lang, s / (s + SCALE)]);
  });
  scored.sort((a, b) => b[1] - a[1]);
  const out: Record<string, number> = {};
  for (const [lang, score] of scored) out[table.languages[lang]!] = score;
  return out;
}

/** eld's package folder (`src/`), from its `medium` entry file. */
function eldSourceDir(entryFile: string): string {
  return join(dirname(entryFile), '..');
}

/** eld's separators and byte dictionary, read from the package whose entry file is given. */
export function loadEldText(entryFile: string): EldText {
  const require = createRequire(entryFile);
  const dir = eldSourceDir(entryFile);
  const { separators } = require(join(dir, 'regexPatterns.js')) as { separators: RegExp };
  const { dictionary } = require(join(dir, 'dictionary.js')) as { dictionary: string[] };
  return { separators, dictionary };
}

/**
 * The table of eld's medium database. The database module is evaluated in a context of its own that
 * is dropped afterwards, so the process keeps the table, not the module's objects.
 */
export function loadNgramTable(entryFile: string): NgramTable {
  const file = join(eldSourceDir(entryFile), 'ngrams', 'medium.js');
  const code = readFileSync(file, 'utf8').replace(/^export const ngramsData\s*=/m, 'ngramsData =');
  const sandbox: { ngramsData?: NgramsData } = {};
  runInNewContext(code, sandbox, { filename: file });
  if (!sandbox.ngramsData?.ngrams) throw new Error(`${file}: no eld n-gram database`);
  return buildNgramTable(sandbox.ngramsData);
}
