/** The report formats `syndiq check` can write, chosen with `--format`; all of them by default. */
import { CsvWriter, ARTICLES_CSV, ISSUES_CSV } from './csv.js';
import { HTML_FILE, HtmlWriter } from './html/writer.js';
import { JSON_FILE, JsonWriter } from './json.js';
import { JUNIT_FILE, JunitWriter } from './junit.js';
import { MARKDOWN_FILE, SummaryMarkdownWriter } from './summary-md.js';
import type { ReportWriter } from './writer.js';

export const REPORT_FORMATS = ['json', 'html', 'md', 'junit', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The files each format writes into the output folder. */
export const FORMAT_FILES: Record<ReportFormat, readonly string[]> = {
  json: [JSON_FILE],
  html: [HTML_FILE],
  md: [MARKDOWN_FILE],
  junit: [JUNIT_FILE],
  csv: [ARTICLES_CSV, ISSUES_CSV],
};

export class FormatError extends Error {
  override name = 'FormatError';
}

/**
 * Formats from command-line values: each may list several, comma-separated; `all` means every format.
 * Order and repeats do not matter. An unknown name is an error that lists the known ones.
 */
export function parseFormats(values: readonly string[]): ReportFormat[] {
  const chosen = new Set<ReportFormat>();
  for (const value of values)
    for (const raw of value.split(',')) {
      const name = raw.trim().toLowerCase();
      if (name === '') continue;
      if (name === 'all') REPORT_FORMATS.forEach((f) => chosen.add(f));
      else if ((REPORT_FORMATS as readonly string[]).includes(name)) chosen.add(name as ReportFormat);
      else
        throw new FormatError(
          `unknown report format "${raw.trim()}" (choose from ${REPORT_FORMATS.join(', ')}, or all)`,
        );
    }
  if (chosen.size === 0)
    throw new FormatError(`no report format given (choose from ${REPORT_FORMATS.join(', ')}, or all)`);
  return REPORT_FORMATS.filter((f) => chosen.has(f));
}

export function createWriters(
  formats: readonly ReportFormat[],
  options: { appendMarkdown?: () => string | undefined } = {},
): ReportWriter[] {
  // the summary names how many articles the page shows, so it asks the page's writer at the end
  const html = formats.includes('html') ? new HtmlWriter() : null;
  return formats.map((f) => {
    switch (f) {
      case 'json':
        return new JsonWriter();
      case 'html':
        return html ?? new HtmlWriter();
      case 'md':
        return new SummaryMarkdownWriter({
          htmlFile: html ? HTML_FILE : null,
          ...(html ? { htmlShown: () => html.shown } : {}),
          ...(options.appendMarkdown ? { appendMarkdown: options.appendMarkdown } : {}),
        });
      case 'junit':
        return new JunitWriter();
      case 'csv':
        return new CsvWriter();
    }
  });
}
