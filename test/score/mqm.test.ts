import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import type { Issue, Severity } from '../../src/model.js';
import { qualityScore, scoreArticle, verdictFor, worstVerdict } from '../../src/score/mqm.js';

const issue = (severity: Severity, field: Issue['field'] = 'body'): Issue => ({
  rule: 'test/x',
  messageId: 'x',
  kind: 'markup',
  mqm: 'Accuracy/Mistranslation',
  severity,
  field,
  start: 0,
  end: 1,
  text: 'x',
  message: 'x',
});

const scoring = DEFAULT_CONFIG.scoring;

describe('qualityScore', () => {
  it('is 100 minus points per 1,000 words', () => {
    expect(qualityScore(5, 1000, 1000, 250)).toBe(95);
    expect(qualityScore(1, 500, 1000, 250)).toBe(98);
  });
  it('normalises short texts as if they had the minimum length', () => {
    expect(qualityScore(1, 10, 1000, 250)).toBe(qualityScore(1, 250, 1000, 250));
  });
  it('never goes below 0', () => {
    expect(qualityScore(500, 100, 1000, 50)).toBe(0);
  });
  it('is linear down to 50, then keeps failing texts in order instead of stopping at 0', () => {
    expect(qualityScore(50, 1000, 1000, 250)).toBe(50);
    const scores = [75, 100, 150, 250, 400].map((p) => qualityScore(p, 1000, 1000, 250));
    for (let i = 1; i < scores.length; i++) {
      expect(scores[i]!).toBeLessThan(scores[i - 1]!);
      expect(scores[i]!).toBeGreaterThan(0);
    }
  });
});

describe('verdicts', () => {
  it('follow the thresholds and a critical issue always fails', () => {
    const t = { review: 97, fail: 80 };
    expect(verdictFor(99, t, false)).toBe('pass');
    expect(verdictFor(90, t, false)).toBe('review');
    expect(verdictFor(70, t, false)).toBe('fail');
    expect(verdictFor(100, t, true)).toBe('fail');
  });
  it('worstVerdict orders pass < review < fail', () => {
    expect(worstVerdict('pass', 'review')).toBe('review');
    expect(worstVerdict('fail', 'review')).toBe('fail');
  });
});

describe('scoreArticle', () => {
  it('reports the raw penalty per 1,000 words beside the score', () => {
    const s = scoreArticle([issue('critical'), issue('critical')], { title: 10, body: 490 }, scoring);
    expect(s.article.penalty).toBe(100);
    expect(s.article.score).toBeGreaterThan(0);
    expect(s.article.verdict).toBe('fail');
  });
  it('passes a clean article and headline', () => {
    expect(scoreArticle([], { title: 8, body: 400 }, scoring)).toEqual({
      article: { score: 100, verdict: 'pass', penalty: 0 },
      headline: { score: 100, verdict: 'pass' },
    });
  });
  it('scores the headline on its own issues only', () => {
    const s = scoreArticle([issue('minor', 'body')], { title: 8, body: 400 }, scoring);
    expect(s.headline).toEqual({ score: 100, verdict: 'pass' });
    expect(s.article.score).toBeLessThan(100);
  });
  it('fails the article and the headline on a critical headline issue', () => {
    const s = scoreArticle([issue('critical', 'title')], { title: 8, body: 2000 }, scoring);
    expect(s.headline.verdict).toBe('fail');
    expect(s.article.verdict).toBe('fail');
  });
  it('sends an article with a damaged headline to review even when its body is long and clean', () => {
    const s = scoreArticle([issue('minor', 'title')], { title: 8, body: 5000 }, scoring);
    expect(s.headline.verdict).not.toBe('pass');
    expect(s.article.verdict).toBe('review');
  });
  it('lets a single minor slip in a long body pass', () => {
    const s = scoreArticle([issue('minor', 'body')], { title: 8, body: 2000 }, scoring);
    expect(s.article.verdict).toBe('pass');
  });
});
