import { describe, expect, it } from 'vitest';
import { evaluate, isHit, prf } from '../../src/eval/evaluate.js';
import type { ArticleLabel } from '../../src/eval/labels.js';
import type { ArticleResult, Issue, RunReport } from '../../src/model.js';

const issue = (p: Partial<Issue>): Issue => ({
  rule: 'r/x',
  messageId: 'm',
  kind: 'repetition',
  mqm: 'Accuracy/Mistranslation',
  severity: 'major',
  field: 'body',
  start: 0,
  end: 1,
  text: 'x',
  message: 'x',
  ...p,
});

describe('isHit', () => {
  const body = 'It was a goat goat. Later, another goat goat appeared.';
  it('counts an overlap with any occurrence of the labelled text, same kind and field', () => {
    const second = body.lastIndexOf('goat goat');
    expect(
      isHit(
        { field: 'body', text: 'goat goat', category: 'repetition', critical: false },
        [issue({ start: second + 2, end: second + 6 })],
        body,
      ),
    ).toBe(true);
  });
  it('does not count another kind, another field or a span that does not overlap', () => {
    const label = {
      field: 'body' as const,
      text: 'goat goat',
      category: 'repetition' as const,
      critical: false,
    };
    const at = body.indexOf('goat goat');
    expect(isHit(label, [issue({ kind: 'markup', start: at, end: at + 9 })], body)).toBe(false);
    expect(isHit(label, [issue({ field: 'title', start: at, end: at + 9 })], body)).toBe(false);
    expect(isHit(label, [issue({ start: 0, end: 2 })], body)).toBe(false);
  });
  it('counts every occurrence of a repeated finding and the findings it explains', () => {
    const label = {
      field: 'body' as const,
      text: 'goat goat',
      category: 'repetition' as const,
      critical: false,
    };
    const first = body.indexOf('goat goat');
    const second = body.lastIndexOf('goat goat');
    const repeated = issue({
      start: first,
      end: first + 9,
      occurrences: [
        { start: first, end: first + 9 },
        { start: second, end: second + 9 },
      ],
    });
    expect(isHit({ ...label, text: 'another goat goat' }, [repeated], body)).toBe(true);
    const { mqm: _mqm, ...relatedOne } = issue({ kind: 'repetition', start: second, end: second + 9 });
    const markup = issue({ kind: 'markup', start: second - 8, end: second + 9, related: [relatedOne] });
    expect(isHit({ ...label, text: 'another goat goat' }, [markup], body)).toBe(true);
    expect(isHit({ ...label, text: 'another goat goat' }, [{ ...markup, related: [] }], body)).toBe(false);
  });
});

describe('prf', () => {
  it('computes precision, recall and F1', () => {
    expect(prf(8, 2, 2)).toMatchObject({ precision: 0.8, recall: 0.8, f1: expect.closeTo(0.8, 9) });
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe('evaluate', () => {
  const result = (p: Partial<ArticleResult>): ArticleResult => ({
    id: 'a',
    url: null,
    feed: null,
    input: 'x',
    title: 'T',
    body: '',
    lang: { detected: 'en', declared: null, confidence: 1 },
    original: null,
    words: 100,
    score: 100,
    verdict: 'pass',
    headline: { score: 100, verdict: 'pass' },
    issues: [],
    alignment: null,
    ...p,
  });
  const label = (p: Partial<ArticleLabel>): ArticleLabel => ({
    id: 'a',
    original: null,
    article: 'ok',
    headline: 'ok',
    lang: 'en',
    issues: [],
    ...p,
  });
  const report = (articles: ArticleResult[]): RunReport => ({
    schemaVersion: 1,
    tool: { name: 'syndiq', version: '0' },
    run: { startedAt: '', finishedAt: '', inputs: [], originals: [], config: {} },
    summary: { articles: articles.length, pass: 0, review: 0, fail: 0, errors: 0, meanScore: 0 },
    errors: [],
    articles,
    originals: [],
  });

  it('scores verdicts, matches, languages, recall and false issues', () => {
    const texts = { republished: new Map([['b', { title: 'T', body: 'so so bad' }]]), originals: new Map() };
    const r = evaluate(
      report([
        result({ id: 'a', verdict: 'review', issues: [issue({})] }),
        result({
          id: 'b',
          verdict: 'fail',
          original: { id: 'o1', lang: 'uk', confidence: 1, method: 'x' },
          issues: [issue({ start: 0, end: 5 })],
        }),
        result({ id: 'c', lang: { detected: 'de', declared: null, confidence: 1 } }),
      ]),
      [
        label({ id: 'a' }),
        label({
          id: 'b',
          original: 'o1',
          article: 'garbled',
          issues: [{ field: 'body', text: 'so so', category: 'repetition', critical: false }],
        }),
        label({ id: 'c', article: 'garbled', original: 'o2' }),
      ],
      texts,
    );
    expect(r.article).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(r.matchAccuracy).toBeCloseTo(2 / 3);
    expect(r.orphanRejection).toEqual({ orphans: 1, rejected: 1, rate: 1 });
    expect(r.languageAccuracy).toBeCloseTo(2 / 3);
    expect(r.issueRecall.repetition).toEqual({ labelled: 1, found: 1, recall: 1 });
    expect(r.falseIssuesPerCleanArticle).toBe(1);
  });
});
