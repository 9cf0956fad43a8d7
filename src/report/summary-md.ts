/** `summary.md`: the run at a glance for people, worst articles first. */
import type { RunReport } from '../model.js';
import { markdownText as md } from './safe-text.js';
import { issueCountsByKind, oneLine, worstFirst } from './text.js';

export function renderSummaryMarkdown(report: RunReport): string {
  const s = report.summary;
  const lines: string[] = [
    '# syndiq report',
    '',
    `${s.articles} articles checked: **${s.pass} pass**, **${s.review} review**, **${s.fail} fail**; mean score ${s.meanScore}; ${s.errors} input error(s).`,
    '',
  ];
  const kinds = issueCountsByKind(report.articles);
  if (kinds.length) {
    lines.push('## Issues by kind', '', '| kind | issues |', '|---|---|');
    for (const [kind, n] of kinds) lines.push(`| ${kind} | ${n} |`);
    lines.push('');
  }
  lines.push(
    '## Articles, worst first',
    '',
    '| verdict | score | headline | original | id | title | issues |',
    '|---|---|---|---|---|---|---|',
  );
  for (const a of worstFirst(report.articles)) {
    lines.push(
      `| ${a.verdict} | ${a.score} | ${a.headline.verdict} (${a.headline.score}) | ${a.original ? md(oneLine(a.original.id, 120)) : '—'} | ${md(oneLine(a.id, 120))} | ${md(oneLine(a.title, 70))} | ${a.issues.length} |`,
    );
  }
  lines.push('');
  const withIssues = worstFirst(report.articles).filter((a) => a.issues.length);
  if (withIssues.length) {
    lines.push('## Issues', '');
    for (const a of withIssues) {
      lines.push(`### ${md(oneLine(a.id, 120))}: ${md(oneLine(a.title, 90))}`, '');
      for (const i of a.issues) {
        const fix = i.suggestion !== undefined ? ` → “${md(oneLine(i.suggestion, 60))}”` : '';
        lines.push(
          `- **${i.severity}** ${i.kind} (${i.rule}) in ${i.field}: “${md(oneLine(i.text, 80))}” — ${md(i.message)}${fix}`,
        );
      }
      lines.push('');
    }
  }
  if (report.errors.length) {
    lines.push('## Input errors', '');
    for (const e of report.errors)
      lines.push(`- ${md(oneLine(e.input, 200))}${e.line ? `:${e.line}` : ''}: ${md(e.message)}`);
    lines.push('');
  }
  return lines.join('\n');
}
