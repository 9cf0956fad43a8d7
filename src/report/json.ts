/**
 * `report.json`: the machine-readable contract (schema/report.schema.json). Written article by article
 * (the articles and originals into scratch pieces while the run goes on, then the file: its opening
 * carries the totals); the result is byte-identical to `JSON.stringify(report, null, 2)`.
 */
import type { ArticleResult, OriginalText, RunReport } from '../model.js';
import {
  fileText,
  replayReport,
  type ReportOutput,
  type ReportWriter,
  type RunFooter,
  type RunHeader,
  type TextSink,
} from './writer.js';

export const JSON_FILE = 'report.json';

/** `value` as pretty JSON nested `depth` levels deep (two spaces a level), without the first indent. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** A JSON array at depth 1 whose items are written one by one, as they come. */
class StreamedArray {
  count = 0;
  constructor(readonly sink: TextSink) {}

  add(item: string): void {
    this.sink.write(this.count++ ? `,\n    ${item}` : item);
  }

  copyInto(output: ReportOutput, file: TextSink): void {
    if (this.count === 0) return file.write('[]');
    file.write('[\n    ');
    output.copy(this.sink, file);
    file.write('\n  ]');
  }
}

export class JsonWriter implements ReportWriter {
  #header: RunHeader | null = null;
  #output: ReportOutput | null = null;
  #articles: StreamedArray | null = null;
  #originals: StreamedArray | null = null;
  readonly #originalIds = new Set<string>();

  begin(header: RunHeader, output: ReportOutput): void {
    this.#header = header;
    this.#output = output;
    this.#articles = new StreamedArray(output.scratch());
    this.#originals = new StreamedArray(output.scratch());
  }

  article(result: ArticleResult, original: OriginalText | null): void {
    this.#articles!.add(nested(result, 2));
    if (original && !this.#originalIds.has(original.id)) {
      this.#originalIds.add(original.id);
      this.#originals!.add(nested(original, 2));
    }
  }

  end(footer: RunFooter): void {
    const output = this.#output;
    if (!this.#header || !output) throw new Error('JsonWriter: end() before begin()');
    const { schemaVersion, tool, run } = this.#header;
    const { startedAt, ...rest } = run;
    const head = {
      schemaVersion,
      tool,
      run: { startedAt, finishedAt: footer.finishedAt, ...rest },
      summary: footer.summary,
      errors: footer.errors,
    };
    const file = output.file(JSON_FILE);
    file.write(`${JSON.stringify(head, null, 2).replace(/\n}$/, '')},\n  "articles": `);
    this.#articles!.copyInto(output, file);
    file.write(',\n  "originals": ');
    this.#originals!.copyInto(output, file);
    file.write('\n}\n');
  }
}

export function renderJson(report: RunReport): string {
  return fileText(replayReport(report, [new JsonWriter()])[0]!);
}
