/** The one-screen summary `syndiq check` prints. */
import type { InputError, RunReport, RunSummary } from '../model.js';
import { terminalText as tty } from './safe-text.js';
import { RunTally, type WorstArticle } from './tally.js';
import { oneLine } from './text.js';

/** What the console summary shows of a run: totals, issues by kind, the worst articles, input errors. */
export interface ConsoleView {
  version: string;
  summary: RunSummary;
  /** Issue counts per kind, largest first. */
  kinds: readonly [string, number][];
  /** The worst articles that did not pass, worst first. */
  worst: readonly WorstArticle[];
  errors: readonly InputError[];
}

/** How many of the worst articles the console lists. */
export const CONSOLE_WORST = 10;

/** @param written the report files written, named on the last line */
export function renderConsoleSummary(
  report: RunReport,
  written: readonly string[],
  worst = CONSOLE_WORST,
): string {
  const tally = new RunTally(worst);
  for (const a of report.articles) tally.add(a);
  return renderConsoleView(
    {
      version: report.tool.version,
      summary: report.summary,
      kinds: tally.kinds,
      worst: tally.worst,
      errors: report.errors,
    },
    written,
  );
}

export function renderConsoleView(view: ConsoleView, written: readonly string[]): string {
  const s = view.summary;
  const lines = [
    `syndiq ${view.version}: ${s.articles} articles — ${s.pass} pass, ${s.review} review, ${s.fail} fail; mean score ${s.meanScore}; ${s.errors} input error(s)`,
  ];
  if (view.kinds.length) lines.push(`issues: ${view.kinds.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (view.worst.length) {
    lines.push('', 'worst articles:');
    for (const a of view.worst)
      lines.push(
        `  ${a.verdict.padEnd(6)} ${a.score.toFixed(1).padStart(5)}  ${tty(oneLine(a.id, 24)).padEnd(24)} ${tty(oneLine(a.title, 60))}`,
      );
  }
  if (view.errors.length) {
    lines.push('', 'input errors:');
    for (const e of view.errors.slice(0, 10))
      lines.push(
        `  ${tty(oneLine(e.input, 200))}${e.line ? `:${e.line}` : ''}: ${tty(oneLine(e.message, 100))}`,
      );
    if (view.errors.length > 10) lines.push(`  … ${view.errors.length - 10} more in report.json`);
  }
  if (written.length) lines.push('', `report: ${written.map(tty).join(', ')}`);
  return lines.join('\n');
}
