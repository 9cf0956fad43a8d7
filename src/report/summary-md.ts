/** `summary.md`: the run at a glance for people, worst articles first. */
import type { RunReport } from '../model.js';
import { issueCountsByKind, oneLine, worstFirst } from './text.js';

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

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
      `| ${a.verdict} | ${a.score} | ${a.headline.verdict} (${a.headline.score}) | ${a.original ? escapeCell(a.original.id) : '—'} | ${escapeCell(a.id)} | ${escapeCell(oneLine(a.title, 70))} | ${a.issues.length} |`,
    );
  }
  lines.push('');
  const withIssues = worstFirst(report.articles).filter((a) => a.issues.length);
  if (withIssues.length) {
    lines.push('## Issues', '');
    for (const a of withIssues) {
      lines.push(`### ${escapeCell(a.id)}: ${escapeCell(oneLine(a.title, 90))}`, '');
      for (const i of a.issues) {
        const fix = i.suggestion !== undefined ? ` → \`${oneLine(i.suggestion, 60)}\`` : '';
        lines.push(
          `- **${i.severity}** ${i.kind} (${i.rule}) in ${i.field}: “${escapeCell(oneLine(i.text, 80))}” — ${escapeCell(i.message)}${fix}`,
        );
      }
      lines.push('');
    }
  }
  if (report.errors.length) {
    lines.push('## Input errors', '');
    for (const e of report.errors)
      lines.push(`- ${escapeCell(e.input)}${e.line ? `:${e.line}` : ''}: ${escapeCell(e.message)}`);
    lines.push('');
  }
  return lines.join('\n');
}
