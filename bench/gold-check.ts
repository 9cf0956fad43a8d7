/**
 * Checking one benchmark record against its gold original: the benchmarks hand the known original in,
 * so their figures measure the rules, not the matcher.
 */
import type { SyndiqConfig } from '../src/config/config.js';
import type { Article, Issue } from '../src/model.js';
import type { MatchResult } from '../src/match/types.js';
import { buildRuleContext, originalLanguage } from '../src/pipeline/check-article.js';
import type { Resources } from '../src/resources.js';
import { runRules } from '../src/rules/engine.js';
import type { Rule, RuleContext } from '../src/rules/types.js';

/** A benchmark document as its JSON Lines files hold it. */
export interface BenchRecord {
  id: string;
  title: string;
  body: string;
  lang?: string;
}

/**
 * The match a benchmark knows: its original, in the language a run would identify (the record's as
 * hint), or in the record's own language when the benchmark vouches for it (`trustLang`).
 */
export function goldMatch(original: BenchRecord, config: SyndiqConfig, trustLang = false): MatchResult {
  const article: Article = { ...original, input: 'bench' };
  const lang = trustLang && original.lang ? original.lang : originalLanguage(article, config.languages);
  return {
    original: article,
    originalLang: lang,
    match: { id: original.id, lang, confidence: 1, method: 'gold' },
  };
}

/** Rule context and findings of `rules` on one record, with its gold original when there is one. */
export function checkRecord(
  record: BenchRecord,
  original: BenchRecord | null,
  rules: readonly Rule[],
  env: { resources: Resources; config: SyndiqConfig },
  trustLang = false,
): { ctx: RuleContext; issues: Issue[] } {
  const ctx = buildRuleContext(
    { ...record, input: 'bench' },
    env,
    original ? goldMatch(original, env.config, trustLang) : null,
  );
  return { ctx, issues: runRules(rules, ctx) };
}
