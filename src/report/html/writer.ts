/**
 * `report.html`: one self-contained page for editors. The run is embedded once, as the same JSON as
 * report.json (compact), and the page renders it lazily in the browser (report-ui/app.js).
 */
import type { ArticleResult, OriginalText, RunReport } from '../../model.js';
import {
  fileText,
  replayReport,
  type ReportFile,
  type ReportWriter,
  type RunFooter,
  type RunHeader,
} from '../writer.js';
import { renderPage } from './page.js';

export const HTML_FILE = 'report.html';

/**
 * Characters of article JSON one page embeds. The page is one document a browser must load whole: a
 * run larger than this shows its first articles and says how many more report.json holds (the
 * summary counts every article either way).
 */
export const HTML_MAX_ARTICLE_CHARS = 64 * 1024 * 1024;

export class HtmlWriter implements ReportWriter {
  #header: RunHeader | null = null;
  readonly #articles: string[] = [];
  readonly #originals = new Map<string, string>();
  #chars = 0;
  #omitted = 0;

  constructor(private readonly options: { maxArticleChars?: number } = {}) {}

  begin(header: RunHeader): void {
    this.#header = header;
  }

  article(result: ArticleResult, original: OriginalText | null): void {
    const json = JSON.stringify(result);
    if (
      this.#omitted > 0 ||
      this.#chars + json.length > (this.options.maxArticleChars ?? HTML_MAX_ARTICLE_CHARS)
    ) {
      this.#omitted++;
      return;
    }
    this.#chars += json.length;
    this.#articles.push(json);
    if (original && !this.#originals.has(original.id))
      this.#originals.set(original.id, JSON.stringify(original));
  }

  end(footer: RunFooter): ReportFile[] {
    if (!this.#header) throw new Error('HtmlWriter: end() before begin()');
    const { schemaVersion, tool, run } = this.#header;
    const { startedAt, ...rest } = run;
    const head = JSON.stringify({
      schemaVersion,
      tool,
      run: { startedAt, finishedAt: footer.finishedAt, ...rest },
      summary: footer.summary,
      errors: footer.errors,
    });
    const json = `${head.slice(0, -1)},"articles":[${this.#articles.join(',')}],"originals":[${[...this.#originals.values()].join(',')}]}`;
    const s = footer.summary;
    const subtitle = `${tool.name} ${tool.version}, run of ${startedAt}: ${s.articles} articles (${s.fail} fail, ${s.review} review, ${s.pass} pass), mean score ${s.meanScore}, ${s.errors} input error(s)${this.#omitted ? `; this page shows the first ${this.#articles.length} articles, report.json all of them` : ''}`;
    return [{ name: HTML_FILE, parts: [renderPage({ subtitle, json })] }];
  }
}

export function renderHtml(report: RunReport): string {
  return fileText(replayReport(report, [new HtmlWriter()])[0]!);
}
