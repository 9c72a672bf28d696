import type { ChildProcess } from 'node:child_process';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/** Settings of {@link startShards}. */
export interface ShardOptions {
  /** Wait between two shards' starts (Discord lets a bot identify once every 5 s per bucket). */
  spawnDelayMs: number;
  /** How long a shard may take to load the reports and log in before start-up fails. */
  readyTimeoutMs: number;
}

/** Defaults of {@link ShardOptions}. */
export const DEFAULT_SHARD_OPTIONS: ShardOptions = { spawnDelayMs: 5_500, readyTimeoutMs: 10 * 60_000 };

/** A running set of shards. */
export interface RunningShards {
  manager: ShardingManager;
  /** Stops every shard (each logs out cleanly on SIGTERM) and waits for them to exit. */
  stop(): Promise<void>;
}

/** True when the configuration asks for more than one process (SHARDS=auto or a number above 1). */
export function wantsShards(config: Config): boolean {
  return config.SHARD_ID === undefined && (config.SHARDS === 'auto' || (config.SHARDS ?? 1) > 1);
}

/** Why sharding cannot run with this configuration, or null. */
export function shardingRefusal(config: Config): string | null {
  if (!wantsShards(config) || config.DATABASE_URL) return null;
  return (
    `SHARDS=${config.SHARDS} needs DATABASE_URL: shards are separate processes and must share the reports, ` +
    'the summary record and the feeds in PostgreSQL (set DATABASE_URL, or unset SHARDS for one process)'
  );
}

/**
 * Starts one process per shard with discord.js's ShardingManager; each runs this program's entry
 * (dist/src/main.js, or src/main.ts under tsx), sees SHARD_ID and answers its own servers.
 */
export async function startShards(
  config: Config,
  logger: Logger,
  options: Partial<ShardOptions> = {},
): Promise<RunningShards> {
  const settings = { ...DEFAULT_SHARD_OPTIONS, ...options };
  const refusal = shardingRefusal(config);
  if (refusal) throw new Error(refusal);
  const total = config.SHARDS === 'auto' ? await recommendedShards(config) : (config.SHARDS ?? 1);
  const manager = new ShardingManager(shardEntry(), {
    totalShards: total,
    token: config.DISCORD_TOKEN!,
    mode: 'process',
    respawn: true,
    execArgv: process.execArgv,
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, of: total }, 'shard started');
    shard.on('death', (child) => {
      const pid = 'pid' in child ? child.pid : undefined;
      logger.warn({ shard: shard.id, pid }, 'shard exited; starting it again');
    });
  });
  await manager.spawn({ amount: total, delay: settings.spawnDelayMs, timeout: settings.readyTimeoutMs });
  logger.info({ shards: total }, 'every shard is up');
  return {
    manager,
    async stop() {
      manager.respawn = false;
      await Promise.all(manager.shards.map((shard) => stopShard(shard.process)));
    },
  };
}

/** The entry each shard process runs: this program's main module, compiled or not. */
function shardEntry(): string {
  const here = fileURLToPath(import.meta.url);
  return join(here, '..', '..', `main${extname(here)}`);
}

/** Discord's recommended shard count, asked through DISCORD_API_URL (a proxy, or the fake in tests). */
async function recommendedShards(config: Config): Promise<number> {
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN!);
  const answer = (await rest.get(Routes.gatewayBot())) as { shards?: unknown };
  const shards = Number(answer.shards);
  if (!Number.isInteger(shards) || shards < 1) throw new Error('SHARDS=auto: Discord gave no shard count');
  return shards;
}

function stopShard(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
