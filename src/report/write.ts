/** Write the chosen report formats into the output folder, as one set switched in atomically. */
import type { ArticleResult, OriginalText, RunReport } from '../model.js';
import { createWriters, FORMAT_FILES, REPORT_FORMATS, type ReportFormat } from './formats.js';
import { FolderOutput } from './output.js';
import { openReportSet, type PendingReportSet } from './report-set.js';
import { replayInto, type ReportWriter, type RunFooter, type RunHeader } from './writer.js';

/** The file of each format (csv writes two: articles.csv and issues.csv). */
export const REPORT_FILES = {
  json: FORMAT_FILES.json[0]!,
  html: FORMAT_FILES.html[0]!,
  markdown: FORMAT_FILES.md[0]!,
  junit: FORMAT_FILES.junit[0]!,
  articlesCsv: FORMAT_FILES.csv[0]!,
  issuesCsv: FORMAT_FILES.csv[1]!,
} as const;

export interface WriteReportsOptions {
  /** Default: every format. */
  formats?: readonly ReportFormat[];
  /** Markdown appended to summary.md (the feeds' trends); a function is asked once the run is over. */
  appendMarkdown?: string | (() => string | undefined);
  /** Characters each file holds before they are written out (default about a megabyte). */
  bufferChars?: number;
}

/**
 * The reports of a run that is still going: each article goes to the writers as it is checked (into
 * files of a new report set), and `commit` switches the output folder to the set once it is whole.
 */
export class ReportSetStream {
  readonly #output: FolderOutput;
  readonly #writers: ReportWriter[];
  readonly #formats: readonly ReportFormat[];

  private constructor(
    readonly set: PendingReportSet,
    options: WriteReportsOptions,
  ) {
    this.#output = new FolderOutput(set.dir, options.bufferChars);
    this.#formats = options.formats ?? REPORT_FORMATS;
    const extra = options.appendMarkdown;
    this.#writers = createWriters(this.#formats, {
      ...(extra !== undefined ? { appendMarkdown: typeof extra === 'string' ? () => extra : extra } : {}),
    });
  }

  static async open(outDir: string, options: WriteReportsOptions = {}): Promise<ReportSetStream> {
    return new ReportSetStream(await openReportSet(outDir), options);
  }

  begin(header: RunHeader): void {
    for (const w of this.#writers) w.begin(header, this.#output);
  }

  article(result: ArticleResult, original: OriginalText | null): void {
    for (const w of this.#writers) w.article(result, original);
  }

  /** Finish the files and switch the output folder to them; returns the paths written. */
  async commit(footer: RunFooter): Promise<string[]> {
    try {
      for (const w of this.#writers) w.end(footer);
    } catch (e) {
      await this.discard();
      throw e;
    } finally {
      this.#output.close();
    }
    // what is not a report (the alert state a nightly run keeps beside its reports) stays with the folder
    const reportFiles = new Set(Object.values(FORMAT_FILES).flat());
    const names = this.#formats.flatMap((f) => FORMAT_FILES[f]);
    return this.set.commit(names, (name) => !reportFiles.has(name) && !name.startsWith('.'));
  }

  /** Give the set up (the output folder keeps its previous reports). */
  async discard(): Promise<void> {
    this.#output.close();
    await this.set.discard();
  }
}

/** Returns the paths written. */
export async function writeReports(
  report: RunReport,
  outDir: string,
  options: WriteReportsOptions = {},
): Promise<string[]> {
  const stream = await ReportSetStream.open(outDir, options);
  let footer: RunFooter;
  try {
    footer = replayInto(report, stream);
  } catch (e) {
    await stream.discard();
    throw e;
  }
  return stream.commit(footer);
}
