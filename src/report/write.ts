/** Write the chosen report formats into the output folder, as one set switched in atomically. */
import type { RunReport } from '../model.js';
import { writeReportSet } from './report-set.js';
import { createWriters, FORMAT_FILES, REPORT_FORMATS, type ReportFormat } from './formats.js';
import { replayReport } from './writer.js';

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
  /** Markdown appended to summary.md (the feeds' trends). */
  appendMarkdown?: string;
}

/** Returns the paths written. */
export async function writeReports(
  report: RunReport,
  outDir: string,
  options: WriteReportsOptions = {},
): Promise<string[]> {
  const files = replayReport(report, createWriters(options.formats ?? REPORT_FORMATS));
  const withExtras = files.map(({ name, parts }) => ({
    name,
    parts:
      name === REPORT_FILES.markdown && options.appendMarkdown
        ? [...parts, `\n${options.appendMarkdown}`]
        : parts,
  }));
  // what is not a report (the alert state a nightly run keeps beside its reports) stays with the folder
  const reportFiles = new Set(Object.values(FORMAT_FILES).flat());
  return writeReportSet(outDir, withExtras, (name) => !reportFiles.has(name) && !name.startsWith('.'));
}
