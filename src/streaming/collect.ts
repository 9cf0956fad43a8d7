/** The whole report of a streamed run, for library users and tests that want every result at hand. */
import type { ArticleResult, OriginalText, RunReport } from '../model.js';
import type { RunFooter, RunHeader } from '../report/writer.js';
import type { RunConsumer } from './check-stream.js';

export class ReportCollector implements RunConsumer {
  #header: RunHeader | null = null;
  readonly #articles: ArticleResult[] = [];
  readonly #originals = new Map<string, OriginalText>();

  begin(header: RunHeader): void {
    this.#header = header;
  }

  article(result: ArticleResult, original: OriginalText | null): void {
    this.#articles.push(result);
    if (original && !this.#originals.has(original.id)) this.#originals.set(original.id, original);
  }

  report(footer: RunFooter): RunReport {
    if (!this.#header) throw new Error('ReportCollector: report() before begin()');
    const { startedAt, ...rest } = this.#header.run;
    return {
      schemaVersion: this.#header.schemaVersion,
      tool: this.#header.tool,
      run: { startedAt, finishedAt: footer.finishedAt, ...rest },
      summary: footer.summary,
      errors: [...footer.errors],
      articles: this.#articles,
      originals: [...this.#originals.values()],
    };
  }
}

/** Several consumers as one, each called in turn. */
export function teeConsumers(...consumers: RunConsumer[]): RunConsumer {
  return {
    begin: (header) => consumers.forEach((c) => c.begin(header)),
    article: (result, original) => consumers.forEach((c) => c.article(result, original)),
  };
}
