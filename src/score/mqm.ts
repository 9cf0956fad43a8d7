/**
 * MQM scoring: minor/major/critical points, normalised per 1,000 words, as a 0-100 quality score.
 * The headline is scored on its own; a critical issue fails whatever it is in.
 */
import type { ScoringConfig, VerdictThresholds } from '../config/config.js';
import type { Issue, ScoreReport, Verdict } from '../model.js';

const VERDICT_RANK: Record<Verdict, number> = { pass: 0, review: 1, fail: 2 };

export function worstVerdict(a: Verdict, b: Verdict): Verdict {
  return VERDICT_RANK[a] >= VERDICT_RANK[b] ? a : b;
}

export function penaltyPoints(issues: readonly Issue[], points: ScoringConfig['points']): number {
  return issues.reduce((sum, i) => sum + points[i.severity], 0);
}

/** 100 minus the penalty per `perWords` words (short texts count as `minWords`), floored at 0. */
export function qualityScore(points: number, words: number, perWords: number, minWords: number): number {
  const penalty = (points * perWords) / Math.max(words, minWords, 1);
  return Math.round(Math.max(0, 100 - penalty) * 10) / 10;
}

export function verdictFor(score: number, thresholds: VerdictThresholds, hasCritical: boolean): Verdict {
  if (hasCritical || score < thresholds.fail) return 'fail';
  if (score < thresholds.review) return 'review';
  return 'pass';
}

export interface ArticleScores {
  article: ScoreReport;
  headline: ScoreReport;
}

/**
 * Score an article (title and body issues together) and its headline (title issues alone).
 * A headline that is not clean makes the article at least `review`: it is the most visible part.
 */
export function scoreArticle(
  issues: readonly Issue[],
  words: { title: number; body: number },
  config: ScoringConfig,
): ArticleScores {
  // Omissions point into the original but count against the republished article.
  const titleIssues = issues.filter((i) => i.field === 'title');
  const headlineScore = qualityScore(
    penaltyPoints(titleIssues, config.points),
    words.title,
    config.perWords,
    config.minWords.headline,
  );
  const headlineVerdict = verdictFor(
    headlineScore,
    config.headline,
    titleIssues.some((i) => i.severity === 'critical'),
  );
  const articleScore = qualityScore(
    penaltyPoints(issues, config.points),
    words.title + words.body,
    config.perWords,
    config.minWords.article,
  );
  let articleVerdict = verdictFor(
    articleScore,
    config.article,
    issues.some((i) => i.severity === 'critical'),
  );
  if (headlineVerdict !== 'pass') articleVerdict = worstVerdict(articleVerdict, 'review');
  return {
    article: { score: articleScore, verdict: articleVerdict },
    headline: { score: headlineScore, verdict: headlineVerdict },
  };
}
