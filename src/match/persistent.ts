/**
 * The persistent originals index: built once from an archive, grown nightly with new originals,
 * opened by `check --index`. A build writes a temporary file beside the target and renames it into
 * place, so a failed or interrupted build never leaves a half-written index where a good one was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import type { SyndiqConfig } from '../config/config.js';
import type { FetchOptions } from '../ingest/http.js';
import { readSources } from '../ingest/sources.js';
import type { InputError, Original } from '../model.js';
import { KeyOriginalsIndex } from './index.js';
import { SqliteOriginalsStore } from './store/sqlite.js';
import { StoreError, type StoreStats } from './store/types.js';

/** Originals indexed per transaction: bounds the memory of a batch's postings. */
export const INDEX_BATCH = 20_000;

export interface IndexUpdateOptions {
  /** Originals: JSON Lines files, folders, feeds, pages or URLs. */
  originals: readonly string[];
  /** The index file. */
  db: string;
  config: SyndiqConfig;
  fetch?: FetchOptions;
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

function addAll(
  index: KeyOriginalsIndex,
  originals: readonly Original[],
): { added: number; skipped: number } {
  let added = 0;
  for (let i = 0; i < originals.length; i += INDEX_BATCH)
    added += index.add(originals.slice(i, i + INDEX_BATCH));
  return { added, skipped: originals.length - added };
}

async function update(options: IndexUpdateOptions, mode: 'build' | 'add'): Promise<IndexUpdateReport> {
  const t0 = performance.now();
  const read = await readSources(options.originals, options.fetch ? { fetch: options.fetch } : {});
  const target = options.db;
  if (mode === 'add' && !existsSync(target))
    throw new StoreError(`${target}: no index there; create it with "syndiq index build"`);
  const path = mode === 'build' ? `${target}.building-${process.pid}` : target;
  if (mode === 'build') removeDb(path);
  const store = new SqliteOriginalsStore(path, { mustExist: mode === 'add', bulk: mode === 'build' });
  const index = new KeyOriginalsIndex(store, options.config);
  let counts: { added: number; skipped: number };
  try {
    counts = addAll(index, read.articles);
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
  return { db: target, ...counts, total, errors: read.errors, seconds: (performance.now() - t0) / 1000 };
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
