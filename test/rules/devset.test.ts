/**
 * Regression check of the surface rules on the labelled dev corpus, read at run time from
 * `../shared/devset` (skipped when it is not there). See `bench/rules-devset.ts` for the full report.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureDevset } from '../../bench/rules-devset.js';

// beside the project folder, as the other devset tests read it (one level up from the checkout)
const DEVSET = fileURLToPath(new URL('../../../shared/devset/', import.meta.url));
const present = existsSync(DEVSET);

describe('surface rules on the dev corpus', () => {
  if (!present) console.warn(`surface devset test skipped: ${DEVSET} not found`);
  it.skipIf(!present)('flags nothing in clean articles and finds the labelled surface issues', () => {
    const m = measureDevset(DEVSET);
    expect(m).not.toBeNull();
    if (!m) return;
    expect(m.okIssues).toBe(0);
    expect(m.unlabelled).toBe(0);
    for (const kind of ['repetition', 'boilerplate', 'truncation']) {
      expect(m.found[kind] ?? 0, kind).toBe(m.total[kind]);
    }
    // literal HTML entities belong to another rule
    expect(m.found['markup'] ?? 0).toBeGreaterThanOrEqual((m.total['markup'] ?? 0) - 2);
  });
});
