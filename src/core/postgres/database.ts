import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';
import pg from 'pg';

/** Options of {@link openDatabase}. */
export interface DatabaseOptions {
  /** Most connections the pool opens (per process: each shard has its own pool). */
  maxConnections: number;
  /** How long to wait for a connection before a query fails, in milliseconds. */
  connectTimeoutMs: number;
  /** Apply the pending migrations before the pool is handed out (the first process to start does them). */
  migrate: boolean;
}

/** Defaults of {@link DatabaseOptions}. */
export const DEFAULT_DATABASE_OPTIONS: DatabaseOptions = { maxConnections: 10, connectTimeoutMs: 5000, migrate: true };

/**
 * A pool on `url` (a `postgres://` connection string), with the project's migrations applied.
 * node-pg-migrate applies them under an advisory lock, so shards that start together do it once
 * (the others wait for the lock, then find nothing left to apply).
 */
export async function openDatabase(url: string, options: Partial<DatabaseOptions> = {}): Promise<pg.Pool> {
  const settings = { ...DEFAULT_DATABASE_OPTIONS, ...options };
  const pool = new pg.Pool({
    connectionString: url,
    max: settings.maxConnections,
    connectionTimeoutMillis: settings.connectTimeoutMs,
  });
  // an idle connection that drops (server restart) is replaced on the next query; never a crash
  pool.on('error', () => undefined);
  if (settings.migrate) {
    try {
      await migrate(pool);
    } catch (error) {
      await pool.end();
      throw new Error(`DATABASE_URL: cannot prepare the database: ${(error as Error).message}`);
    }
  }
  return pool;
}

/** Applies every migration in `migrations/` not applied yet, in order of their names. */
export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await runner({
      dbClient: client,
      dir: migrationsDir(),
      direction: 'up',
      migrationsTable: 'newsdesk_migrations',
      checkOrder: true,
      // processes that start together (shards) wait for the one migrating, rather than fail
      advisoryLockMode: 'wait',
      log: () => undefined,
    });
  } finally {
    client.release();
  }
}

/** The project's `migrations` folder: the nearest one above this module (src/ or a built dist/). */
export function migrationsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    const candidate = join(dir, 'migrations');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('the migrations folder was not found above the program');
}
