/** `--timing`: where a check run's time went, as tables for the terminal (like ESLint's TIMING). */
import type { RuleTiming } from '../rules/engine.js';
import { terminalText as tty } from '../report/safe-text.js';

/** Rules and articles listed; the rest are summed up in the totals. */
export const TIMING_ROWS = 10;

const ms = (v: number): string => v.toFixed(1);

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly boolean[],
): string {
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, k) => (right[k] ? c.padStart(widths[k]!) : c.padEnd(widths[k]!)))
      .join(' | ')
      .trimEnd();
  const rule = widths
    .map((w, k) => (right[k] ? `${'-'.repeat(w - 1)}:` : `:${'-'.repeat(w - 1)}`))
    .join(' | ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function renderTiming(
  timing: RuleTiming,
  options: { rows?: number; uncheckedArticles?: number } = {},
): string {
  const rows = options.rows ?? TIMING_ROWS;
  const out: string[] = [];
  const total = [...timing.totals.values()].reduce((s, v) => s + v, 0);
  const rules = [...timing.totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  out.push(
    `Rules (${timing.articles.length} articles checked, ${ms(total)} ms in rules):`,
    table(
      ['Rule', 'Time (ms)', 'Relative', 'Worst article (ms)', 'Worst article'],
      rules.slice(0, rows).map(([rule, t]) => {
        const worst = timing.worst.get(rule);
        return [
          rule,
          ms(t),
          `${total > 0 ? ((100 * t) / total).toFixed(1) : '0.0'}%`,
          worst ? ms(worst.ms) : '-',
          worst ? tty(worst.article) : '-',
        ];
      }),
      [false, true, true, true, false],
    ),
  );
  if (rules.length > rows) out.push(`(${rules.length - rows} more rules)`);

  const articles = [...timing.articles].sort((a, b) => b.ms - a.ms);
  const checking = articles.reduce((s, a) => s + a.ms, 0);
  const withCpu = articles.some((a) => a.cpuMs !== undefined);
  out.push(
    '',
    `Slowest articles (whole check: language, match, alignment, rules, score; ${ms(checking)} ms for all):`,
    table(
      ['Article', 'Time (ms)', ...(withCpu ? ['CPU (ms)'] : [])],
      articles
        .slice(0, rows)
        .map((a) => [
          tty(a.article),
          ms(a.ms),
          ...(withCpu ? [a.cpuMs === undefined ? '-' : ms(a.cpuMs)] : []),
        ]),
      [false, true, true],
    ),
  );
  if (withCpu) {
    // on a busy machine wall time also counts the waits for a core; CPU time counts the work
    const most = articles.reduce((m, a) => ((a.cpuMs ?? 0) > (m.cpuMs ?? 0) ? a : m));
    out.push(`Most CPU: ${tty(most.article)} (${ms(most.cpuMs ?? 0)} ms)`);
  }
  if (options.uncheckedArticles)
    out.push(
      `(${options.uncheckedArticles} articles came from the result cache and were not timed; --no-cache times them all)`,
    );

  if (timing.stages.size)
    out.push(`Stages: ${[...timing.stages].map(([stage, t]) => `${stage} ${ms(t)} ms`).join(', ')}`);

  const loaded = timing.resources.reduce((s, r) => s + r.ms, 0);
  out.push(
    '',
    `Resources loaded before the first article: ${ms(loaded)} ms` +
      (timing.resourcesCpuMs > 0 ? `, CPU ${ms(timing.resourcesCpuMs)} ms` : '') +
      (timing.resources.length
        ? ` (${timing.resources.map((r) => `${r.name} ${ms(r.ms)}`).join(', ')})`
        : ''),
  );
  if (timing.firstResultMs !== undefined) {
    const cpu = timing.firstResultCpuMs ?? 0;
    out.push(
      `First article checked ${ms(timing.firstResultMs)} ms after the process started (CPU ${ms(cpu)} ms); ` +
        `beyond the resource load: ${ms(timing.firstResultMs - loaded)} ms (CPU ${ms(cpu - timing.resourcesCpuMs)} ms)`,
    );
  }
  return out.join('\n');
}
