/**
 * The committed lexicon tables are UTF-8 text, gzipped or not: `#` comment lines, then rows of
 * tab-separated fields. This reads their rows, naming the file and line of anything malformed.
 */
import { gunzipSync } from 'node:zlib';

export interface TableRow {
  readonly fields: readonly string[];
  /** 1-based line number in the file, for error messages. */
  readonly line: number;
}

/** Text of a table file's bytes: gunzipped when they start with gzip's magic number. */
export function tableText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('utf8');
    } catch (e) {
      throw new Error(`${file}: not a readable gzip file (${(e as Error).message})`);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The data rows of a table, each with exactly `fields` tab-separated fields, none empty. */
export function* tableRows(text: string, file: string, fields: number): Generator<TableRow> {
  let start = 0;
  let line = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const raw = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (!raw || raw.startsWith('#')) continue;
    const parts = raw.split('\t');
    if (parts.length !== fields || parts.some((p) => p === '')) {
      throw new Error(
        `${file}:${line}: expected ${fields} non-empty tab-separated fields, got "${raw.slice(0, 80)}"`,
      );
    }
    yield { fields: parts, line };
  }
}
