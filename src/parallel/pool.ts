/**
 * Checks articles on worker threads, each article under a time budget. A worker loads resources and
 * the originals index once; an article that runs over its budget costs only itself: its worker is
 * stopped and replaced, and the article becomes an error entry naming the stage that ran out.
 * Outcomes are delivered in input order, as they complete, so a caller can stream them.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, ArticleResult, InputError } from '../model.js';
import type { Rule } from '../rules/types.js';
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

/**
 * How to start a worker: the compiled `worker.js` beside this file or, when running from the `.ts`
 * sources (tests, benchmarks under tsx), a bootstrap that registers tsx in the worker first.
 */
function workerEntry(): { entry: URL | string; eval: boolean } {
  if (!import.meta.url.endsWith('.ts'))
    return { entry: new URL('./worker.js', import.meta.url), eval: false };
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(worker)}); });`;
  return { entry: boot, eval: true };
}

interface Job {
  seq: number;
  article: Article;
  timer: NodeJS.Timeout;
}

class Slot {
  worker!: Worker;
  tracker!: StageTracker;
  job: Job | null = null;
  ready = false;
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
  const rules = await loadRules(options.init.rulesModule);
  return runPool(articles, options, rules, onOutcome);
}

function runPool(
  articles: readonly Article[],
  options: PoolOptions,
  rules: readonly Rule[],
  onOutcome: (outcome: CheckOutcome) => void,
): Promise<void> {
  const budgetMs = options.budgetMs ?? DEFAULT_ARTICLE_BUDGET_MS;
  // a worker costs a start-up (dictionaries, language models, index): small runs use fewer
  const wanted = Math.ceil(articles.length / MIN_ARTICLES_PER_WORKER) || 1;
  const size = Math.max(1, Math.min(options.workers ?? defaultWorkers(), wanted));
  const done = new Map<number, CheckOutcome>();
  let nextToSend = 0;
  let nextToEmit = 0;
  const { entry, eval: evalEntry } = workerEntry();
  const slots: Slot[] = [];

  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const s of slots) {
        if (s.job) clearTimeout(s.job.timer);
        void s.worker.terminate();
      }
      if (error) reject(error);
      else resolve();
    };

    const complete = (seq: number, outcome: CheckOutcome): void => {
      done.set(seq, outcome);
      while (done.has(nextToEmit)) {
        const o = done.get(nextToEmit)!;
        done.delete(nextToEmit++);
        onOutcome(o);
      }
      if (nextToEmit === articles.length) finish();
    };

    const failure = (article: Article, message: string): CheckOutcome => ({
      article,
      error: { input: article.input, message },
    });

    const dispatch = (slot: Slot): void => {
      if (settled || !slot.ready || slot.job || nextToSend >= articles.length) return;
      const seq = nextToSend++;
      const article = articles[seq]!;
      const timer = setTimeout(() => overBudget(slot), budgetMs);
      slot.job = { seq, article, timer };
      slot.worker.postMessage({ seq, article } satisfies WorkerRequest);
    };

    const overBudget = (slot: Slot): void => {
      const job = slot.job;
      if (!job) return;
      const stage = slot.tracker.describe(rules);
      slot.job = null;
      restart(slot);
      complete(
        job.seq,
        failure(
          job.article,
          `article "${job.article.id}" was not checked: it ran over its ${budgetMs / 1000} s time budget in ${stage}`,
        ),
      );
    };

    const start = (slot: Slot): void => {
      const buffer = StageTracker.buffer();
      slot.tracker = new StageTracker(buffer);
      slot.ready = false;
      const worker = new Worker(entry, {
        eval: evalEntry,
        workerData: { ...options.init, tracker: buffer } satisfies WorkerInit,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      slot.worker = worker;
      worker.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'ready') {
          slot.ready = true;
          return dispatch(slot);
        }
        const job = slot.job;
        if (!job || job.seq !== reply.seq) return;
        clearTimeout(job.timer);
        slot.job = null;
        complete(
          job.seq,
          reply.kind === 'result'
            ? { article: job.article, result: reply.result }
            : failure(job.article, reply.message),
        );
        dispatch(slot);
      });
      const lost = (reason: string): void => {
        if (slot.worker !== worker || settled) return;
        if (!slot.ready) return finish(new Error(`a check worker could not start: ${reason}`));
        const job = slot.job;
        slot.job = null;
        if (job) clearTimeout(job.timer);
        restart(slot);
        if (job)
          complete(
            job.seq,
            failure(job.article, `article "${job.article.id}" could not be checked: ${reason}`),
          );
      };
      worker.on('error', (e) => lost(e.message));
      worker.on('exit', (code) => lost(`its worker stopped (exit code ${code})`));
    };

    const restart = (slot: Slot): void => {
      const old = slot.worker;
      start(slot);
      void old.terminate();
    };

    if (articles.length === 0) return resolve();
    for (let i = 0; i < size; i++) {
      const slot = new Slot();
      slots.push(slot);
      start(slot);
    }
  });
}
