/**
 * `report.json`: the machine-readable contract (schema/report.schema.json). Written article by article;
 * the result is byte-identical to `JSON.stringify(report, null, 2)`.
 */
import type { ArticleResult, OriginalText, RunReport } from '../model.js';
import {
  fileText,
  replayReport,
  type ReportFile,
  type ReportWriter,
  type RunFooter,
  type RunHeader,
} from './writer.js';

export const JSON_FILE = 'report.json';

/** `value` as pretty JSON nested `depth` levels deep (two spaces a level), without the first indent. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** A JSON array of items already rendered at depth 2, as pieces (one per item). */
function arrayParts(items: readonly string[]): string[] {
  if (items.length === 0) return ['[]'];
  return ['[\n    ', ...items.map((item, i) => (i ? `,\n    ${item}` : item)), '\n  ]'];
}

export class JsonWriter implements ReportWriter {
  #header: RunHeader | null = null;
  #articles: string[] = [];
  #originals = new Map<string, string>();

  begin(header: RunHeader): void {
    this.#header = header;
  }

  article(result: ArticleResult, original: OriginalText | null): void {
    this.#articles.push(nested(result, 2));
    if (original && !this.#originals.has(original.id)) this.#originals.set(original.id, nested(original, 2));
  }

  end(footer: RunFooter): ReportFile[] {
    if (!this.#header) throw new Error('JsonWriter: end() before begin()');
    const { schemaVersion, tool, run } = this.#header;
    const { startedAt, ...rest } = run;
    const head = {
      schemaVersion,
      tool,
      run: { startedAt, finishedAt: footer.finishedAt, ...rest },
      summary: footer.summary,
      errors: footer.errors,
    };
    const opening = JSON.stringify(head, null, 2).replace(/\n}$/, '');
    return [
      {
        name: JSON_FILE,
        parts: [
          `${opening},\n  "articles": `,
          ...arrayParts(this.#articles),
          ',\n  "originals": ',
          ...arrayParts([...this.#originals.values()]),
          '\n}\n',
        ],
      },
    ];
  }
}

export function renderJson(report: RunReport): string {
  return fileText(replayReport(report, [new JsonWriter()])[0]!);
}
