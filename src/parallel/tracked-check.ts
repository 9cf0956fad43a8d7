/** The per-article pipeline with its stages tracked and a throwing rule named in the error. */
import type { MatchResult, OriginalsIndex } from '../match/types.js';
import type { Article, ArticleResult } from '../model.js';
import { checkArticle, type CheckDeps } from '../pipeline/check-article.js';
import type { Rule } from '../rules/types.js';
import { StageTracker, trackedRules } from './progress.js';

export interface TrackedChecker {
  check(article: Article): ArticleResult;
  /** The rules in the order they run (to name a stage from its number). */
  rules: readonly Rule[];
}

export function trackedChecker(deps: CheckDeps, tracker: StageTracker | null): TrackedChecker {
  const index: OriginalsIndex = {
    get size() {
      return deps.index.size;
    },
    get: (id) => deps.index.get(id),
    match(article, language): MatchResult | null {
      tracker?.enter('matching');
      const matched = deps.index.match(article, language);
      tracker?.enter('alignment');
      return matched;
    },
  };
  const rules = trackedRules(deps.rules, tracker);
  const tracked: CheckDeps = { ...deps, index, rules };
  return {
    rules,
    check(article) {
      tracker?.enter('language identification');
      try {
        return checkArticle(article, tracked);
      } finally {
        tracker?.enter('idle');
      }
    },
  };
}

/** The error entry's message for an article that could not be checked. */
export function checkFailure(article: Pick<Article, 'id'>, reason: string): string {
  return `article "${article.id}" could not be checked: ${reason}`;
}
