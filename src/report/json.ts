/** `report.json`: the machine-readable contract (schema/report.schema.json). */
import type { RunReport } from '../model.js';

export function renderJson(report: RunReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
