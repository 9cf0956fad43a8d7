/**
 * `summary.md`: the run at a glance for CI (a GitHub job summary): totals, issues by kind, one line per
 * feed, the worst articles with their lead finding, input errors, and where the full report is.
 */
import type { ArticleResult, RunReport } from '../model.js';
import { RunTally, type WorstArticle } from './tally.js';
import { markdownText } from './safe-text.js';
import { oneLine } from './text.js';
import {
  fileText,
  replayReport,
  type ReportOutput,
  type ReportWriter,
  type RunFooter,
  type RunHeader,
} from './writer.js';

export const MARKDOWN_FILE = 'summary.md';

/** How many of the worst articles and input errors the summary lists (the rest are in the full reports). */
const WORST_LISTED = 25;
const ERRORS_LISTED = 20;

/** Article text made inert for a Markdown table cell or list item (links, images, HTML, `|`, controls). */
const escapeCell = markdownText;

function findingCell(a: WorstArticle): string {
  const i = a.lead;
  if (!i) return '—';
  const more = a.issues > 1 ? ` (+${a.issues - 1} more)` : '';
  return `**${i.severity}** ${i.kind}: ${escapeCell(oneLine(i.message, 90))}${more}`;
}

export interface SummaryMarkdownOptions {
  /** The HTML report beside it, named in the summary; null when none is written. */
  htmlFile: string | null;
  /** How many articles that page shows, asked at the end (a very large run's page keeps the worst). */
  htmlShown?: () => { kept: number; seen: number };
  /** Markdown appended at the end (the feeds' trends), asked for once the run is over. */
  appendMarkdown?: () => string | undefined;
}

export class SummaryMarkdownWriter implements ReportWriter {
  readonly #tally = new RunTally(WORST_LISTED);
  #output: ReportOutput | null = null;

  constructor(readonly options: SummaryMarkdownOptions) {}

  begin(_header: RunHeader, output: ReportOutput): void {
    this.#output = output;
  }

  article(result: ArticleResult): void {
    this.#tally.add(result);
  }

  end({ summary: s, errors }: RunFooter): void {
    if (!this.#output) throw new Error('SummaryMarkdownWriter: end() before begin()');
    const t = this.#tally;
    const lines: string[] = [
      '# syndiq report',
      '',
      `${s.articles} articles checked: **${s.fail} fail**, **${s.review} review**, **${s.pass} pass**; mean score ${s.meanScore}; ${s.errors} input error(s).`,
      '',
    ];
    if (this.options.htmlFile) {
      const shown = this.options.htmlShown?.();
      const which =
        shown && shown.kept < shown.seen
          ? `The ${shown.kept} worst of the ${shown.seen} articles (report.json has them all)`
          : 'Every article';
      lines.push(
        `${which}, with its findings highlighted beside the original: open \`${this.options.htmlFile}\` from this report's folder in a browser.`,
        '',
      );
    }
    if (t.kinds.length) {
      lines.push('## Issues by kind', '', '| kind | issues |', '|---|---|');
      for (const [kind, n] of t.kinds) lines.push(`| ${kind} | ${n} |`);
      lines.push('');
    }
    if (t.feeds.length) {
      lines.push(
        '## Per feed',
        '',
        '| feed | articles | fail | review | pass | mean score | issues |',
        '|---|---|---|---|---|---|---|',
      );
      for (const f of t.feeds)
        lines.push(
          `| ${escapeCell(oneLine(f.feed, 80))} | ${f.articles} | ${f.fail} | ${f.review} | ${f.pass} | ${f.meanScore} | ${f.issues} |`,
        );
      lines.push('');
    }
    if (t.worst.length) {
      lines.push(
        '## Worst articles',
        '',
        '| verdict | score | headline | id | title | lead finding |',
        '|---|---|---|---|---|---|',
      );
      for (const a of t.worst)
        lines.push(
          `| ${a.verdict} | ${a.score} | ${a.headline.verdict} (${a.headline.score}) | ${escapeCell(oneLine(a.id, 40))} | ${escapeCell(oneLine(a.title, 70))} | ${findingCell(a)} |`,
        );
      const notListed = s.fail + s.review - t.worst.length;
      if (notListed > 0) lines.push('', `… and ${notListed} more that did not pass.`);
      lines.push('');
    }
    if (errors.length) {
      lines.push('## Input errors', '');
      for (const e of errors.slice(0, ERRORS_LISTED))
        lines.push(
          `- ${escapeCell(e.input)}${e.line ? `:${e.line}` : ''}: ${escapeCell(oneLine(e.message, 200))}`,
        );
      if (errors.length > ERRORS_LISTED) lines.push(`- … and ${errors.length - ERRORS_LISTED} more`);
      lines.push('');
    }
    const file = this.#output.file(MARKDOWN_FILE);
    file.write(lines.join('\n'));
    const extra = this.options.appendMarkdown?.();
    if (extra) file.write(`\n${extra}`);
  }
}

export function renderSummaryMarkdown(
  report: RunReport,
  options: SummaryMarkdownOptions = { htmlFile: null },
): string {
  return fileText(replayReport(report, [new SummaryMarkdownWriter(options)])[0]!);
}
