import { defineConfig } from 'vitest/config';

// One timeout for every test and hook, none raised per file: a safety net for a loaded machine, not
// a measure of speed. The heaviest cases (a spawned CLI, a run on two worker threads, the language
// rules over 545 benchmark articles) take 5-8 s of CPU; on 2 cores at a load of 16-30 they were
// measured at 30-55 s, so 90 s leaves more than half as much again before a slow machine fails a test.
const SAFETY_NET_MS = 90_000;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/cached-tables.ts'],
    testTimeout: SAFETY_NET_MS,
    hookTimeout: SAFETY_NET_MS,
  },
});
