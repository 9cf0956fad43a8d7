/**
 * Threshold alerts: conditions on a run's summary that should wake someone up (exit code 1).
 * With no thresholds configured, nothing fires.
 */
import type { AlertThresholds } from '../config/config.js';
import type { RunSummary } from '../model.js';

export interface FiredAlert {
  id: keyof AlertThresholds;
  message: string;
}

export function evaluateAlerts(summary: RunSummary, t: AlertThresholds): FiredAlert[] {
  const fired: FiredAlert[] = [];
  if (t.maxFailRate !== undefined && summary.articles > 0) {
    const rate = summary.fail / summary.articles;
    if (rate > t.maxFailRate)
      fired.push({
        id: 'maxFailRate',
        message: `${(rate * 100).toFixed(1)}% of articles failed (threshold ${(t.maxFailRate * 100).toFixed(1)}%)`,
      });
  }
  if (t.maxFailures !== undefined && summary.fail > t.maxFailures)
    fired.push({
      id: 'maxFailures',
      message: `${summary.fail} articles failed (threshold ${t.maxFailures})`,
    });
  if (t.minMeanScore !== undefined && summary.articles > 0 && summary.meanScore < t.minMeanScore)
    fired.push({ id: 'minMeanScore', message: `mean score ${summary.meanScore} is below ${t.minMeanScore}` });
  if (t.failOnInputErrors && summary.errors > 0)
    fired.push({ id: 'failOnInputErrors', message: `${summary.errors} input error(s)` });
  return fired;
}
