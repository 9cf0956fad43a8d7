/** Write the chosen report formats into the output folder, each file atomically. */
import { join } from 'node:path';
import type { RunReport } from '../model.js';
import { writeFileAtomic } from './atomic.js';
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
  const written: string[] = [];
  for (const { name, content } of files) {
    const path = join(outDir, name);
    const extra =
      name === REPORT_FILES.markdown && options.appendMarkdown ? `\n${options.appendMarkdown}` : '';
    await writeFileAtomic(path, content + extra);
    written.push(path);
  }
  return written;
}
