/**
 * The end of a full run, shared by `check` and `merge`: evaluate the alert rules against tonight and
 * the history, write the reports (summary.md with each feed's trend), append to history.jsonl, deliver
 * the alerts, print, and choose the exit code.
 */
import { dispatchAlerts } from '../alert/dispatch.js';
import { notifiedIds, readAlertState } from '../alert/state.js';
import type { SyndiqConfig } from '../config/config.js';
import { appendHistory, readHistory, renderTrendsMarkdown, type HistoryEntry } from '../history/history.js';
import type { InputError, RunReport } from '../model.js';
import { renderConsoleView } from '../report/console.js';
import { RunDigest } from '../streaming/digest.js';
import type { ReportFormat } from '../report/formats.js';
import { markdownText, terminalText as tty } from '../report/safe-text.js';
import { writeReports, type WriteReportsOptions } from '../report/write.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import type { Output } from './shared.js';

export const QUIET_OPTION = {
  alias: 'q',
  type: 'boolean',
  default: false,
  describe: 'Print no summary or progress; input errors and alerts are still printed',
} as const;

export const VERBOSE_OPTION = {
  alias: 'v',
  type: 'boolean',
  default: false,
  describe: 'Also print the result cache and alert delivery details',
} as const;

export interface FinishOptions {
  out: string;
  formats: readonly ReportFormat[];
  quiet?: boolean;
  verbose?: boolean;
}

export async function writeReportsOrFail(
  report: RunReport,
  out: string,
  options: WriteReportsOptions,
): Promise<string[]> {
  try {
    return await writeReports(report, out, options);
  } catch (e) {
    throw reportWriteError(out, e);
  }
}

export function reportWriteError(out: string, e: unknown): CliError {
  return new CliError(`syndiq: cannot write reports to ${out}: ${(e as Error).message}`, EXIT.failure);
}

export function printInputErrors(run: { errors: readonly InputError[] }, io: Output): void {
  for (const e of run.errors)
    io.err(`syndiq: ${tty(e.input)}${e.line ? `:${e.line}` : ''}: ${tty(e.message)}`);
}

/** summary.md's trends: each feed over the history and tonight. */
export function trendsMarkdown(history: readonly HistoryEntry[], digest: RunDigest): string {
  return renderTrendsMarkdown([...history, digest.tonight()], markdownText);
}

/** The end of a run whose report is whole in memory (a merge): write the reports, then conclude. */
export async function finishRun(
  report: RunReport,
  config: SyndiqConfig,
  options: FinishOptions,
  io: Output,
): Promise<ExitCode> {
  const history = await readHistory(options.out);
  const digest = RunDigest.of(report, config, notifiedIds(await readAlertState(options.out)));
  const written = await writeReportsOrFail(report, options.out, {
    formats: options.formats,
    appendMarkdown: trendsMarkdown(history, digest),
  });
  return concludeRun(digest, history, written, config, options, io);
}

/**
 * After the reports are written: append tonight to history.jsonl, deliver the alerts, print, and
 * choose the exit code.
 */
export async function concludeRun(
  digest: RunDigest,
  history: readonly HistoryEntry[],
  written: readonly string[],
  config: SyndiqConfig,
  options: FinishOptions,
  io: Output,
): Promise<ExitCode> {
  const alerts = digest.alerts(history);
  try {
    await appendHistory(options.out, digest.tonight());
  } catch (e) {
    io.err(`syndiq: cannot append to the history in ${options.out}: ${(e as Error).message}`);
  }
  const webhook = config.sinks.webhook;
  const outcome = await dispatchAlerts(digest, alerts, {
    outDir: options.out,
    alertsFile: config.sinks.alertsFile,
    ...(webhook
      ? {
          webhook: {
            url: webhook.url,
            format: webhook.format ?? 'generic',
            timeoutMs: (webhook.timeoutSeconds ?? 10) * 1000,
            retries: webhook.retries ?? 3,
          },
        }
      : {}),
  });
  if (!options.quiet) io.out(renderConsoleView(digest.console(), written));
  for (const a of outcome.alerts)
    io.err(
      `syndiq: alert ${a.rule}${a.new ? '' : ' (already sent)'}: ${a.article ? `${tty(a.article.id)}: ` : a.feed ? `${tty(a.feed)}: ` : ''}${tty(a.message)}`,
    );
  for (const f of outcome.failures) io.err(`syndiq: ${tty(f)}; kept to retry on the next run`);
  if (options.verbose && webhook)
    io.err(`syndiq: webhook: ${outcome.delivered} batch(es) delivered, ${outcome.pending} pending`);
  return alerts.length ? EXIT.alert : EXIT.ok;
}
