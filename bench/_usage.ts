/**
 * Whole-process cost of a node child: wall time around the spawn, and the child's own resource usage
 * (CPU of every thread, peak RSS) written by a preloaded hook when it exits. Used by the benchmarks
 * that run the real CLI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Measured {
  wallMs: number;
  cpuMs: number;
  userMs: number;
  sysMs: number;
  peakRssMb: number;
  stdout: string;
}

/**
 * Run `node ARGS` with a preloaded hook that writes the process's own resource usage (all threads,
 * peak RSS) when it exits; wall time is taken around the spawn.
 */
export function measure(work: string, args: string[]): Measured {
  const hook = join(work, 'usage-hook.mjs');
  writeFileSync(hook, USAGE_HOOK);
  const usageFile = join(work, `usage-${process.hrtime.bigint()}.json`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, ...args], {
    env: { ...process.env, SYNDIQ_BENCH_USAGE: usageFile },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - t0;
  // exit 1 is "an alert fired", a normal outcome of a check run
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`node ${args.join(' ')} exited with ${r.status}: ${r.stderr.slice(-2000)}`);
  const u = JSON.parse(readFileSync(usageFile, 'utf8')) as { user: number; sys: number; maxRss: number };
  return {
    wallMs,
    userMs: u.user / 1000,
    sysMs: u.sys / 1000,
    cpuMs: (u.user + u.sys) / 1000,
    peakRssMb: u.maxRss / 1024,
    stdout: r.stdout,
  };
}

const USAGE_HOOK = `import { isMainThread } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
if (isMainThread && process.env.SYNDIQ_BENCH_USAGE) {
  const file = process.env.SYNDIQ_BENCH_USAGE;
  process.on('exit', () => {
    const r = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ user: r.userCPUTime, sys: r.systemCPUTime, maxRss: r.maxRSS }));
  });
}
`;
