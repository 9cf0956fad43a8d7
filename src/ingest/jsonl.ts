/**
 * JSON Lines article records. Read line by line from the bytes (streaming, so a huge file or a 50 MB
 * line never holds the rest hostage, and a line too long to be a string is skipped without being
 * built); a broken line becomes an InputError naming file and line, and the other records are still
 * read.
 */
import type { Article, ArticleRecord, InputError } from '../model.js';
import { splitLines } from './lines.js';
import { describeIoError, LocalFiles, LocalReadError } from './local.js';

/** Lines longer than this are reported and skipped, not parsed (default 20 MB). */
export const DEFAULT_MAX_LINE_BYTES = 20 * 1024 * 1024;

const STRING_FIELDS = ['id', 'url', 'lang', 'title', 'body', 'published', 'source', 'author'] as const;

/** Validate one parsed record; returns the reason it is unusable, or the record. */
export function validateRecord(value: unknown): ArticleRecord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.id === 'number') v.id = String(v.id);
  if (typeof v.id !== 'string' || v.id.trim() === '') return 'record has no "id"';
  if (typeof v.title !== 'string') return `record "${v.id}" has no "title"`;
  if (v.body === undefined || v.body === null) v.body = '';
  for (const key of STRING_FIELDS) {
    if (v[key] !== undefined && v[key] !== null && typeof v[key] !== 'string')
      return `record "${v.id}": "${key}" must be a string`;
  }
  const rec: ArticleRecord = { id: v.id, title: v.title, body: v.body as string };
  for (const key of ['url', 'lang', 'published', 'source', 'author'] as const) {
    const x = v[key];
    if (typeof x === 'string' && x !== '') rec[key] = x;
  }
  return rec;
}

export interface JsonlResult {
  articles: Article[];
  errors: InputError[];
}

/** Parse JSON Lines text already in memory (used for small inputs and tests). */
export function parseJsonl(text: string, input: string): JsonlResult {
  const out: JsonlResult = { articles: [], errors: [] };
  text.split(/\r?\n/).forEach((line, i) => acceptLine(line, i + 1, input, out));
  return out;
}

function acceptLine(line: string, lineNo: number, input: string, out: JsonlResult): void {
  const trimmed = line.trim();
  if (trimmed === '') return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed.charCodeAt(0) === 0xfeff ? trimmed.slice(1) : trimmed);
  } catch (e) {
    out.errors.push({ input, line: lineNo, message: `not valid JSON: ${(e as Error).message}` });
    return;
  }
  const rec = validateRecord(parsed);
  if (typeof rec === 'string') out.errors.push({ input, line: lineNo, message: rec });
  else out.articles.push({ ...rec, input });
}

/** Read a JSON Lines file; I/O failures become one InputError for the file, records before them kept. */
export async function readJsonl(
  path: string,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
  files: LocalFiles = new LocalFiles(),
): Promise<JsonlResult> {
  const out: JsonlResult = { articles: [], errors: [] };
  const seenIds = new Set<string>();
  let lineNo = 0;
  try {
    const { stream } = await files.open(path);
    for await (const line of splitLines(stream as AsyncIterable<Buffer>, maxLineBytes)) {
      lineNo = line.number;
      if (line.text === null) {
        out.errors.push({
          input: path,
          line: line.number,
          message: `line is ${(line.bytes / 1048576).toFixed(1)} MB, over the ${(maxLineBytes / 1048576).toFixed(0)} MB limit; skipped`,
        });
        continue;
      }
      const before = out.articles.length;
      acceptLine(line.text, line.number, path, out);
      const added = out.articles[before];
      if (added) {
        if (seenIds.has(added.id)) {
          out.articles.pop();
          out.errors.push({
            input: path,
            line: line.number,
            message: `duplicate id "${added.id}"; the first record was kept`,
          });
        } else seenIds.add(added.id);
      }
    }
  } catch (e) {
    const message = e instanceof LocalReadError ? e.message : describeIoError(e as NodeJS.ErrnoException);
    out.errors.push({
      input: path,
      message: lineNo > 0 ? `${message} (after line ${lineNo}; the records before it were read)` : message,
    });
  }
  return out;
}
