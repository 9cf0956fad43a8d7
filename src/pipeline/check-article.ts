/**
 * The per-article pipeline: language → match → align → rules → score. Pure: the result depends only
 * on the article, the originals index, the resources and the config.
 */
import { alignParagraphs } from '../align/align.js';
import { withContext } from '../align/context.js';
import { reportAlignment } from '../align/passages.js';
import { alignSentences } from '../align/sentences.js';
import type { Alignment } from '../align/types.js';
import type { Baseline } from '../baseline/baseline.js';
import type { SyndiqConfig } from '../config/config.js';
import { identifyArticle } from '../lang/identify.js';
import type { MatchResult, OriginalsIndex } from '../match/types.js';
import type { Article, ArticleResult } from '../model.js';
import type { Resources } from '../resources.js';
import { processCpuMs, runRuleSet, type RuleTiming } from '../rules/engine.js';
import type { Analysis, Rule, RuleContext } from '../rules/types.js';
import { scoreArticle } from '../score/mqm.js';
import { FieldText } from '../text/field.js';
import { countWords } from '../text/segment.js';
import { identifyText } from '../lang/identify.js';

export interface CheckDeps {
  index: OriginalsIndex;
  resources: Resources;
  config: SyndiqConfig;
  rules: readonly Rule[];
  /** Reviewed findings to set aside as suppressed. */
  baseline?: Baseline;
  /** Collects time per rule when given (`--timing`). */
  timing?: RuleTiming;
}

/** Build the context every rule sees. Exported for rule tests and `explain`. */
export function buildRuleContext(
  article: Article,
  deps: Pick<CheckDeps, 'resources' | 'config'>,
  matched: MatchResult | null,
  language = identifyArticle(article, deps.config.languages),
): RuleContext {
  const lang = language.article.lang;
  const title = new FieldText(
    'title',
    article.title,
    language.title.lang !== 'und' ? language.title.lang : lang,
  );
  const body = new FieldText('body', article.body, lang);
  let original: RuleContext['original'] = null;
  if (matched) {
    const o = matched.original;
    const olang = matched.originalLang;
    original = {
      record: o,
      lang: olang,
      title: new FieldText('original.title', o.title, olang),
      body: new FieldText('original.body', o.body, olang),
    };
  }
  // shared analyses live as long as this article's context, never longer
  const computed = new Map<Analysis<unknown>, unknown>();
  const ctx: RuleContext = {
    article,
    title,
    body,
    language,
    original,
    alignment: original ? alignBodies(body, original.body) : null,
    resources: deps.resources,
    config: deps.config,
    use<T>(analysis: Analysis<T>): T {
      if (!computed.has(analysis)) computed.set(analysis, analysis.compute(ctx));
      return computed.get(analysis) as T;
    },
  };
  return ctx;
}

/** Paragraphs first, then sentences inside the paired paragraphs. */
function alignBodies(body: FieldText, original: FieldText): Alignment {
  const alignment = alignParagraphs(body, original);
  return { ...alignment, sentences: alignSentences(body, original, alignment) };
}

/** Stage laps for `deps.timing`; without it, a no-op that reads no clock. */
function stageClock(timing: RuleTiming | undefined): (stage: string) => void {
  if (!timing) return () => {};
  let last = performance.now();
  let lastCpu = processCpuMs();
  return (stage) => {
    const now = performance.now();
    const cpu = processCpuMs();
    timing.addStage(stage, now - last, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
  };
}

export function checkArticle(article: Article, deps: CheckDeps): ArticleResult {
  if (!deps.timing) return check(article, deps);
  const started = performance.now();
  const cpuAtStart = processCpuMs();
  const result = check(article, deps);
  deps.timing.addArticle(article.id, performance.now() - started, processCpuMs() - cpuAtStart);
  return result;
}

function check(article: Article, deps: CheckDeps): ArticleResult {
  const lap = stageClock(deps.timing);
  const language = identifyArticle(article, deps.config.languages);
  lap('language');
  const matched = deps.index.match(article, language);
  lap('match');
  const ctx = buildRuleContext(article, deps, matched, language);
  const alignment =
    ctx.alignment && ctx.original
      ? reportAlignment(ctx.alignment, ctx.body.paragraphs, ctx.original.body.paragraphs, {
          republished: ctx.body.sentences,
          original: ctx.original.body.sentences,
        })
      : null;
  lap('align');
  const run = runRuleSet(deps.rules, ctx, deps.timing);
  const found = withContext(run.issues, { ...ctx, alignment });
  lap('rules');
  const key = { id: article.id, url: article.url ?? null };
  const { kept: issues, suppressed } = deps.baseline
    ? deps.baseline.split(key, found)
    : { kept: found, suppressed: [] };
  const words = {
    title: countWords(article.title, ctx.title.lang),
    body: countWords(article.body, ctx.body.lang),
  };
  const scores = scoreArticle(issues, words, deps.config.scoring);
  lap('score');
  return {
    id: article.id,
    url: article.url ?? null,
    feed: article.feed ?? null,
    input: article.input,
    title: article.title,
    body: article.body,
    lang: {
      detected: language.article.lang,
      declared: language.declared,
      confidence: language.article.confidence,
    },
    original: matched ? matched.match : null,
    words: words.title + words.body,
    score: scores.article.score,
    verdict: scores.article.verdict,
    penalty: scores.article.penalty,
    headline: scores.headline,
    issues,
    ...(suppressed.length ? { suppressed } : {}),
    alignment,
    ...(run.failures.length
      ? { ruleErrors: run.failures.map(({ rule, message }) => ({ rule, message })) }
      : {}),
  };
}

/** Detected language of an original (declared language wins when the text agrees with its script). */
export function originalLanguage(original: Article, candidates: readonly string[]): string {
  return identifyText(`${original.title}\n${original.body}`, candidates, original.lang ?? null).lang;
}
