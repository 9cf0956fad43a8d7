/**
 * The alert sinks after a run: alerts.json in the reports folder, and the webhook for what is new
 * (batches it could not take earlier go first). The exit code is the caller's: 1 when any alert fired.
 */
import { join } from 'node:path';
import type { RunReport } from '../model.js';
import { writeFileAtomic } from '../report/atomic.js';
import type { Alert } from './evaluate.js';
import { isNewAlert, readAlertState, rememberAlerts, writeAlertState } from './state.js';
import { postAlerts, type AlertBatch, type WebhookOptions } from './webhook.js';

export const ALERTS_FILE = 'alerts.json';

export interface DispatchOptions {
  outDir: string;
  webhook?: WebhookOptions;
  /** Write alerts.json (default true). */
  alertsFile?: boolean;
}

export interface DispatchOutcome {
  /** Every alert of the run, marked new or repeat. */
  alerts: (Alert & { new: boolean })[];
  /** Batches delivered by the webhook on this run (earlier pending ones included). */
  delivered: number;
  /** Batches still waiting for the webhook. */
  pending: number;
  /** Why a delivery failed, one line each. */
  failures: string[];
}

/** The run as the sinks see it; `checked` tells whether an article was checked tonight. */
export type DispatchedRun = Pick<RunReport, 'run' | 'summary'> & { checked(id: string): boolean };

export async function dispatchAlerts(
  report: DispatchedRun,
  alerts: readonly Alert[],
  options: DispatchOptions,
): Promise<DispatchOutcome> {
  const state = await readAlertState(options.outDir);
  const marked = alerts.map((a) => ({ ...a, new: isNewAlert(a, state) }));
  const fresh = marked.filter((a) => a.new).map(({ new: _new, ...a }) => a);
  const failures: string[] = [];
  let delivered = 0;
  if (options.webhook) {
    const queue: AlertBatch[] = [...state.pending];
    if (fresh.length)
      queue.push({
        run: { startedAt: report.run.startedAt, finishedAt: report.run.finishedAt },
        summary: report.summary,
        alerts: fresh,
      });
    const left: AlertBatch[] = [];
    for (const batch of queue) {
      // Once the webhook is down for one batch, the rest wait for the next run: order is kept.
      if (left.length) {
        left.push(batch);
        continue;
      }
      try {
        await postAlerts(batch, options.webhook);
        delivered++;
      } catch (e) {
        failures.push((e as Error).message);
        left.push(batch);
      }
    }
    state.pending = left;
  }
  rememberAlerts(alerts, (id) => report.checked(id), state);
  await writeAlertState(options.outDir, state);
  if (options.alertsFile !== false)
    await writeFileAtomic(
      join(options.outDir, ALERTS_FILE),
      `${JSON.stringify(
        {
          run: { startedAt: report.run.startedAt, finishedAt: report.run.finishedAt },
          summary: report.summary,
          alerts: marked,
          webhook: options.webhook
            ? { url: options.webhook.url, delivered, pending: state.pending.length, failures }
            : null,
        },
        null,
        2,
      )}\n`,
    );
  return { alerts: marked, delivered, pending: state.pending.length, failures };
}
