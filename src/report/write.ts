/** Write every report format into the output folder, each file atomically. */
import { join } from 'node:path';
import type { RunReport } from '../model.js';
import { writeFileAtomic } from './atomic.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderSummaryMarkdown } from './summary-md.js';

export const REPORT_FILES = {
  json: 'report.json',
  markdown: 'summary.md',
  junit: 'junit.xml',
} as const;

export async function writeReports(report: RunReport, outDir: string): Promise<string[]> {
  const files: [string, string][] = [
    [REPORT_FILES.json, renderJson(report)],
    [REPORT_FILES.markdown, renderSummaryMarkdown(report)],
    [REPORT_FILES.junit, renderJunit(report)],
  ];
  const written: string[] = [];
  for (const [name, content] of files) {
    const path = join(outDir, name);
    await writeFileAtomic(path, content);
    written.push(path);
  }
  return written;
}
