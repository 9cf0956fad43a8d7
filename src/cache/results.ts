/**
 * Checked results cached on disk, keyed by the article's content, the config, the originals, the
 * baseline and the syndiq version: a nightly run over mostly unchanged feeds re-checks only what
 * changed. An entry is one JSON file named by its key; a missing, unreadable or foreign entry is a miss,
 * and writes go through a temporary file and a rename so a crash never leaves a half entry that looks valid.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ArticleResult } from '../model.js';
import { VERSION } from '../version.js';

/** What a run's results depend on besides the article itself. */
export interface ResultContext {
  config: unknown;
  /** Identifies the originals (their content, or the index file). */
  originals: string;
  /** Identifies the suppressions in force. */
  baseline: string;
}

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** The originals' content, in a form that changes when any of them does. */
export function originalsFingerprint(originals: readonly Article[]): string {
  const h = createHash('sha256');
  for (const o of originals) h.update(JSON.stringify([o.id, o.url, o.lang, o.title, o.body])).update('\n');
  return h.digest('hex');
}

interface StoredResult {
  key: string;
  result: ArticleResult;
}

export class ResultCache {
  readonly #dir: string;
  readonly #context: string;
  hits = 0;
  misses = 0;

  constructor(cacheDir: string, context: ResultContext) {
    this.#dir = join(cacheDir, 'results');
    this.#context = fingerprint([VERSION, context.config, context.originals, context.baseline]);
  }

  key(article: Article): string {
    return fingerprint([this.#context, article]);
  }

  #path(key: string): string {
    return join(this.#dir, key.slice(0, 2), `${key}.json`);
  }

  get(article: Article): ArticleResult | null {
    const key = this.key(article);
    try {
      const stored = JSON.parse(readFileSync(this.#path(key), 'utf8')) as StoredResult;
      if (stored.key === key) {
        this.hits++;
        return stored.result;
      }
    } catch {
      // a miss
    }
    this.misses++;
    return null;
  }

  put(article: Article, result: ArticleResult): void {
    const key = this.key(article);
    const path = this.#path(key);
    try {
      mkdirSync(join(this.#dir, key.slice(0, 2)), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ key, result } satisfies StoredResult));
      renameSync(tmp, path);
    } catch {
      // A cache that cannot be written costs speed next time, never this run.
    }
  }
}
