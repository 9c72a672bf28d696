import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config.js';

/**
 * The folder of this process's own files (index snapshot, paging state): STATE_DIR, or a folder
 * per shard inside it, so shards on one machine never write each other's files.
 */
export function localStateDir(config: Config): string {
  return config.SHARD_ID === undefined ? config.STATE_DIR : join(config.STATE_DIR, `shard-${config.SHARD_ID}`);
}

/** Who claims a day or a lease: unique among the processes on one store, and says which shard it is. */
export function holderName(config: Config): string {
  const shard = config.SHARD_ID === undefined ? '' : `shard-${config.SHARD_ID}@`;
  return `${shard}${hostname()}:${process.pid}`;
}
