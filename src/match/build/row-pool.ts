/**
 * Worker threads computing store rows (keys, joined columns, compressed records) for chunks of
 * originals. Each chunk's promise settles with its rows in the chunk's order; the caller keeps the
 * chunks in order and bounds how many are out.
 */
import { Worker } from 'node:worker_threads';
import { currentLanguageModel } from '../../lang/eld.js';
import type { Original } from '../../model.js';
import { workerEntry } from '../../parallel/entry.js';
import type { StoreRow } from '../store/rows.js';
import type { RowReply, RowRequest, RowWorkerInit } from './row-protocol.js';

interface Pending {
  resolve: (rows: StoreRow[]) => void;
  reject: (e: Error) => void;
  worker: Worker;
}

export class RowPool {
  readonly #workers: Worker[];
  /** Chunks out per worker, to hand the next chunk to the least busy. */
  readonly #load = new Map<Worker, number>();
  readonly #pending = new Map<number, Pending>();
  #seq = 0;
  #failure: Error | null = null;

  private constructor(count: number, init: RowWorkerInit) {
    const { entry, eval: isEval } = workerEntry(new URL('./row-worker.js', import.meta.url));
    this.#workers = Array.from({ length: count }, () => {
      const worker = new Worker(entry, { eval: isEval, workerData: init satisfies RowWorkerInit });
      this.#load.set(worker, 0);
      worker.on('message', (reply: RowReply) => this.#settle(worker, reply));
      worker.on('error', (e) => this.#fail(new Error(`an indexing worker failed: ${e.message}`)));
      worker.on('exit', (code) => this.#fail(new Error(`an indexing worker stopped (exit code ${code})`)));
      return worker;
    });
  }

  static async open(count: number, languages: readonly string[]): Promise<RowPool> {
    // the workers identify on this thread's model: shared memory, read from the cache once
    return new RowPool(count, { languages, languageModel: currentLanguageModel() });
  }

  rows(originals: readonly Original[]): Promise<StoreRow[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    const worker = this.#workers.reduce((a, b) => (this.#load.get(b)! < this.#load.get(a)! ? b : a));
    const seq = this.#seq++;
    this.#load.set(worker, this.#load.get(worker)! + 1);
    return new Promise<StoreRow[]>((resolve, reject) => {
      this.#pending.set(seq, { resolve, reject, worker });
      worker.postMessage({ seq, originals } satisfies RowRequest);
    });
  }

  async close(): Promise<void> {
    this.#failure ??= new Error('the indexing workers were closed');
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  #settle(worker: Worker, reply: RowReply): void {
    const pending = this.#pending.get(reply.seq);
    if (!pending) return;
    this.#pending.delete(reply.seq);
    this.#load.set(worker, this.#load.get(worker)! - 1);
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.rows);
  }

  #fail(e: Error): void {
    if (this.#failure) return;
    this.#failure = e;
    for (const p of this.#pending.values()) p.reject(e);
    this.#pending.clear();
  }
}
