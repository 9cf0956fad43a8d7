/**
 * zod, read on first use: a run without a config or baseline file validates nothing, and loading zod
 * is a tenth of the command line's start-up.
 */
import { createRequire } from 'node:module';
import type { z } from 'zod';

export type Zod = typeof z;

let zod: Zod | undefined;

export function loadZod(): Zod {
  return (zod ??= (createRequire(import.meta.url)('zod') as { z: Zod }).z);
}

/** A value built with zod once, the first time it is asked for (schemas). */
export function withZod<T>(build: (z: Zod) => T): () => T {
  let built: T | undefined;
  return () => (built ??= build(loadZod()));
}
