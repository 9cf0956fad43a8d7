/**
 * End-to-end runs kept cheap, so the suite passes on a busy machine without raised timeouts. A run
 * loads the resources of its configured languages (all twelve defaults cost about 2.7 s of CPU, one
 * language a fraction of that), and every worker thread loads them again for itself: a test names only
 * the languages its fixtures are written in, and checks on the main thread unless workers are what it
 * is about.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveConfig, type SyndiqConfig } from '../../src/config/config.js';

/** `syndiq check` flags that check on the calling thread (no worker threads to start). */
export const MAIN_THREAD = ['--workers', '0'];

/** A config file in `dir` naming `languages` (and whatever else `extra` sets); returns its path. */
export async function languagesConfigFile(
  dir: string,
  languages: readonly string[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const path = join(dir, 'languages.config.json');
  await writeFile(path, JSON.stringify({ languages, ...extra }));
  return path;
}

/** The default config restricted to `languages`, for runs through the library. */
export function languagesConfig(languages: readonly string[]): SyndiqConfig {
  return resolveConfig({ languages: [...languages] });
}
