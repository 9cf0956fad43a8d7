import { readFile, writeFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/model.js';
import { runCli } from '../helpers/capture.js';
import { languagesConfigFile, MAIN_THREAD } from '../helpers/small-run.js';
import { tempDir } from '../helpers/tmp.js';

import { validateReport as validate } from '../helpers/report-contract.js';

const rec = (o: object): string => JSON.stringify(o);

const LANGUAGES = ['en', 'uk'];

const ORIGINALS = [
  rec({
    id: 'o-uk',
    lang: 'uk',
    title: 'У Полтаві відкрили новий міст через Ворсклу',
    body: 'У Полтаві після двох років ремонту відкрили міст через річку Ворскла. Роботи коштували 41,2 млн грн.\n\nМіський голова Андрій Карпенко сказав, що рух по мосту відновлять 3 квітня.',
  }),
  rec({
    id: 'o-en',
    lang: 'en',
    title: 'Library in Leeds extends its opening hours',
    body: 'The central library in Leeds will stay open until 9pm on weekdays from March, the city council said.\n\nThe change costs £120,000 a year and follows a survey of 2,400 residents.',
  }),
].join('\n');

const REPUBLISHED = [
  rec({
    id: 'r-clean',
    title: 'Leeds library to stay open later on weekdays',
    body: 'The central library in Leeds will remain open until 9pm on weekdays from March, according to the city council.\n\nThe change costs £120,000 a year and follows a survey of 2,400 residents.',
  }),
  rec({
    id: 'r-bad',
    title: 'A new bridge over the Vorskla was opened in in Poltava',
    body: 'In Poltava, after two years of repairs, the bridge over the Vorskla River was opened. The work cost UAH 41.2 million.\n\nThe mayor Andriy Karpenko said that traffic on the bridge will resume on April 3.',
  }),
].join('\n');

/** The corpus, and the flags of a run over it: its two languages only, on the main thread. */
async function corpus(): Promise<{ dir: string; originals: string; republished: string; small: string[] }> {
  const dir = await tempDir();
  const originals = join(dir, 'originals.jsonl');
  const republished = join(dir, 'republished.jsonl');
  await writeFile(originals, ORIGINALS);
  await writeFile(republished, REPUBLISHED);
  const small = ['--config', await languagesConfigFile(dir, LANGUAGES), ...MAIN_THREAD];
  return { dir, originals, republished, small };
}

async function readReport(out: string): Promise<RunReport> {
  return JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as RunReport;
}

describe('syndiq check', () => {
  it('writes report.json that keeps the schema and the offset contract, plus the other formats', async () => {
    const { dir, originals, republished, small } = await corpus();
    const out = join(dir, 'out');
    const r = await runCli(['check', '--originals', originals, republished, '--out', out, ...small]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 articles/);
    const report = await readReport(out);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.articles.map((a) => a.id)).toEqual(['r-clean', 'r-bad']);
    const texts = new Map(
      REPUBLISHED.split('\n')
        .map((l) => JSON.parse(l) as { id: string; title: string; body: string })
        .map((a) => [a.id, a]),
    );
    for (const a of report.articles) {
      for (const i of a.issues) {
        const field =
          i.field === 'title' ? texts.get(a.id)!.title : i.field === 'body' ? texts.get(a.id)!.body : null;
        if (field !== null) expect(field.slice(i.start, i.end)).toBe(i.text);
      }
    }
    expect((await readdir(out)).sort()).toEqual([
      'alert-state.json',
      'alerts.json',
      'articles.csv',
      'history.jsonl',
      'issues.csv',
      'junit.xml',
      'report.html',
      'report.json',
      'summary.md',
    ]);
    expect(await readFile(join(out, 'summary.md'), 'utf8')).toMatch(/^# syndiq report/);
    expect(await readFile(join(out, 'junit.xml'), 'utf8')).toMatch(/<testsuites name="syndiq" tests="2"/);
  });

  it('is deterministic: same input, same report apart from run timestamps', async () => {
    const { dir, originals, republished, small } = await corpus();
    const strip = (r: RunReport): unknown => ({ ...r, run: { ...r.run, startedAt: '', finishedAt: '' } });
    await runCli(['check', '-o', originals, republished, '--out', join(dir, 'a'), ...small]);
    await runCli(['check', '-o', originals, republished, '--out', join(dir, 'b'), ...small]);
    expect(strip(await readReport(join(dir, 'a')))).toEqual(strip(await readReport(join(dir, 'b'))));
  });

  it('reports broken lines, a missing input and a 50 MB line, and still checks the rest', async () => {
    const { dir, originals, republished, small } = await corpus();
    const broken = join(dir, 'broken.jsonl');
    await writeFile(
      broken,
      [
        rec({
          id: 'ok-1',
          title: 'Council in Leeds publishes its budget',
          body: 'The council published its budget.',
        }),
        'not json at all',
        rec({ title: 'no id here', body: '' }),
        rec({ id: 'no-title', body: 'x' }),
      ].join('\n'),
    );
    const huge = join(dir, 'huge.jsonl');
    await writeFile(
      huge,
      rec({ id: 'huge', title: 'Huge', body: 'y'.repeat(50 * 1024 * 1024) }) +
        '\n' +
        rec({ id: 'after-huge', title: 'After', body: 'z' }),
    );
    const out = join(dir, 'out');
    const r = await runCli([
      'check',
      '-o',
      originals,
      republished,
      broken,
      join(dir, 'missing.jsonl'),
      huge,
      '--out',
      out,
      ...small,
    ]);
    // Input errors are an alert by default, and always printed.
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing\.jsonl: no such file or directory/);
    expect(r.err).toMatch(/alert input\.error: .*missing\.jsonl/);
    const report = await readReport(out);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.articles.map((a) => a.id)).toEqual(['r-clean', 'r-bad', 'ok-1', 'after-huge']);
    const errs = report.errors.map(
      (e) => `${e.input.replace(dir, '')}${e.line ? `:${e.line}` : ''} ${e.message}`,
    );
    expect(errs).toEqual([
      expect.stringMatching(/^\/broken\.jsonl:2 not valid JSON/),
      '/broken.jsonl:3 record has no "id"',
      '/broken.jsonl:4 record "no-title" has no "title"',
      expect.stringMatching(/^\/huge\.jsonl:1 line is 50\.0 MB, over the 20 MB limit; skipped$/),
      '/missing.jsonl no such file or directory',
    ]);
    expect(report.summary.errors).toBe(5);
    expect(r.out).toMatch(/input errors:/);
  });

  it('writes only the formats --format names, and refuses an unknown one before doing any work', async () => {
    const { dir, originals, republished, small } = await corpus();
    const out = join(dir, 'some');
    const r = await runCli([
      'check',
      '-o',
      originals,
      republished,
      '--format',
      'md,csv',
      '--out',
      out,
      ...small,
    ]);
    expect(r.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'alert-state.json',
      'alerts.json',
      'articles.csv',
      'history.jsonl',
      'issues.csv',
      'summary.md',
    ]);
    expect(r.out).toContain(`report: ${join(out, 'summary.md')}`);
    const bad = await runCli([
      'check',
      '-o',
      originals,
      republished,
      '--format',
      'json,pdf',
      '--out',
      join(dir, 'no'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--format: unknown report format "pdf"/);
    await expect(readdir(join(dir, 'no'))).rejects.toThrow(/ENOENT/);
  });

  it('exits 3 when nothing at all could be read', async () => {
    const dir = await tempDir();
    const r = await runCli(['check', join(dir, 'nothing.jsonl'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/nothing\.jsonl: no such file or directory/);
  });

  it('exits 2 on bad usage and on a bad config, naming the problem', async () => {
    const dir = await tempDir();
    expect((await runCli(['check', '--no-such-flag'])).code).toBe(2);
    const cfg = join(dir, 'cfg.json');
    await writeFile(cfg, JSON.stringify({ scoring: { article: { review: 'high' } } }));
    const r = await runCli(['check', '--config', cfg, '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cfg\.json: scoring\.article\.review: expected a number/);
  });

  it('exits 0 with no thresholds configured and 1 when a configured alert fires', async () => {
    const { dir, originals, republished, small } = await corpus();
    const cfg = join(dir, 'strict.json');
    // Some article scores below 100, so a mean-score floor of 100 must fire.
    await writeFile(cfg, JSON.stringify({ languages: LANGUAGES, alerts: { minMeanScore: 100 } }));
    expect(
      (await runCli(['check', '-o', originals, republished, '--out', join(dir, 'a'), ...small])).code,
    ).toBe(0);
    const strict = ['--config', cfg, ...MAIN_THREAD];
    const r = await runCli(['check', '-o', originals, republished, '--out', join(dir, 'b'), ...strict]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/alert run\.minMeanScore/);
  });
});

describe('a strict command line', () => {
  it('refuses a misspelt flag before doing any work', async () => {
    const { dir, originals, republished } = await corpus();
    const out = join(dir, 'never');
    const r = await runCli(['check', '--orginals', originals, republished, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Unknown argument: orginals/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a rule id the config names that does not exist, with a suggestion', async () => {
    const dir = await tempDir();
    const cfg = join(dir, 'cfg.json');
    await writeFile(cfg, JSON.stringify({ rules: { 'fluency/repeated-wrod': 'off' } }));
    const r = await runCli(['check', '--config', cfg, '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /rules\.fluency\/repeated-wrod: unknown rule \(did you mean "fluency\/repeated-word"\?\)/,
    );
  });
});
