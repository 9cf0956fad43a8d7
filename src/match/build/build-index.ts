/**
 * Index a stream of originals into a SQLite store: keys and rows are computed on worker threads,
 * the store is written on this one, batch by batch in the order the originals came, so the file is
 * the same whatever the number of workers. Memory stays flat however long the stream: at most
 * MAX_CHUNKS_OUT chunks are being computed or waiting to be written, and a batch is written as soon
 * as it is complete.
 */
import { indexOriginal } from '../indexing.js';
import type { Original } from '../../model.js';
import { storeRow, type StoreRow } from '../store/rows.js';
import type { SqliteOriginalsStore } from '../store/sqlite.js';
import { RowPool } from './row-pool.js';

/** Originals indexed per transaction: bounds the memory of a batch's postings. */
export const INDEX_BATCH = 20_000;
/** Originals per message to a worker: large enough that messaging costs little. */
const CHUNK = 250;
/**
 * Chunks computed or waiting at once (about 16,000 originals): enough to keep the workers busy
 * while a batch is written, which blocks this thread.
 */
const MAX_CHUNKS_OUT = 64;
/** Fewer originals than this are indexed on this thread: workers would not repay their start-up. */
const MIN_FOR_WORKERS = 2 * CHUNK;

export interface BuildOptions {
  languages: readonly string[];
  /** Worker threads computing keys; 0 computes them on this thread. */
  workers: number;
  /** Originals per batch (transaction); INDEX_BATCH unless a test wants small batches. */
  batch?: number;
}

export interface BuildCounts {
  /** Originals written. */
  added: number;
  /** Originals whose id was already in the index or earlier in the stream: left out. */
  skipped: number;
}

/** Add originals to a store; ids already in it (or repeated) are skipped. */
export async function indexOriginals(
  store: SqliteOriginalsStore,
  originals: Iterable<Original> | AsyncIterable<Original>,
  options: BuildOptions,
): Promise<BuildCounts> {
  const batchSize = options.batch ?? INDEX_BATCH;
  let pool: RowPool | null = null;
  const onThisThread = (chunk: readonly Original[]): Promise<StoreRow[]> =>
    Promise.resolve(chunk.map((o) => storeRow(indexOriginal(o, options.languages))));
  // chunks in stream order; ids of the originals in them, not yet written (the store cannot see them)
  const out: Promise<StoreRow[]>[] = [];
  const unwritten = new Set<string>();
  let rows: StoreRow[] = [];
  const counts: BuildCounts = { added: 0, skipped: 0 };
  let seen = 0;
  const isNew = newIdTest(store, unwritten);

  const write = (batch: StoreRow[]): void => {
    store.addRows(batch);
    for (const r of batch) unwritten.delete(r.id);
    counts.added += batch.length;
  };
  const takeOne = async (): Promise<void> => {
    for (const r of await out.shift()!) rows.push(r);
    while (rows.length >= batchSize) {
      write(rows.slice(0, batchSize));
      rows = rows.slice(batchSize);
    }
  };
  let chunk: Original[] = [];
  // chunks held until it is known whether the stream is long enough for workers
  let held: Original[][] = [];
  let decided = options.workers === 0;
  const dispatch = async (c: Original[]): Promise<void> => {
    out.push(pool ? pool.rows(c) : onThisThread(c));
    while (out.length >= MAX_CHUNKS_OUT || (!pool && out.length > 0)) await takeOne();
  };
  const send = async (last: boolean): Promise<void> => {
    if (chunk.length > 0) held.push(chunk);
    chunk = [];
    if (!decided && (last || seen >= MIN_FOR_WORKERS)) {
      decided = true;
      if (!last) pool = await RowPool.open(options.workers, options.languages);
    }
    if (!decided) return;
    const ready = held;
    held = [];
    for (const c of ready) await dispatch(c);
  };
  try {
    for await (const o of originals) {
      seen++;
      if (!isNew(o.id)) {
        counts.skipped++;
        continue;
      }
      unwritten.add(o.id);
      chunk.push(o);
      if (chunk.length >= CHUNK) await send(false);
    }
    await send(true);
    while (out.length > 0) await takeOne();
    if (rows.length > 0) write(rows);
  } finally {
    // a failure leaves promises out: settle them quietly before the workers go
    for (const p of out) p.catch(() => undefined);
    await (pool as RowPool | null)?.close();
  }
  return counts;
}

/**
 * Whether an id is neither in the store nor on its way there. Into an empty store (a build) this
 * run's ids are remembered as 30-bit hashes, and only an id whose hash was seen is looked up
 * exactly: a lookup in the file for every original cost a tenth of the writing thread's time.
 */
function newIdTest(store: SqliteOriginalsStore, unwritten: ReadonlySet<string>): (id: string) => boolean {
  const exact = (id: string): boolean => !unwritten.has(id) && !store.has(id);
  if (store.size > 0) return exact;
  const hashes = new Set<number>();
  return (id) => {
    const h = idHash(id);
    if (!hashes.has(h)) {
      hashes.add(h);
      return true;
    }
    return exact(id);
  };
}

/** FNV-1a cut to 30 bits, so the set holds small integers rather than boxed numbers. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h & 0x3fffffff;
}
