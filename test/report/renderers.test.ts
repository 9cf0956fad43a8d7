import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleResult, Issue, RunReport } from '../../src/model.js';
import { writeFileAtomic } from '../../src/report/atomic.js';
import { renderConsoleSummary } from '../../src/report/console.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderSummaryMarkdown } from '../../src/report/summary-md.js';
import { parse } from 'csv-parse/sync';
import { csvCell, csvRow, CsvWriter } from '../../src/report/csv.js';
import { FormatError, parseFormats } from '../../src/report/formats.js';
import { renderJson } from '../../src/report/json.js';
import { writeReports } from '../../src/report/write.js';
import { fileText, replayReport } from '../../src/report/writer.js';
import { expectSelfContained, validateReport } from '../helpers/report-contract.js';
import { fixtureReport, HOSTILE } from '../helpers/report-fixture.js';
import { tempDir } from '../helpers/tmp.js';

const issue = (text: string): Issue => ({
  rule: 'markup/leaked-code',
  messageId: 'css',
  kind: 'markup',
  mqm: 'Design and markup/Markup tag',
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
    // `tests` is the number of test cases written, the input error's included, with the run's time.
    expect(xml).toMatch(/<testsuites name="syndiq" tests="4" failures="2" errors="1" time="[0-9.]+">/);
    expect(xml.match(/<testcase [^>]*time="0"/g)).toHaveLength(4);
    expect(xml).toMatch(/<error message="broken\.jsonl:3: not valid JSON"\/>/);
  });
  it('escapes markup and shows characters XML forbids as visible escapes', () => {
    expect(xml).toContain('name="bad: Bad &lt;b&gt;one&lt;/b&gt; &amp; \\x07bell"');
    expect(xml).toContain('&lt;div&gt;\\x00&lt;/div&gt;');
    expect(xml.includes('\u0000') || xml.includes('\u0007')).toBe(false);
  });
});

describe('summary.md and the console summary', () => {
  it('list the worst articles first with their lead finding, and the input errors', () => {
    const md = renderSummaryMarkdown(sample);
    const order = ['\n| fail |', '\n| review |'].map((v) => md.indexOf(v));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(md).not.toContain('\n| pass |');
    expect(md).toContain('**minor** markup: Leaked code');
    expect(md).toContain('## Input errors');
    expect(md).toContain('broken.jsonl:3');
    const text = renderConsoleSummary(sample, ['out/report.json']);
    expect(text.indexOf('bad')).toBeLessThan(text.indexOf('meh'));
    expect(text).not.toContain('good');
    expect(text).toContain('report: out/report.json');
  });

  it('has totals, one row per feed, and points to report.html when there is one', () => {
    const report = fixtureReport(30);
    const md = renderSummaryMarkdown(report, { htmlFile: 'report.html' });
    const s = report.summary;
    expect(md).toContain(
      `${s.articles} articles checked: **${s.fail} fail**, **${s.review} review**, **${s.pass} pass**`,
    );
    expect(md).toMatch(/open `report\.html`/);
    expect(renderSummaryMarkdown(report)).not.toContain('report.html');
    const feedRows = md
      .split('## Per feed')[1]!
      .split('\n## ')[0]!
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| feed'));
    expect(feedRows).toHaveLength(new Set(report.articles.map((a) => a.feed ?? a.input)).size);
    // the worst list is bounded; the rest is counted
    const worst = md
      .split('## Worst articles')[1]!
      .split('\n')
      .filter((l) => /^\| (fail|review) \|/.test(l));
    expect(worst).toHaveLength(Math.min(25, s.fail + s.review));
    if (s.fail + s.review > 25)
      expect(md).toContain(`… and ${s.fail + s.review - 25} more that did not pass.`);
  });
});

describe('report.json', () => {
  it('written article by article, is exactly the report as pretty JSON', () => {
    for (const report of [fixtureReport(5), { ...fixtureReport(0), articles: [], originals: [], errors: [] }])
      expect(renderJson(report)).toBe(JSON.stringify(report, null, 2) + '\n');
  });

  it('the fixture keeps the contract: schema, and every span reads back from the report', () => {
    const report = fixtureReport(5);
    expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
    expectSelfContained(report);
  });
});

describe('CSV', () => {
  const report = fixtureReport(12);
  const files = replayReport(report, [new CsvWriter()]);
  const read = (name: string): string[][] =>
    parse(fileText(files.find((f) => f.name === name)!), {
      bom: true,
      relax_column_count: false,
    }) as string[][];

  it('has one row per article and one per finding, whatever the text holds', () => {
    const articles = read('articles.csv');
    const issues = read('issues.csv');
    expect(articles).toHaveLength(report.articles.length + 1);
    expect(issues).toHaveLength(report.articles.reduce((n, a) => n + a.issues.length, 0) + 1);
    expect(articles[0]).toContain('lead_message');
    const hostile = articles.find((r) => r[0] === HOSTILE.id)!;
    expect(hostile[articles[0]!.indexOf('title')]).toBe(HOSTILE.title);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const payload of [
      '=HYPERLINK("http://evil.example","x")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
    ])
      expect(csvCell(payload).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('a "quoted", line\nbreak')).toBe('"a ""quoted"", line\nbreak"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('nul\u0000byte')).toBe('nulbyte');
    const rows = parse(csvRow(['=1+2', 'x']), {}) as string[][];
    expect(rows[0]).toEqual(["'=1+2", 'x']);
  });
});

describe('report formats', () => {
  it('parses names, lists and all; rejects what it does not know', () => {
    expect(parseFormats(['json'])).toEqual(['json']);
    expect(parseFormats(['csv,json', 'html', 'json'])).toEqual(['json', 'html', 'csv']);
    expect(parseFormats(['all'])).toEqual(['json', 'html', 'md', 'junit', 'csv']);
    expect(() => parseFormats(['json,xml'])).toThrow(
      /unknown report format "xml".*json, html, md, junit, csv/,
    );
    expect(() => parseFormats([''])).toThrow(FormatError);
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
  it('writes every format into a new folder by default, or only those asked for', async () => {
    const dir = join(await tempDir(), 'nested', 'out');
    await writeReports(sample, dir);
    expect((await readdir(dir)).sort()).toEqual([
      'articles.csv',
      'issues.csv',
      'junit.xml',
      'report.html',
      'report.json',
      'summary.md',
    ]);
    expect(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'))).toEqual(sample);
    const only = join(await tempDir(), 'only');
    const written = await writeReports(sample, only, { formats: ['md', 'csv'] });
    expect(written.map((p) => p.slice(only.length + 1))).toEqual([
      'summary.md',
      'articles.csv',
      'issues.csv',
    ]);
    expect((await readdir(only)).sort()).toEqual(['articles.csv', 'issues.csv', 'summary.md']);
  });
  it('fails with the reason when the folder cannot be made, and leaves nothing behind', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'file'), 'x');
    await expect(writeFileAtomic(join(dir, 'file', 'report.json'), '{}')).rejects.toThrow(/ENOTDIR|EEXIST/);
  });
});
