/**
 * Turns command-line inputs (JSON Lines files, feeds, HTML pages, URLs, directories of them) into
 * articles. One broken input is an InputError; every other input is still read.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, InputError } from '../model.js';
import type { Fetcher, FetchOptions } from './http.js';
import { describeIoError, readJsonl } from './jsonl.js';
import { mapLimit, READ_CONCURRENCY } from './limit.js';
import { createWebContext, isUrl, readFeed, readPage, readUrl, type WebContext } from './web.js';

export interface SourceResult {
  articles: Article[];
  errors: InputError[];
}

export interface SourceOptions {
  /** HTTP settings (timeouts, retries, size cap, cache folder…) for URLs and linked pages. */
  fetch?: FetchOptions;
  /** A fetcher to share across calls (its settings win over `fetch`). */
  fetcher?: Fetcher;
}

type Kind = 'jsonl' | 'json' | 'feed' | 'page';

/** What a file name says it is; `.json` needs a look inside (JSON Feed or JSON Lines). */
export function kindOfPath(path: string): Kind | null {
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (/\.(jsonl|ndjson)$/.test(name)) return 'jsonl';
  if (/\.json$/.test(name)) return 'json';
  if (/\.(xml|rss|atom|rdf)$/.test(name)) return 'feed';
  if (/\.(html?|xhtml)$/.test(name)) return 'page';
  return null;
}

/** Files a directory contributes: JSON Lines, feeds and pages, sorted for deterministic order. */
async function listDirectory(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && kindOfPath(e.name) !== null)
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A `.json` file is a JSON Feed when its opening declares the JSON Feed version URL. */
async function isJsonFeedFile(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(65536);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead).toString('utf8');
    return /^\uFEFF?\s*\{/.test(head) && /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(head);
  } finally {
    await fh.close();
  }
}

async function readOne(input: string, web: () => WebContext): Promise<SourceResult> {
  if (isUrl(input)) return readUrl(input, web());
  let info;
  try {
    info = await stat(input);
  } catch (e) {
    return { articles: [], errors: [{ input, message: describeIoError(e as NodeJS.ErrnoException) }] };
  }
  if (info.isDirectory()) {
    const files = await listDirectory(input);
    if (files.length === 0)
      return {
        articles: [],
        errors: [{ input, message: 'directory has no .jsonl, .json, .xml or .html files' }],
      };
    return mergeResults(await mapLimit(files, READ_CONCURRENCY, (f) => readOne(f, web)));
  }
  const kind = kindOfPath(input);
  if (/\.gz$/i.test(input) && kind !== 'page' && kind !== 'feed')
    return {
      articles: [],
      errors: [{ input, message: 'only gzipped pages and feeds can be read; gunzip it first' }],
    };
  switch (kind) {
    case 'feed':
      return readFeed(input, web());
    case 'page':
      return readPage({ location: input }, web());
    case 'json':
      try {
        if (await isJsonFeedFile(input)) return readFeed(input, web());
      } catch (e) {
        return { articles: [], errors: [{ input, message: describeIoError(e as NodeJS.ErrnoException) }] };
      }
      return readJsonl(input);
    default:
      return readJsonl(input);
  }
}

export function mergeResults(results: readonly SourceResult[]): SourceResult {
  return { articles: results.flatMap((r) => r.articles), errors: results.flatMap((r) => r.errors) };
}

/** Read every input in order; ids repeated across inputs are reported and the first is kept. */
export async function readSources(
  inputs: readonly string[],
  options: SourceOptions = {},
): Promise<SourceResult> {
  let ctx: WebContext | null = null;
  const web = (): WebContext => (ctx ??= createWebContext(options.fetch, options.fetcher));
  const merged = mergeResults(await mapLimit(inputs, READ_CONCURRENCY, (i) => readOne(i, web)));
  const seen = new Set<string>();
  const articles: Article[] = [];
  for (const a of merged.articles) {
    if (seen.has(a.id)) {
      merged.errors.push({
        input: a.input,
        message: `duplicate id "${a.id}" (already read from another input); skipped`,
      });
      continue;
    }
    seen.add(a.id);
    articles.push(a);
  }
  return { articles, errors: merged.errors };
}
