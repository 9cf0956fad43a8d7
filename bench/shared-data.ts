/** Where the benchmark data lives (beside the project), and a polite skip when it is absent. */
import { existsSync, readFileSync } from 'node:fs';
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
