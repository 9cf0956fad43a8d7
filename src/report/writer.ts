/**
 * Reporters as writers that take a run one article at a time, in the way Playwright's reporters take
 * `onBegin`/`onTestEnd`/`onEnd`: `begin` with what is known before the first article and where to
 * write, `article` for each result with its original's text, `end` with the totals and input errors.
 * A writer writes each article's text out as it comes (into its file, or into a scratch piece when the
 * file opens with totals known only at the end) and keeps only counts and bounded lists, so a run that
 * streams its results never holds every article to write its reports.
 */
import type { ArticleResult, InputError, OriginalText, RunReport, RunSummary } from '../model.js';
import { MemoryOutput, type ReportFile } from './output.js';

export type { ReportFile } from './output.js';

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

/** Text written front to back. */
export interface TextSink {
  write(text: string): void;
}

/** Where writers put their files: the report set's folder, or memory (tests, small reports). */
export interface ReportOutput {
  /** A file of the set, written front to back. */
  file(name: string): TextSink;
  /** A scratch piece, for text whose file cannot be begun yet; copied into a file with `copy`. */
  scratch(): TextSink;
  /** Append a scratch piece of this output to one of its files (the piece is then gone). */
  copy(scratch: TextSink, into: TextSink): void;
}

/** A file's whole text (for small reports and tests; writing goes piece by piece). */
export function fileText(file: ReportFile): string {
  return file.parts.join('');
}

export interface ReportWriter {
  begin(header: RunHeader, output: ReportOutput): void;
  /** One checked article, with the text of its original (null when it has none). */
  article(result: ArticleResult, original: OriginalText | null): void;
  /** Write what is left and finish the files. */
  end(footer: RunFooter): void;
}

/** A finished report as the calls a streaming run makes: `begin`, `article` for each, then the footer. */
export function replayInto(
  report: RunReport,
  into: {
    begin(header: RunHeader): void;
    article(result: ArticleResult, original: OriginalText | null): void;
  },
): RunFooter {
  const { finishedAt, ...run } = report.run;
  into.begin({ schemaVersion: report.schemaVersion, tool: report.tool, run });
  const originals = new Map(report.originals.map((o) => [o.id, o]));
  for (const a of report.articles)
    into.article(a, a.original ? (originals.get(a.original.id) ?? null) : null);
  return { finishedAt, summary: report.summary, errors: report.errors };
}

/** Feed a finished report through writers, as a streaming run would. */
export function feedReport(report: RunReport, writers: readonly ReportWriter[], output: ReportOutput): void {
  const footer = replayInto(report, {
    begin: (header) => writers.forEach((w) => w.begin(header, output)),
    article: (result, original) => writers.forEach((w) => w.article(result, original)),
  });
  for (const w of writers) w.end(footer);
}

/** The files writers make of a finished report, in memory. */
export function replayReport(report: RunReport, writers: readonly ReportWriter[]): ReportFile[] {
  const output = new MemoryOutput();
  feedReport(report, writers, output);
  return output.files();
}
