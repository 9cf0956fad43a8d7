/**
 * Reporters as writers that take a run one article at a time, in the way Playwright's reporters take
 * `onBegin`/`onTestEnd`/`onEnd`: `begin` with what is known before the first article, `article` for
 * each result with its original's text, `end` with the totals and input errors. A writer keeps only what
 * its format needs (rendered rows, a bounded list of the worst articles, running counts), so a run that
 * streams its results never has to hold every article to write its reports.
 */
import type { ArticleResult, InputError, OriginalText, RunReport, RunSummary } from '../model.js';

/** What a run knows before its first article. */
export type RunHeader = Pick<RunReport, 'schemaVersion' | 'tool'> & {
  run: Omit<RunReport['run'], 'finishedAt'>;
};

/** What a run knows after its last article. */
export interface RunFooter {
  finishedAt: string;
  summary: RunSummary;
  errors: readonly InputError[];
}

/**
 * One file of the output folder, as the pieces it is written from: a large run's report is never
 * joined into one string (V8 caps a string near 512 Mi characters; the pieces are written in turn).
 */
export interface ReportFile {
  name: string;
  parts: readonly string[];
}

/** A file's whole text (for small reports and tests; writing goes piece by piece). */
export function fileText(file: ReportFile): string {
  return file.parts.join('');
}

export interface ReportWriter {
  begin(header: RunHeader): void;
  /** One checked article, with the text of its original (null when it has none). */
  article(result: ArticleResult, original: OriginalText | null): void;
  /** The finished files. */
  end(footer: RunFooter): ReportFile[];
}

/** Feed a finished report through writers, as a streaming run would. */
export function replayReport(report: RunReport, writers: readonly ReportWriter[]): ReportFile[] {
  const { finishedAt, ...run } = report.run;
  const header: RunHeader = { schemaVersion: report.schemaVersion, tool: report.tool, run };
  for (const w of writers) w.begin(header);
  const originals = new Map(report.originals.map((o) => [o.id, o]));
  for (const a of report.articles) {
    const original = a.original ? (originals.get(a.original.id) ?? null) : null;
    for (const w of writers) w.article(a, original);
  }
  const footer: RunFooter = { finishedAt, summary: report.summary, errors: report.errors };
  return writers.flatMap((w) => w.end(footer));
}
