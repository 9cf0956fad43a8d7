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

/** MQM points per `perWords` words (short texts count as `minWords`): the raw penalty. */
export function penaltyPer(points: number, words: number, perWords: number, minWords: number): number {
  return (points * perWords) / Math.max(words, minWords, 1);
}

/** Below this score the scale turns from linear to a decaying tail. */
const KNEE = 50;
/** Penalty per 1/e of the remaining score in the tail. */
const TAIL = 100;

/**
 * 100 minus the penalty per `perWords` words, as MQM has it, down to 50; below that the score decays
 * exponentially instead of stopping at 0, so that failing articles keep their order (a penalty of
 * 100 scores 30.3, 200 scores 11.2, 400 scores 1.5). Monotone, so verdict thresholds keep their meaning.
 */
export function qualityScore(points: number, words: number, perWords: number, minWords: number): number {
  const penalty = penaltyPer(points, words, perWords, minWords);
  const score = penalty <= 100 - KNEE ? 100 - penalty : KNEE * Math.exp(-(penalty - (100 - KNEE)) / TAIL);
  return Math.round(score * 10) / 10;
}

export function verdictFor(score: number, thresholds: VerdictThresholds, hasCritical: boolean): Verdict {
  if (hasCritical || score < thresholds.fail) return 'fail';
  if (score < thresholds.review) return 'review';
  return 'pass';
}

export interface ArticleScores {
  article: ScoreReport & { penalty: number };
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
  const articlePoints = penaltyPoints(issues, config.points);
  const articleWords = words.title + words.body;
  const articleScore = qualityScore(articlePoints, articleWords, config.perWords, config.minWords.article);
  let articleVerdict = verdictFor(
    articleScore,
    config.article,
    issues.some((i) => i.severity === 'critical'),
  );
  if (headlineVerdict !== 'pass') articleVerdict = worstVerdict(articleVerdict, 'review');
  return {
    article: {
      score: articleScore,
      verdict: articleVerdict,
      penalty:
        Math.round(penaltyPer(articlePoints, articleWords, config.perWords, config.minWords.article) * 10) /
        10,
    },
    headline: { score: headlineScore, verdict: headlineVerdict },
  };
}
