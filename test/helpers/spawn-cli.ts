/**
 * Run the CLI in a child process, as the real launcher does (exit code from `process.exitCode`,
 * exit code 3 for a crash), optionally as another user: tests of permission errors run the CLI as
 * `nobody` when the suite runs as root, since root reads every file whatever its mode. The child is
 * killed when the test that started it ends, so a test that times out leaves no run behind.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { onTestFinished } from 'vitest';

const LAUNCH = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'cli', 'launch.ts')).href;

export interface SpawnedRun {
  code: number;
  out: string;
  err: string;
}

/** The uid/gid of `nobody` when running as root, for tests that need permissions to bite. */
export function unprivileged(): { uid: number; gid: number } | undefined {
  return process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
}

export function spawnCli(
  args: string[],
  options: { user?: { uid: number; gid: number } } = {},
): Promise<SpawnedRun> {
  const stop = new AbortController();
  onTestFinished(() => stop.abort());
  const script = `import { launch } from ${JSON.stringify(LAUNCH)}; await launch(process.argv.slice(1));`;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script, ...args],
      {
        cwd: join(import.meta.dirname, '..', '..'),
        signal: stop.signal,
        maxBuffer: 64 * 1024 * 1024,
        ...(options.user ?? {}),
      },
      (error, out, err) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, out, err });
      },
    );
  });
}
