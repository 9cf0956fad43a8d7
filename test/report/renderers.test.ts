import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleResult, Issue, RunReport } from '../../src/model.js';
import { writeFileAtomic } from '../../src/report/atomic.js';
import { renderConsoleSummary } from '../../src/report/console.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderSummaryMarkdown } from '../../src/report/summary-md.js';
import { writeReports } from '../../src/report/write.js';
import { tempDir } from '../helpers/tmp.js';

const issue = (text: string): Issue => ({
  rule: 'markup/leaked-code',
  messageId: 'css',
  kind: 'markup',
  mqm: 'Design and markup/Markup',
  severity: 'minor',
  field: 'body',
  start: 0,
  end: text.length,
  text,
  message: `Leaked code "${text}"`,
});

const article = (p: Partial<ArticleResult>): ArticleResult => ({
  id: 'a',
  url: null,
  feed: null,
  input: 'in.jsonl',
  title: 'A title',
  body: '',
  lang: { detected: 'en', declared: null, confidence: 1 },
  original: null,
  words: 300,
  score: 100,
  verdict: 'pass',
  headline: { score: 100, verdict: 'pass' },
  issues: [],
  alignment: null,
  ...p,
});

const report = (articles: ArticleResult[]): RunReport => ({
  schemaVersion: 1,
  tool: { name: 'syndiq', version: '0.1.0' },
  run: {
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.000Z',
    inputs: [],
    originals: [],
    config: {},
  },
  summary: { articles: articles.length, pass: 1, review: 1, fail: 1, errors: 1, meanScore: 70 },
  errors: [{ input: 'broken.jsonl', line: 3, message: 'not valid JSON' }],
  articles,
  originals: [],
});

const sample = report([
  article({ id: 'good', title: 'Clean one' }),
  article({ id: 'meh', score: 90, verdict: 'review', issues: [issue('{width: 300px}')] }),
  article({
    id: 'bad',
    score: 20,
    verdict: 'fail',
    title: 'Bad <b>one</b> & \u0007bell',
    issues: [issue('<div>\u0000</div>')],
  }),
]);

describe('junit.xml', () => {
  const xml = renderJunit(sample);
  it('has one test case per article and one error per input error', () => {
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml).toMatch(/<testsuites name="syndiq" tests="3" failures="2" errors="1">/);
    expect(xml).toMatch(/<error message="broken\.jsonl:3: not valid JSON"\/>/);
  });
  it('escapes markup and shows characters XML forbids as visible escapes', () => {
    expect(xml).toContain('name="bad: Bad &lt;b&gt;one&lt;/b&gt; &amp; \\x07bell"');
    expect(xml).toContain('&lt;div&gt;\\x00&lt;/div&gt;');
    expect(xml.includes('\u0000') || xml.includes('\u0007')).toBe(false);
  });
});

describe('summary.md and the console summary', () => {
  it('list articles worst first, with issues and input errors', () => {
    const md = renderSummaryMarkdown(sample);
    const order = ['\n| fail |', '\n| review |', '\n| pass |'].map((v) => md.indexOf(v));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(md).toContain('## Input errors');
    expect(md).toContain('broken.jsonl:3');
    const text = renderConsoleSummary(sample, 'out');
    expect(text.indexOf('bad')).toBeLessThan(text.indexOf('meh'));
    expect(text).not.toContain('good');
  });
});

describe('writing reports', () => {
  it('replaces files atomically and leaves no temporary files', async () => {
    const dir = await tempDir();
    const path = join(dir, 'report.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['report.json']);
  });
  it('writes report.json, summary.md and junit.xml into a new folder', async () => {
    const dir = join(await tempDir(), 'nested', 'out');
    await writeReports(sample, dir);
    expect((await readdir(dir)).sort()).toEqual(['junit.xml', 'report.json', 'summary.md']);
    expect(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'))).toEqual(sample);
  });
  it('fails with the reason when the folder cannot be made, and leaves nothing behind', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'file'), 'x');
    await expect(writeFileAtomic(join(dir, 'file', 'report.json'), '{}')).rejects.toThrow(/ENOTDIR|EEXIST/);
  });
});
