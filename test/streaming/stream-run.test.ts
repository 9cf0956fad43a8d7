/**
 * A run streamed from its inputs to its report writers: every input item ends as a result or an error
 * entry, what the run keeps besides the reports holds no article text, the results go through the
 * report set's scratch pieces while the run goes on, and report.json says what the collected report
 * (and the whole-input path) says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleResult, OriginalText } from '../../src/model.js';
import { ReportSetStream } from '../../src/report/write.js';
import { loadResources, runLanguages } from '../../src/resources.js';
import { checkInputs, readRunInputs, type CheckRunOptions } from '../../src/run.js';
import { streamCheck } from '../../src/streaming/check-stream.js';
import { ReportCollector, teeConsumers } from '../../src/streaming/collect.js';
import { RunDigest } from '../../src/streaming/digest.js';
import { validateReport } from '../helpers/report-contract.js';
import { languagesConfig } from '../helpers/small-run.js';
import { tempDir } from '../helpers/tmp.js';

const SAMPLES = new URL('../../corpora/samples/', import.meta.url).pathname;
/** The languages of the bundled samples: runs over them load no other language. */
const SAMPLE_LANGUAGES = ['en', 'de', 'es', 'ru', 'uk'];
const fixedClock = (): (() => Date) => () => new Date('2026-03-01T06:00:00.000Z');

/** A JSON Lines file of our own with every kind of line: good, broken, incomplete, repeated, blank. */
async function mixedInputs(): Promise<{ dir: string; files: string[]; lines: Map<string, number> }> {
  const dir = await tempDir();
  const a = join(dir, 'a.jsonl');
  const b = join(dir, 'b.jsonl');
  const good = (id: string, n: number): string =>
    JSON.stringify({
      id,
      title: `Harbour crane number ${n} is repaired`,
      body: `Engineers finished repairing crane ${n} at the northern harbour on Tuesday.\n\nShips waiting since the weekend were unloaded the same evening.`,
    });
  const aLines = [
    good('x-1', 1),
    '{"id": "x-2", "title": broken',
    good('x-3', 3),
    '',
    '{"id":"x-4"}',
    good('x-1', 5),
  ];
  const bLines = [good('x-3', 6), good('y-1', 7), '[1, 2]'];
  await writeFile(a, aLines.join('\n'));
  await writeFile(b, bLines.join('\n'));
  const lines = new Map([
    [a, aLines.filter((l) => l.trim()).length],
    [b, bLines.filter((l) => l.trim()).length],
  ]);
  return { dir, files: [a, b, join(dir, 'missing.jsonl')], lines };
}

describe('a streamed check run', () => {
  for (const workers of [0, 2])
    it(`ends every input item as a result or an error entry (workers: ${workers})`, async () => {
      const { files, lines } = await mixedInputs();
      const results: ArticleResult[] = [];
      const footer = await streamCheck(
        // English records: the workers load no other language
        { inputs: files, originals: [], config: languagesConfig(['en']), workers, resultCacheDir: null },
        { begin: () => undefined, article: (r) => results.push(r) },
      );
      expect(results.map((r) => r.id)).toEqual(['x-1', 'x-3', 'y-1']);
      for (const [file, count] of lines) {
        const checked = results.filter((r) => r.input === file).length;
        // each error names its line, or (an id read before from another input) the id
        const errors = footer.errors.filter((e) => e.input === file);
        for (const e of errors)
          expect(e.line !== undefined || /duplicate id "x-3"/.test(e.message)).toBe(true);
        expect(checked + errors.length, file).toBe(count);
      }
      expect(footer.errors.filter((e) => e.input.endsWith('missing.jsonl'))).toHaveLength(1);
      expect(footer.summary.articles).toBe(3);
      expect(footer.summary.errors).toBe(footer.errors.length);
    });

  describe('over the bundled samples', () => {
    const config = languagesConfig(SAMPLE_LANGUAGES);
    // loaded once for the runs below (each run would otherwise load them again)
    const resources = loadResources({ languages: runLanguages(config) });

    it('writes report.json with the content of the collected report and of the whole-input path', async () => {
      const options: CheckRunOptions = {
        inputs: [join(SAMPLES, 'republished.jsonl')],
        originals: [join(SAMPLES, 'originals.jsonl')],
        config,
        resources,
        resultCacheDir: null,
        now: fixedClock(),
      };
      const out = join(await tempDir(), 'out');
      const reports = await ReportSetStream.open(out, { formats: ['json'] });
      const collector = new ReportCollector();
      const footer = await streamCheck(options, teeConsumers(collector, reports));
      await reports.commit(footer);
      const written = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as unknown;
      const collected = collector.report(footer);
      expect(written).toEqual(JSON.parse(JSON.stringify(collected)));
      expect(validateReport(written), JSON.stringify(validateReport.errors)).toBe(true);
      expect(collected.articles.length).toBeGreaterThan(5);
      expect(collected.originals.length).toBeGreaterThan(0);
      // the same run with every input read first, then checked
      const whole = checkInputs(await readRunInputs(options), options);
      expect(written).toEqual(JSON.parse(JSON.stringify(whole)));
    });

    it('spills each result into the report set as it goes and keeps no article text beside it', async () => {
      const options: CheckRunOptions = {
        inputs: [join(SAMPLES, 'republished.jsonl')],
        originals: [join(SAMPLES, 'originals.jsonl')],
        config: { ...config, alerts: { ...config.alerts, article: { scoreBelow: 101 } } },
        resources,
        resultCacheDir: null,
      };
      const out = join(await tempDir(), 'out');
      const reports = await ReportSetStream.open(out, {
        formats: ['json', 'junit', 'csv', 'md'],
        bufferChars: 1,
      });
      const digest = new RunDigest(options.config);
      const bodies: string[] = [];
      let spilled = '';
      const footer = await streamCheck(options, {
        ...teeConsumers(digest, reports),
        article(result: ArticleResult, original: OriginalText | null) {
          digest.article(result);
          reports.article(result, original);
          bodies.push(result.body);
          if (bodies.length === 4) spilled = scratchText(reports.set.dir);
        },
      });
      // a result checked before is already on disk, in the set's scratch pieces
      expect(spilled).toContain(JSON.stringify(bodies[0]).slice(1, 40));
      digest.end(footer);
      const kept = JSON.stringify([digest.console(), digest.alerts([]), digest.tonight()]);
      expect(digest.alerts([]).length).toBeGreaterThanOrEqual(bodies.length);
      for (const body of bodies)
        for (const paragraph of body.split('\n\n')) expect(kept).not.toContain(paragraph);
      await reports.commit(footer);
      expect((await readdir(out)).filter((n) => n.startsWith('.scratch'))).toEqual([]);
      const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as { articles: unknown[] };
      expect(report.articles).toHaveLength(bodies.length);
    });
  });
});

/** Everything in the set folder's scratch pieces, read synchronously mid-run. */
function scratchText(dir: string): string {
  return readdirSync(dir)
    .filter((n) => n.startsWith('.scratch-'))
    .map((n) => readFileSync(join(dir, n), 'utf8'))
    .join('');
}
