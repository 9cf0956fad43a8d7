/**
 * The persistent originals index: built once from an archive, grown nightly with new originals,
 * opened by `check --index`. A build writes a temporary file beside the target and renames it into
 * place, so a failed or interrupted build never leaves a half-written index where a good one was.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import type { SyndiqConfig } from '../config/config.js';
import type { FetchOptions } from '../ingest/http.js';
import { streamJsonl } from '../ingest/jsonl.js';
import { kindOfPath, readSources } from '../ingest/sources.js';
import type { InputError, Original } from '../model.js';
import { defaultWorkers } from '../parallel/pool.js';
import { indexOriginals, type BuildCounts } from './build/build-index.js';
import { KeyOriginalsIndex } from './index.js';
import { SqliteOriginalsStore } from './store/sqlite.js';
import { StoreError, type StoreStats } from './store/types.js';

export interface IndexUpdateOptions {
  /** Originals: JSON Lines files, folders, feeds, pages or URLs. */
  originals: readonly string[];
  /** The index file. */
  db: string;
  config: SyndiqConfig;
  fetch?: FetchOptions;
  /** Worker threads computing keys (default: the cores); 0 computes them on the writing thread. */
  workers?: number;
}

export interface IndexUpdateReport {
  db: string;
  /** Originals indexed by this run. */
  added: number;
  /** Originals whose id was already indexed (or repeated in the input): left as they were. */
  skipped: number;
  /** Originals in the index after the run. */
  total: number;
  errors: InputError[];
  seconds: number;
}

/**
 * The originals of the inputs one by one: a JSON Lines file is streamed (an archive of millions
 * never sits in memory), anything else (feeds, pages, folders, URLs) is read whole. Unreadable
 * records go to `errors`.
 */
async function* originalsOf(
  inputs: readonly string[],
  fetch: FetchOptions | undefined,
  errors: InputError[],
): AsyncGenerator<Original> {
  for (const input of inputs) {
    if (isJsonlFile(input)) {
      for await (const item of streamJsonl(input)) {
        if ('article' in item) yield item.article;
        else errors.push(item.error);
      }
      continue;
    }
    const read = await readSources([input], fetch ? { fetch } : {});
    errors.push(...read.errors);
    yield* read.articles;
  }
}

function isJsonlFile(input: string): boolean {
  if (kindOfPath(input) !== 'jsonl' || /\.gz$/i.test(input)) return false;
  try {
    return statSync(input).isFile();
  } catch {
    return false;
  }
}

async function update(options: IndexUpdateOptions, mode: 'build' | 'add'): Promise<IndexUpdateReport> {
  const t0 = performance.now();
  const errors: InputError[] = [];
  const target = options.db;
  if (mode === 'add' && !existsSync(target))
    throw new StoreError(`${target}: no index there; create it with "syndiq index build"`);
  const path = mode === 'build' ? `${target}.building-${process.pid}` : target;
  if (mode === 'build') removeDb(path);
  const store = new SqliteOriginalsStore(path, { mustExist: mode === 'add', bulk: mode === 'build' });
  let counts: BuildCounts;
  try {
    counts = await indexOriginals(store, originalsOf(options.originals, options.fetch, errors), {
      languages: options.config.languages,
      workers: options.workers ?? defaultWorkers(),
    });
    if (mode === 'build') store.finish();
    else store.checkpoint();
  } catch (e) {
    store.close();
    if (mode === 'build') removeDb(path);
    throw e;
  }
  const total = store.size;
  store.close();
  if (mode === 'build') {
    removeDb(target);
    renameSync(path, target);
  }
  return { db: target, ...counts, total, errors, seconds: (performance.now() - t0) / 1000 };
}

function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/** Build a new index file from originals (replacing any index at that path once it is complete). */
export function buildIndexFile(options: IndexUpdateOptions): Promise<IndexUpdateReport> {
  return update(options, 'build');
}

/** Add new originals to an existing index file; ids already in it are skipped. */
export function addToIndexFile(options: IndexUpdateOptions): Promise<IndexUpdateReport> {
  return update(options, 'add');
}

/** Open an index file for matching. Throws StoreError naming the file when it is missing or not an index. */
export function openIndexFile(db: string, config: SyndiqConfig): KeyOriginalsIndex {
  if (!existsSync(db)) throw new StoreError(`${db}: no index there; create it with "syndiq index build"`);
  return new KeyOriginalsIndex(new SqliteOriginalsStore(db, { mustExist: true }), config);
}

export function indexFileStats(db: string): StoreStats {
  if (!existsSync(db)) throw new StoreError(`${db}: no index there; create it with "syndiq index build"`);
  const store = new SqliteOriginalsStore(db, { mustExist: true });
  try {
    return store.stats();
  } finally {
    store.close();
  }
}
