/**
 * Reports of any size: each file is written from pieces (one or a few per article), never joined
 * into one string, which V8 caps near 512 Mi characters; report.html embeds a bounded share of the
 * articles and says so, while report.json keeps them all.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvWriter } from '../../src/report/csv.js';
import { HtmlWriter } from '../../src/report/html/writer.js';
import { JsonWriter } from '../../src/report/json.js';
import { JunitWriter } from '../../src/report/junit.js';
import { SummaryMarkdownWriter } from '../../src/report/summary-md.js';
import { writeReports } from '../../src/report/write.js';
import { fileText, replayReport } from '../../src/report/writer.js';
import { fixtureReport } from '../helpers/report-fixture.js';
import { tempDir } from '../helpers/tmp.js';

describe('report files of a large run', () => {
  const report = fixtureReport(40);

  it('are built from pieces that grow with the articles, not from one string', () => {
    for (const writer of [new JsonWriter(), new CsvWriter(), new JunitWriter()]) {
      for (const file of replayReport(report, [writer])) {
        expect(file.parts.length, file.name).toBeGreaterThanOrEqual(report.articles.length);
        const longest = Math.max(...file.parts.map((p) => p.length));
        expect(longest, file.name).toBeLessThan(fileText(file).length / 4);
      }
    }
    // the pieces make exactly the document the contract describes
    expect(fileText(replayReport(report, [new JsonWriter()])[0]!)).toBe(
      `${JSON.stringify(report, null, 2)}\n`,
    );
  });

  it('are written piece by piece into the report set', async () => {
    const out = join(await tempDir(), 'out');
    await writeReports(report, out, { formats: ['json'] });
    expect(await readFile(join(out, 'report.json'), 'utf8')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('embed a bounded share of the articles in report.html, the worst ones, and say so', () => {
    const one = Math.max(...report.articles.map((a) => JSON.stringify(a).length));
    const html = fileText(replayReport(report, [new HtmlWriter({ maxArticleChars: one * 10 })])[0]!);
    expect(html).toMatch(/this page shows the \d+ worst of the \d+ articles, report\.json all of them/);
    const full = fileText(replayReport(report, [new HtmlWriter()])[0]!);
    expect(full).not.toMatch(/worst of the/);
    expect(html.length).toBeLessThan(full.length);
    // every article that did not pass is worse than every one that did: those are the ones kept
    const embedded = (page: string): { id: string; verdict: string }[] => {
      const m = /<script type="application\/json" id="syndiq-data">([\s\S]*?)<\/script>/.exec(page)!;
      return (JSON.parse(m[1]!) as { articles: { id: string; verdict: string }[] }).articles;
    };
    const shown = embedded(html);
    const notPassing = report.articles.filter((a) => a.verdict !== 'pass');
    expect(notPassing.length).toBeGreaterThan(0);
    expect(shown.length).toBeGreaterThanOrEqual(Math.min(9, notPassing.length));
    if (shown.length >= notPassing.length)
      expect(shown.filter((a) => a.verdict !== 'pass').map((a) => a.id)).toEqual(notPassing.map((a) => a.id));
    else expect(shown.every((a) => a.verdict !== 'pass')).toBe(true);
    // in the order of the run
    const order = report.articles.map((a) => a.id);
    const at = shown.map((a) => order.indexOf(a.id));
    expect(at).toEqual([...at].sort((x, y) => x - y));
    expect(embedded(full)).toHaveLength(report.articles.length);
  });

  it('say in summary.md how many articles report.html shows when it keeps only the worst', () => {
    const one = Math.max(...report.articles.map((a) => JSON.stringify(a).length));
    const summaryBeside = (html: HtmlWriter): string => {
      const md = new SummaryMarkdownWriter({ htmlFile: 'report.html', htmlShown: () => html.shown });
      const files = replayReport(report, [html, md]);
      return fileText(files.find((f) => f.name === 'summary.md')!);
    };
    const bounded = new HtmlWriter({ maxArticleChars: one * 10 });
    const text = summaryBeside(bounded);
    expect(bounded.shown.kept).toBeLessThan(report.articles.length);
    expect(text).toContain(
      `The ${bounded.shown.kept} worst of the ${report.articles.length} articles (report.json has them all)`,
    );
    expect(summaryBeside(new HtmlWriter())).toMatch(/^Every article, with its findings highlighted/m);
  });
});
