/** Messages between the check pool and its workers, and what a worker starts from. */
import type { BaselineEntry } from '../baseline/baseline.js';
import type { SyndiqConfig } from '../config/config.js';
import { buildOriginalsIndex } from '../match/index.js';
import { openIndexFile } from '../match/persistent.js';
import type { OriginalsIndex } from '../match/types.js';
import type { Article, ArticleResult } from '../model.js';
import type { Resources } from '../resources.js';
import { RULES } from '../rules/registry.js';
import type { Rule } from '../rules/types.js';

export interface WorkerInit {
  config: SyndiqConfig;
  resources: Resources;
  /** A persistent index file to open, or the originals to index in the worker. */
  index: { file: string } | { originals: readonly Article[] };
  /**
   * A module (URL) whose `RULES` export replaces the built-in rules: plug-in rules, and rules that
   * misbehave on purpose in tests. Default: the registry.
   */
  rulesModule?: string;
  /** Reviewed findings to set aside as suppressed (the baseline's entries; a class does not cross threads). */
  baseline?: readonly BaselineEntry[];
  /** The worker's StageTracker buffer. */
  tracker: SharedArrayBuffer;
}

export interface WorkerRequest {
  seq: number;
  article: Article;
}

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'result'; seq: number; result: ArticleResult }
  | { kind: 'failed'; seq: number; message: string };

export function openWorkerIndex(init: Pick<WorkerInit, 'index' | 'config'>): OriginalsIndex {
  return 'file' in init.index
    ? openIndexFile(init.index.file, init.config)
    : buildOriginalsIndex(init.index.originals, init.config);
}

/** The rules a worker runs (the pool names a stage from the same list). */
export async function loadRules(rulesModule: string | undefined): Promise<readonly Rule[]> {
  if (!rulesModule) return RULES;
  const loaded = (await import(rulesModule)) as { RULES?: readonly Rule[] };
  if (!Array.isArray(loaded.RULES)) throw new Error(`${rulesModule} exports no RULES list`);
  return loaded.RULES;
}
