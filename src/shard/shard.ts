/**
 * Shards: `--shard i/n` checks the articles whose id hashes to bucket i of n, so n machines (a CI
 * matrix, a Kubernetes Indexed Job) split a run without talking to each other, and every article lands
 * in exactly one shard whatever order the inputs are read in.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

export class ShardError extends Error {
  override name = 'ShardError';
}

export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(count >= 1 && index >= 1 && index <= count))
    throw new ShardError(`"${spec}" is not a shard: write i/n with 1 <= i <= n, e.g. 1/4`);
  return { index, count };
}

/** The 0-based bucket of an article id among `count`. */
export function shardOf(id: string, count: number): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % count;
}

export function inShard(id: string, shard: Shard): boolean {
  return shardOf(id, shard.count) === shard.index - 1;
}
