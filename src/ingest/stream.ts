/**
 * The inputs of a run as a stream of articles and error entries, read as they are asked for: a JSON
 * Lines file line by line, a feed, page or URL whole (each is one bounded document), a folder file by
 * file. The caller pulls; nothing is read far ahead of what it has taken (a few whole documents at
 * most, fetched ahead so that network inputs overlap). Ids repeated across inputs are error entries.
 */
import type { InputError } from '../model.js';
import type { Fetcher, FetchOptions } from './http.js';
import { streamJsonl, type SourceItem } from './jsonl.js';
import { READ_CONCURRENCY } from './limit.js';
import { describeIoError, LocalFiles, type LocalOptions } from './local.js';
import {
  isJsonFeedFile,
  isUrl,
  kindOfPath,
  lazyWebReader,
  type SourceResult,
  type WebReader,
} from './sources.js';

export type { SourceItem } from './jsonl.js';

export interface StreamOptions {
  fetch?: FetchOptions;
  fetcher?: Fetcher;
  local?: LocalOptions;
}

/** How one input is read. */
type Unit =
  | { items: () => AsyncIterable<SourceItem> }
  | { whole: Promise<SourceResult> }
  | { folder: string[]; errors: InputError[] };

const failed = (input: string, message: string): Unit => ({
  whole: Promise.resolve({ articles: [], errors: [{ input, message }] }),
});

/** A document read whole by the web reader (imported on the first such input). */
const readWhole = (
  reader: () => Promise<WebReader>,
  read: (r: WebReader) => Promise<SourceResult>,
): Unit => ({ whole: reader().then(read) });

/** Decide how to read `input`; a document read whole starts reading now. Never rejects. */
async function plan(input: string, reader: () => Promise<WebReader>, files: LocalFiles): Promise<Unit> {
  try {
    if (isUrl(input)) return readWhole(reader, ({ web, ctx }) => web.readUrl(input, ctx));
    let info;
    try {
      info = await files.fs.stat(input);
    } catch (e) {
      return failed(input, describeIoError(e as NodeJS.ErrnoException));
    }
    if (info.isDirectory()) {
      const listing = await files.listFolder(input, (name) => kindOfPath(name) !== null);
      if (listing.files.length === 0 && listing.errors.length === 0)
        return failed(input, 'directory has no .jsonl, .json, .xml or .html files');
      return { folder: listing.files, errors: listing.errors };
    }
    const kind = kindOfPath(input);
    if (/\.gz$/i.test(input) && kind !== 'page' && kind !== 'feed')
      return failed(input, 'only gzipped pages and feeds can be read; gunzip it first');
    if (kind === 'feed') return readWhole(reader, ({ web, ctx }) => web.readFeed(input, ctx));
    if (kind === 'page') return readWhole(reader, ({ web, ctx }) => web.readPage({ location: input }, ctx));
    if (kind === 'json' && (await isJsonFeedFile(input, files)))
      return readWhole(reader, ({ web, ctx }) => web.readFeed(input, ctx));
    return { items: () => streamJsonl(input, undefined, files) };
  } catch (e) {
    return failed(input, (e as Error).message);
  }
}

async function* unitItems(unit: Unit, planOf: (input: string) => Promise<Unit>): AsyncGenerator<SourceItem> {
  if ('items' in unit) yield* unit.items();
  else if ('whole' in unit) {
    const read = await unit.whole;
    for (const article of read.articles) yield { article };
    for (const error of read.errors) yield { error };
  } else {
    for (const error of unit.errors) yield { error };
    yield* listItems(unit.folder, planOf);
  }
}

/** The inputs in order, with the next few planned (and documents read whole begun) ahead. */
async function* listItems(
  inputs: readonly string[],
  planOf: (input: string) => Promise<Unit>,
): AsyncGenerator<SourceItem> {
  const ahead: Promise<Unit>[] = [];
  let next = 0;
  const fill = (): void => {
    while (next < inputs.length && ahead.length < READ_CONCURRENCY) ahead.push(planOf(inputs[next++]!));
  };
  fill();
  while (ahead.length > 0) {
    const unit = await ahead.shift()!;
    fill();
    yield* unitItems(unit, planOf);
  }
}

/** Every input's articles and error entries, in input order; the first of a repeated id is kept. */
export async function* streamSources(
  inputs: readonly string[],
  options: StreamOptions = {},
): AsyncGenerator<SourceItem> {
  const files = new LocalFiles(options.local);
  // the web reader's HTML and XML parsers cost a JSON Lines run a large share of its start-up
  const reader = lazyWebReader(options, files);
  const seen = new Set<string>();
  for await (const item of listItems(inputs, (input) => plan(input, reader, files))) {
    if ('article' in item) {
      const { id, input } = item.article;
      if (seen.has(id)) {
        yield {
          error: { input, message: `duplicate id "${id}" (already read from another input); skipped` },
        };
        continue;
      }
      seen.add(id);
    }
    yield item;
  }
}
