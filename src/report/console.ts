/** The one-screen summary `syndiq check` prints. */
import type { RunReport } from '../model.js';
import { terminalText as tty } from './safe-text.js';
import { issueCountsByKind, oneLine, worstFirst } from './text.js';

/** @param written the report files written, named on the last line */
export function renderConsoleSummary(report: RunReport, written: readonly string[], worst = 10): string {
  const s = report.summary;
  const lines = [
    `syndiq ${report.tool.version}: ${s.articles} articles — ${s.pass} pass, ${s.review} review, ${s.fail} fail; mean score ${s.meanScore}; ${s.errors} input error(s)`,
  ];
  const kinds = issueCountsByKind(report.articles);
  if (kinds.length) lines.push(`issues: ${kinds.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const bad = worstFirst(report.articles)
    .filter((a) => a.verdict !== 'pass')
    .slice(0, worst);
  if (bad.length) {
    lines.push('', 'worst articles:');
    for (const a of bad)
      lines.push(
        `  ${a.verdict.padEnd(6)} ${a.score.toFixed(1).padStart(5)}  ${tty(oneLine(a.id, 24)).padEnd(24)} ${tty(oneLine(a.title, 60))}`,
      );
  }
  if (report.errors.length) {
    lines.push('', 'input errors:');
    for (const e of report.errors.slice(0, 10))
      lines.push(
        `  ${tty(oneLine(e.input, 200))}${e.line ? `:${e.line}` : ''}: ${tty(oneLine(e.message, 100))}`,
      );
    if (report.errors.length > 10) lines.push(`  … ${report.errors.length - 10} more in report.json`);
  }
  if (written.length) lines.push('', `report: ${written.map(tty).join(', ')}`);
  return lines.join('\n');
}
