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

/** One thing read from an input: an article, or an error entry in its place. */
export type SourceItem = { article: Article } | { error: InputError };

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

/** One line as an article or an error entry; null for a blank line. */
function parseLine(line: string, lineNo: number, input: string): SourceItem | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed.charCodeAt(0) === 0xfeff ? trimmed.slice(1) : trimmed);
  } catch (e) {
    return { error: { input, line: lineNo, message: `not valid JSON: ${(e as Error).message}` } };
  }
  const rec = validateRecord(parsed);
  if (typeof rec === 'string') return { error: { input, line: lineNo, message: rec } };
  return { article: { ...rec, input } };
}

function acceptLine(line: string, lineNo: number, input: string, out: JsonlResult): void {
  const item = parseLine(line, lineNo, input);
  if (item) collectItem(item, out);
}

function collectItem(item: SourceItem, out: JsonlResult): void {
  if ('article' in item) out.articles.push(item.article);
  else out.errors.push(item.error);
}

/**
 * A JSON Lines file record by record, as it is read: each line an article or an error entry (a
 * broken line, a repeated id, a line over the size cap); an I/O failure ends it with one error entry
 * for the file, the records before it kept.
 */
export async function* streamJsonl(
  path: string,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
  files: LocalFiles = new LocalFiles(),
): AsyncGenerator<SourceItem> {
  const seenIds = new Set<string>();
  let lineNo = 0;
  let failure: string | null = null;
  try {
    const { stream } = await files.open(path);
    for await (const line of splitLines(stream as AsyncIterable<Buffer>, maxLineBytes)) {
      lineNo = line.number;
      if (line.text === null) {
        yield {
          error: {
            input: path,
            line: line.number,
            message: `line is ${(line.bytes / 1048576).toFixed(1)} MB, over the ${(maxLineBytes / 1048576).toFixed(0)} MB limit; skipped`,
          },
        };
        continue;
      }
      const item = parseLine(line.text, line.number, path);
      if (item && 'article' in item) {
        const { id } = item.article;
        if (seenIds.has(id)) {
          yield {
            error: {
              input: path,
              line: line.number,
              message: `duplicate id "${id}"; the first record was kept`,
            },
          };
          continue;
        }
        seenIds.add(id);
      }
      if (item) yield item;
    }
  } catch (e) {
    const message = e instanceof LocalReadError ? e.message : describeIoError(e as NodeJS.ErrnoException);
    failure = lineNo > 0 ? `${message} (after line ${lineNo}; the records before it were read)` : message;
  }
  if (failure !== null) yield { error: { input: path, message: failure } };
}

/** Read a JSON Lines file; I/O failures become one InputError for the file, records before them kept. */
export async function readJsonl(
  path: string,
  maxLineBytes = DEFAULT_MAX_LINE_BYTES,
  files: LocalFiles = new LocalFiles(),
): Promise<JsonlResult> {
  const out: JsonlResult = { articles: [], errors: [] };
  for await (const item of streamJsonl(path, maxLineBytes, files)) collectItem(item, out);
  return out;
}
