/**
 * `report.html`: one self-contained page for editors. The run is embedded once, as the same JSON as
 * report.json (compact), and the page renders it lazily in the browser (report-ui/app.js).
 */
import type { ArticleResult, OriginalText, RunReport } from '../../model.js';
import {
  fileText,
  replayReport,
  type ReportOutput,
  type ReportWriter,
  type RunFooter,
  type RunHeader,
} from '../writer.js';
import { EmbeddedArticles } from './embedded.js';
import { renderPageParts } from './page.js';

export const HTML_FILE = 'report.html';

/**
 * Characters of article JSON one page embeds. The page is one document a browser must load whole: a
 * run larger than this shows its worst articles that fit and says so (the summary counts every
 * article either way, and report.json holds them all).
 */
export const HTML_MAX_ARTICLE_CHARS = 64 * 1024 * 1024;

export class HtmlWriter implements ReportWriter {
  #header: RunHeader | null = null;
  #output: ReportOutput | null = null;
  readonly #embedded: EmbeddedArticles;

  constructor(options: { maxArticleChars?: number } = {}) {
    this.#embedded = new EmbeddedArticles(options.maxArticleChars ?? HTML_MAX_ARTICLE_CHARS);
  }

  begin(header: RunHeader, output: ReportOutput): void {
    this.#header = header;
    this.#output = output;
  }

  article(result: ArticleResult, original: OriginalText | null): void {
    this.#embedded.add(result, original);
  }

  /** How many of the articles seen so far the page shows (fewer past its budget: the worst). */
  get shown(): { kept: number; seen: number } {
    return { kept: this.#embedded.kept, seen: this.#embedded.seen };
  }

  end(footer: RunFooter): void {
    if (!this.#header || !this.#output) throw new Error('HtmlWriter: end() before begin()');
    const { schemaVersion, tool, run } = this.#header;
    const { startedAt, ...rest } = run;
    const head = JSON.stringify({
      schemaVersion,
      tool,
      run: { startedAt, finishedAt: footer.finishedAt, ...rest },
      summary: footer.summary,
      errors: footer.errors,
    });
    const e = this.#embedded;
    const json = [
      `${head.slice(0, -1)},"articles":[`,
      ...e.articlesJson().map((a, i) => (i ? `,${a}` : a)),
      '],"originals":[',
      ...e.originalsJson().map((o, i) => (i ? `,${o}` : o)),
      ']}',
    ];
    const s = footer.summary;
    const shown =
      e.kept < e.seen
        ? `; this page shows the ${e.kept} worst of the ${e.seen} articles, report.json all of them`
        : '';
    const subtitle = `${tool.name} ${tool.version}, run of ${startedAt}: ${s.articles} articles (${s.fail} fail, ${s.review} review, ${s.pass} pass), mean score ${s.meanScore}, ${s.errors} input error(s)${shown}`;
    const file = this.#output.file(HTML_FILE);
    for (const part of renderPageParts({ subtitle, json })) file.write(part);
  }
}

export function renderHtml(report: RunReport): string {
  return fileText(replayReport(report, [new HtmlWriter()])[0]!);
}
