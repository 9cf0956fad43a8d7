/**
 * Checks articles on worker threads, each article under a time budget. A worker loads resources and
 * the originals index once; an article that runs over its budget costs only itself: its worker is
 * stopped and replaced, and the article becomes an error entry naming the stage that ran out.
 * Articles are handed in one at a time (`CheckPool.check`), so a caller can stream them through.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, ArticleResult, InputError } from '../model.js';
import type { Rule } from '../rules/types.js';
import { workerEntry } from './entry.js';
import { StageTracker } from './progress.js';
import { loadRules, type WorkerInit, type WorkerReply, type WorkerRequest } from './protocol.js';

/** Default time one article may take (all stages); generous, as CI machines are slow and shared. */
export const DEFAULT_ARTICLE_BUDGET_MS = 60_000;
/** Fewer articles than this per worker do not repay a worker's start-up. */
const MIN_ARTICLES_PER_WORKER = 20;
/** Heap per worker: a hostile article exhausting it costs only itself (the worker is replaced). */
const WORKER_HEAP_MB = 1536;

export type CheckOutcome =
  { article: Article; result: ArticleResult } | { article: Article; error: InputError };

export interface PoolOptions {
  /** Worker threads (default: the machine's available parallelism). */
  workers?: number;
  /** Milliseconds one article may take before it is given up. */
  budgetMs?: number;
  init: Omit<WorkerInit, 'tracker'>;
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

interface Job {
  seq: number;
  article: Article;
  settle: (outcome: CheckOutcome) => void;
  timer?: NodeJS.Timeout;
}

class Slot {
  worker!: Worker;
  tracker!: StageTracker;
  job: Job | null = null;
  ready = false;
}

const failure = (article: Article, message: string): CheckOutcome => ({
  article,
  error: { input: article.input, message },
});

/**
 * Worker threads checking the articles handed to `check`. Workers start as articles come, one per
 * MIN_ARTICLES_PER_WORKER handed in, up to `workers` (a worker costs a start-up: dictionaries,
 * language models, the index), so a small run starts few.
 */
export class CheckPool {
  readonly #options: PoolOptions;
  readonly #rules: readonly Rule[];
  readonly #budgetMs: number;
  readonly #max: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Job[] = [];
  readonly #entry = workerEntry(new URL('./worker.js', import.meta.url));
  #seq = 0;
  #closed = false;
  /** Set when a worker could not start at all: every article waiting, and every later one, fails with it. */
  #broken: Error | null = null;

  private constructor(options: PoolOptions, rules: readonly Rule[]) {
    this.#options = options;
    this.#rules = rules;
    this.#budgetMs = options.budgetMs ?? DEFAULT_ARTICLE_BUDGET_MS;
    this.#max = Math.max(1, options.workers ?? defaultWorkers());
  }

  static async open(options: PoolOptions): Promise<CheckPool> {
    return new CheckPool(options, await loadRules(options.init.rulesModule));
  }

  /** Check one article; resolves with its result or its error entry. Rejects only when no worker can start. */
  check(article: Article): Promise<CheckOutcome> {
    if (this.#broken) return Promise.reject(this.#broken);
    return new Promise<CheckOutcome>((resolve, reject) => {
      const seq = this.#seq++;
      this.#queue.push({
        seq,
        article,
        settle: (o) => (this.#broken ? reject(this.#broken) : resolve(o)),
      });
      this.#grow();
      this.#dispatchAll();
    });
  }

  /** Stop the workers. */
  close(): void {
    this.#closed = true;
    for (const s of this.#slots) {
      if (s.job?.timer) clearTimeout(s.job.timer);
      void s.worker.terminate();
    }
  }

  #grow(): void {
    const wanted = Math.min(this.#max, Math.ceil(this.#seq / MIN_ARTICLES_PER_WORKER));
    while (this.#slots.length < wanted) {
      const slot = new Slot();
      this.#slots.push(slot);
      this.#start(slot);
    }
  }

  #dispatchAll(): void {
    for (const slot of this.#slots) this.#dispatch(slot);
  }

  #dispatch(slot: Slot): void {
    if (this.#closed || !slot.ready || slot.job) return;
    const job = this.#queue.shift();
    if (!job) return;
    job.timer = setTimeout(() => this.#overBudget(slot), this.#budgetMs);
    slot.job = job;
    slot.worker.postMessage({ seq: job.seq, article: job.article } satisfies WorkerRequest);
  }

  #finishJob(slot: Slot): Job | null {
    const job = slot.job;
    if (job?.timer) clearTimeout(job.timer);
    slot.job = null;
    return job;
  }

  #overBudget(slot: Slot): void {
    const stage = slot.tracker.describe(this.#rules);
    const job = this.#finishJob(slot);
    if (!job) return;
    this.#restart(slot);
    job.settle(
      failure(
        job.article,
        `article "${job.article.id}" was not checked: it ran over its ${this.#budgetMs / 1000} s time budget in ${stage}`,
      ),
    );
  }

  #start(slot: Slot): void {
    const buffer = StageTracker.buffer();
    slot.tracker = new StageTracker(buffer);
    slot.ready = false;
    const worker = new Worker(this.#entry.entry, {
      eval: this.#entry.eval,
      workerData: { ...this.#options.init, tracker: buffer } satisfies WorkerInit,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    slot.worker = worker;
    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'ready') {
        slot.ready = true;
        return this.#dispatch(slot);
      }
      if (!slot.job || slot.job.seq !== reply.seq) return;
      const job = this.#finishJob(slot)!;
      job.settle(
        reply.kind === 'result'
          ? { article: job.article, result: reply.result }
          : failure(job.article, reply.message),
      );
      this.#dispatch(slot);
    });
    const lost = (reason: string): void => {
      if (slot.worker !== worker || this.#closed) return;
      if (!slot.ready) return this.#fail(new Error(`a check worker could not start: ${reason}`));
      const job = this.#finishJob(slot);
      this.#restart(slot);
      job?.settle(failure(job.article, `article "${job.article.id}" could not be checked: ${reason}`));
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`its worker stopped (exit code ${code})`));
  }

  #restart(slot: Slot): void {
    const old = slot.worker;
    this.#start(slot);
    void old.terminate();
  }

  #fail(error: Error): void {
    this.#broken = error;
    const waiting = [...this.#queue, ...this.#slots.flatMap((s) => (s.job ? [s.job] : []))];
    this.#queue.length = 0;
    this.close();
    for (const job of waiting) job.settle(failure(job.article, error.message));
  }
}

/**
 * Check every article; `onOutcome` is called once per article, in input order. Resolves when all are
 * done; rejects only when a worker cannot start at all (before its first article).
 */
export async function checkInWorkers(
  articles: readonly Article[],
  options: PoolOptions,
  onOutcome: (outcome: CheckOutcome) => void,
): Promise<void> {
  const pool = await CheckPool.open(options);
  try {
    const pending = articles.map((a) => pool.check(a));
    // when no worker can start, every one rejects; the first awaited reports it
    for (const p of pending) p.catch(() => undefined);
    for (const p of pending) onOutcome(await p);
  } finally {
    pool.close();
  }
}
