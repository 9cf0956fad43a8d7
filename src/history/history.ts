/**
 * Run history: each run appends one line to `history.jsonl` in the reports folder with its totals per
 * feed, so trend alerts and summary.md can compare tonight with the nights before.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunSummary } from '../model.js';

export const HISTORY_FILE = 'history.jsonl';

export type FeedRun = RunSummary;

export interface HistoryEntry {
  startedAt: string;
  summary: RunSummary;
  feeds: Record<string, FeedRun>;
}

function isEntry(v: unknown): v is HistoryEntry {
  const e = v as HistoryEntry;
  return (
    typeof e === 'object' && e !== null && typeof e.startedAt === 'string' && typeof e.feeds === 'object'
  );
}

/** Earlier runs, oldest first; a damaged line is skipped (history is advisory, never fatal). */
export async function readHistory(outDir: string): Promise<HistoryEntry[]> {
  let text: string;
  try {
    text = await readFile(join(outDir, HISTORY_FILE), 'utf8');
  } catch {
    return [];
  }
  const out: HistoryEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const v: unknown = JSON.parse(line);
      if (isEntry(v)) out.push(v);
    } catch {
      // skipped
    }
  }
  return out;
}

export async function appendHistory(outDir: string, entry: HistoryEntry): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await appendFile(join(outDir, HISTORY_FILE), `${JSON.stringify(entry)}\n`);
}

const SPARKS = '▁▂▃▄▅▆▇█';

/** Scores 0-100 as a sparkline, one bar per run. */
export function sparkline(scores: readonly number[]): string {
  return scores.map((s) => SPARKS[Math.min(7, Math.max(0, Math.floor((s / 100) * 8)))]).join('');
}

/** A Markdown section with each feed's mean score over the last runs (this one included). */
export function renderTrendsMarkdown(
  history: readonly HistoryEntry[],
  escape: (s: string) => string,
  lastRuns = 10,
): string {
  const recent = history.slice(-lastRuns);
  const names = [...new Set(recent.flatMap((h) => Object.keys(h.feeds)))].sort();
  if (names.length === 0) return '';
  const rows = names.map((name) => {
    const scores = recent
      .map((h) => h.feeds[name])
      .filter((f) => f && f.articles > 0)
      .map((f) => f!.meanScore);
    const last = scores.at(-1);
    const prev = scores.at(-2);
    const change = last !== undefined && prev !== undefined ? (last - prev).toFixed(1) : '';
    const signed = change && !change.startsWith('-') ? `+${change}` : change;
    return `| ${escape(name)} | ${last ?? ''} | ${signed} | ${sparkline(scores)} |`;
  });
  return [
    `## Trends (last ${recent.length} run${recent.length === 1 ? '' : 's'})`,
    '',
    '| feed | mean score | change | trend |',
    '| --- | ---: | ---: | --- |',
    ...rows,
    '',
  ].join('\n');
}
