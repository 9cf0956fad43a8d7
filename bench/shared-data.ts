/** Where the benchmark data lives (beside the project), and a polite skip when it is absent. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCHMARKS_DIR = fileURLToPath(new URL('../../shared/benchmarks/', import.meta.url));
export const DEVSET_DIR = fileURLToPath(new URL('../../shared/devset/', import.meta.url));

/** Exit quietly with a message when a data folder is missing. Returns the path otherwise. */
export function requireData(path: string, what: string): string {
  if (!existsSync(path)) {
    console.log(`skipped: ${what} not found at ${path}`);
    process.exit(0);
  }
  return path;
}

/** A JSON Lines data file, whole; a bad line fails with its file and line. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      try {
        return JSON.parse(line) as T;
      } catch (e) {
        throw new Error(`${path}:${n}: not valid JSON (${(e as Error).message})`);
      }
    });
}

/** A benchmark record as stored (republished ones carry no `lang`). */
export interface BenchRecord {
  id: string;
  title: string;
  body: string;
  lang?: string;
}

/**
 * The republished documents of wmt22 and ntrex (every system's file, in name order) and their pooled
 * originals, as `bench/match.ts` pools them.
 */
export function benchmarkDocuments(): { originals: BenchRecord[]; republished: BenchRecord[] } {
  const folders = ['wmt22', 'ntrex'].map((f) => requireData(join(BENCHMARKS_DIR, f), `the ${f} benchmark`));
  const originals = folders.flatMap((dir) => readJsonl<BenchRecord>(join(dir, 'originals.jsonl')));
  const republished = folders.flatMap((dir) => {
    const sub = join(dir, 'republished');
    return readdirSync(sub)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .flatMap((f) => readJsonl<BenchRecord>(join(sub, f)));
  });
  return { originals, republished };
}
