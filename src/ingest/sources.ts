/**
 * Turns command-line inputs (files, directories, and later feeds, pages and URLs) into articles.
 * One broken input is an InputError; every other input is still read.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Article, InputError } from '../model.js';
import { describeIoError, readJsonl } from './jsonl.js';

export interface SourceResult {
  articles: Article[];
  errors: InputError[];
}

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.json']);

/** Files a directory contributes: JSON Lines files, sorted for deterministic order. */
async function listDirectory(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && JSONL_EXTENSIONS.has(extname(e.name).toLowerCase()))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function readOne(input: string): Promise<SourceResult> {
  let info;
  try {
    info = await stat(input);
  } catch (e) {
    return { articles: [], errors: [{ input, message: describeIoError(e as NodeJS.ErrnoException) }] };
  }
  if (info.isDirectory()) {
    const files = await listDirectory(input);
    if (files.length === 0) return { articles: [], errors: [{ input, message: 'directory has no .jsonl files' }] };
    return mergeResults(await Promise.all(files.map(readOne)));
  }
  return readJsonl(input);
}

export function mergeResults(results: readonly SourceResult[]): SourceResult {
  return { articles: results.flatMap((r) => r.articles), errors: results.flatMap((r) => r.errors) };
}

/** Read every input in order; ids repeated across inputs are reported and the first is kept. */
export async function readSources(inputs: readonly string[]): Promise<SourceResult> {
  const merged = mergeResults(await Promise.all(inputs.map(readOne)));
  const seen = new Set<string>();
  const articles: Article[] = [];
  for (const a of merged.articles) {
    if (seen.has(a.id)) {
      merged.errors.push({ input: a.input, message: `duplicate id "${a.id}" (already read from another input); skipped` });
      continue;
    }
    seen.add(a.id);
    articles.push(a);
  }
  return { articles, errors: merged.errors };
}
