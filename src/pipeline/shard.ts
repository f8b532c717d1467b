import { createHash } from 'node:crypto';
import { RunError } from '../errors/run-error.js';

/** Shard K of N (1-based): a build of a stable part of the plans, for CI jobs side by side. */
export interface Shard {
  index: number;
  count: number;
}

/** The most shards a build is split into: GitHub Actions' limit of jobs in one matrix. */
export const MAX_SHARDS = 256;

/** "2/4" -> { index: 2, count: 4 }; anything else is a usage error. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  // A count is a number of CI jobs: at most MAX_SHARDS (a bigger one put every plan outside this shard, and its outputs were swept as gone).
  if (!m || count < 1 || index < 1 || index > count || count > MAX_SHARDS) {
    throw new RunError('usage/shard', { value: text, max: String(MAX_SHARDS) });
  }
  return { index, count };
}

/**
 * Whether the plan NAME belongs to the shard: by a hash of its name, so a plan stays on its
 * shard when others are added or removed (its build cache stays with it), and the shards split
 * the plans about evenly.
 */
export function inShard(name: string, shard: Shard): boolean {
  const n = createHash('sha256').update(name.normalize('NFC')).digest().readUInt32BE(0);
  return n % shard.count === shard.index - 1;
}
