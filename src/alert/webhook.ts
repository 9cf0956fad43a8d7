/**
 * The webhook sink: one POST per batch of alerts, as syndiq's own JSON or as a Slack-compatible body
 * (`text` plus `blocks`), with a timeout per attempt and retries with exponential backoff on network
 * errors, timeouts and 5xx / 429 answers (a 4xx other than 429 is not retried: it will not get better).
 */
import type { RunSummary } from '../model.js';
import { VERSION } from '../version.js';
import type { Alert } from './evaluate.js';
import { networkErrorMessage } from '../ingest/network-error.js';

export type WebhookFormat = 'generic' | 'slack';

export interface AlertBatch {
  run: { startedAt: string; finishedAt: string };
  summary: RunSummary;
  alerts: Alert[];
}

export function genericBody(batch: AlertBatch): unknown {
  return { tool: 'syndiq', version: VERSION, ...batch };
}

/** Slack's mrkdwn treats &, < and > as markup. */
function slackEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const SLACK_LINES = 20;

export function slackBody(batch: AlertBatch): unknown {
  const s = batch.summary;
  const text = `syndiq: ${batch.alerts.length} alert(s); ${s.articles} articles, ${s.fail} failed, mean score ${s.meanScore}`;
  const lines = batch.alerts.slice(0, SLACK_LINES).map((a) => {
    const subject = a.article
      ? a.article.url
        ? `<${a.article.url}|${slackEscape(a.article.title)}>`
        : slackEscape(`${a.article.id}: ${a.article.title}`)
      : slackEscape(a.feed ?? 'run');
    return `• *${slackEscape(a.rule)}* ${subject}: ${slackEscape(a.message)}`;
  });
  if (batch.alerts.length > SLACK_LINES)
    lines.push(`…and ${batch.alerts.length - SLACK_LINES} more (see alerts.json)`);
  return {
    text: slackEscape(text),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${slackEscape(text)}*` } },
      { type: 'section', text: { type: 'mrkdwn', text: lines.join('\n') } },
    ],
  };
}

export interface WebhookOptions {
  url: string;
  format?: WebhookFormat;
  timeoutMs?: number;
  retries?: number;
  /** First backoff; doubled after each attempt. */
  backoffMs?: number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

export class WebhookError extends Error {
  override name = 'WebhookError';
}

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** POST one batch; throws WebhookError naming the URL and the last failure when every attempt failed. */
export async function postAlerts(batch: AlertBatch, options: WebhookOptions): Promise<void> {
  const body = JSON.stringify(options.format === 'slack' ? slackBody(batch) : genericBody(batch));
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? wait;
  let last = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep((options.backoffMs ?? 1000) * 2 ** (attempt - 1));
    try {
      const res = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': `syndiq/${VERSION}` },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return;
      last = `HTTP ${res.status}`;
      if (res.status < 500 && res.status !== 429) break;
    } catch (e) {
      last = networkErrorMessage(e);
    }
  }
  throw new WebhookError(`webhook ${options.url}: ${last} (after ${retries + 1} attempt(s))`);
}
