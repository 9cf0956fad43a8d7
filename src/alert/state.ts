/**
 * What the alert sinks remember between runs, in `alert-state.json` in the reports folder: which
 * article alerts were already sent (and for which content of the article), and the batches the webhook
 * could not take, to be sent again on the next run. A damaged file starts afresh: the worst outcome is
 * an alert sent twice, never one lost silently.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../report/atomic.js';
import type { Alert } from './evaluate.js';
import type { AlertBatch } from './webhook.js';

export const ALERT_STATE_FILE = 'alert-state.json';

/** Batches kept for a webhook that stays down; older ones are dropped first. */
const MAX_PENDING = 50;

export interface AlertState {
  version: 1;
  /** Alert key -> content hash of the article when it was sent. */
  notified: Record<string, string>;
  /** Batches not yet delivered, oldest first. */
  pending: AlertBatch[];
}

export function emptyState(): AlertState {
  return { version: 1, notified: {}, pending: [] };
}

export async function readAlertState(outDir: string): Promise<AlertState> {
  try {
    const v = JSON.parse(await readFile(join(outDir, ALERT_STATE_FILE), 'utf8')) as AlertState;
    if (v?.version === 1 && typeof v.notified === 'object' && Array.isArray(v.pending)) return v;
  } catch {
    // a fresh start
  }
  return emptyState();
}

export async function writeAlertState(outDir: string, state: AlertState): Promise<void> {
  const pending = state.pending.slice(-MAX_PENDING);
  await writeFileAtomic(
    join(outDir, ALERT_STATE_FILE),
    `${JSON.stringify({ ...state, pending }, null, 2)}\n`,
  );
}

/**
 * Whether an alert is new: an article alert is a repeat when the same rule already fired for the same
 * article with the same content; other alerts describe tonight's run and are always new.
 */
export function isNewAlert(alert: Alert, state: AlertState): boolean {
  if (!alert.article) return true;
  return state.notified[alert.key] !== alert.article.contentHash;
}

/** The article id an alert key of the state names. */
export function notifiedId(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

/** The articles the state remembers alerts for: a run need only note which of them it checked. */
export function notifiedIds(state: AlertState): Set<string> {
  return new Set(Object.keys(state.notified).map(notifiedId));
}

/**
 * Remember the article alerts of this run as sent. An article checked tonight whose alert no longer
 * fires is forgotten (so it alerts again if it regresses); articles not in tonight's run keep theirs.
 */
export function rememberAlerts(
  alerts: readonly Alert[],
  checked: (id: string) => boolean,
  state: AlertState,
): void {
  const notified: Record<string, string> = {};
  for (const [key, hash] of Object.entries(state.notified))
    if (!checked(notifiedId(key))) notified[key] = hash;
  for (const a of alerts) if (a.article) notified[a.key] = a.article.contentHash;
  state.notified = notified;
}
