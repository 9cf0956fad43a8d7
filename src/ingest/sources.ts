/**
 * Turns command-line inputs (JSON Lines files, feeds, HTML pages, URLs, directories of them) into
 * articles. One broken input is an InputError; every other input is still read.
 */
import type { Article, InputError } from '../model.js';
import type { Fetcher, FetchOptions } from './http.js';
import { readJsonl } from './jsonl.js';
import { mapLimit, READ_CONCURRENCY } from './limit.js';
import { describeIoError, LocalFiles, type LocalOptions } from './local.js';
import type { WebContext } from './web.js';

/** The web reader (pages, feeds, URLs): loaded on the first input that needs it, since its HTML and XML
 * parsers and HTTP client cost a JSON Lines run a large share of its start-up. */
type WebModule = typeof import('./web.js');
export interface WebReader {
  web: WebModule;
  ctx: WebContext;
}

/** An http(s) URL rather than a file path. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** The web reader of one read of the inputs: imported on the first call, then shared. */
export function lazyWebReader(
  options: Pick<SourceOptions, 'fetch' | 'fetcher'>,
  files: LocalFiles,
): () => Promise<WebReader> {
  let loading: Promise<WebReader> | null = null;
  return () =>
    (loading ??= import('./web.js').then((web) => ({
      web,
      ctx: web.createWebContext(options.fetch, options.fetcher, files),
    })));
}

export interface SourceResult {
  articles: Article[];
  errors: InputError[];
}

export interface SourceOptions {
  /** HTTP settings (timeouts, retries, size cap, cache folder…) for URLs and linked pages. */
  fetch?: FetchOptions;
  /** A fetcher to share across calls (its settings win over `fetch`). */
  fetcher?: Fetcher;
  /** Local file reading: the FIFO deadline, and the file system (tests inject faults). */
  local?: LocalOptions;
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

/** A `.json` file is a JSON Feed when its opening declares the JSON Feed version URL. */
export async function isJsonFeedFile(path: string, files: LocalFiles): Promise<boolean> {
  const head = (await files.readHead(path, 65536)).toString('utf8');
  return /^\uFEFF?\s*\{/.test(head) && /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(head);
}

const fail = (input: string, message: string): SourceResult => ({
  articles: [],
  errors: [{ input, message }],
});

async function readOne(
  input: string,
  reader: () => Promise<WebReader>,
  files: LocalFiles,
): Promise<SourceResult> {
  if (isUrl(input)) {
    const { web, ctx } = await reader();
    return web.readUrl(input, ctx);
  }
  let info;
  try {
    info = await files.fs.stat(input);
  } catch (e) {
    return fail(input, describeIoError(e as NodeJS.ErrnoException));
  }
  if (info.isDirectory()) {
    const listing = await files.listFolder(input, (name) => kindOfPath(name) !== null);
    if (listing.files.length === 0 && listing.errors.length === 0)
      return fail(input, 'directory has no .jsonl, .json, .xml or .html files');
    const read = await mapLimit(listing.files, READ_CONCURRENCY, (f) => readOne(f, reader, files));
    return mergeResults([{ articles: [], errors: listing.errors }, ...read]);
  }
  const kind = kindOfPath(input);
  if (/\.gz$/i.test(input) && kind !== 'page' && kind !== 'feed')
    return fail(input, 'only gzipped pages and feeds can be read; gunzip it first');
  switch (kind) {
    case 'feed': {
      const { web, ctx } = await reader();
      return web.readFeed(input, ctx);
    }
    case 'page': {
      const { web, ctx } = await reader();
      return web.readPage({ location: input }, ctx);
    }
    case 'json':
      try {
        if (await isJsonFeedFile(input, files)) {
          const { web, ctx } = await reader();
          return web.readFeed(input, ctx);
        }
      } catch (e) {
        return fail(input, (e as Error).message);
      }
      return readJsonl(input, undefined, files);
    default:
      return readJsonl(input, undefined, files);
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
  const files = new LocalFiles(options.local);
  const reader = lazyWebReader(options, files);
  const merged = mergeResults(await mapLimit(inputs, READ_CONCURRENCY, (i) => readOne(i, reader, files)));
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
