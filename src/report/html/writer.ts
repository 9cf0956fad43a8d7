/**
 * `report.html`: one self-contained page for editors. The run is embedded once, as the same JSON as
 * report.json (compact), and the page renders it lazily in the browser (report-ui/app.js).
 */
import type { ArticleResult, OriginalText, RunReport } from '../../model.js';
import {
  replayReport,
  type ReportFile,
  type ReportWriter,
  type RunFooter,
  type RunHeader,
} from '../writer.js';
import { renderPage } from './page.js';

export const HTML_FILE = 'report.html';

export class HtmlWriter implements ReportWriter {
  #header: RunHeader | null = null;
  readonly #articles: string[] = [];
  readonly #originals = new Map<string, string>();

  begin(header: RunHeader): void {
    this.#header = header;
  }

  article(result: ArticleResult, original: OriginalText | null): void {
    this.#articles.push(JSON.stringify(result));
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
    const subtitle = `${tool.name} ${tool.version}, run of ${startedAt}: ${s.articles} articles (${s.fail} fail, ${s.review} review, ${s.pass} pass), mean score ${s.meanScore}, ${s.errors} input error(s)`;
    return [{ name: HTML_FILE, content: renderPage({ subtitle, json }) }];
  }
}

export function renderHtml(report: RunReport): string {
  return replayReport(report, [new HtmlWriter()])[0]!.content;
}
