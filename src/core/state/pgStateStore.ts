import type pg from 'pg';
import { openDatabase } from '../postgres/database.js';
import { type ClaimOptions, checkStateKey, type StateStore } from './stateStore.js';

/**
 * The shared state store: every bot process (every shard) on one PostgreSQL database sees the
 * same documents, claims and logs (tables of migrations/0100_state.sql). Updates of one key
 * run one at a time across processes under a row lock; a claim is one atomic upsert, so of
 * two processes racing for a day exactly one gets it.
 */
export class PgStateStore implements StateStore {
  /**
   * @param pool a pool on a database with the migrations applied ({@link openDatabase})
   * @param ownsPool close the pool in {@link close} (false when the pool is shared with search)
   */
  constructor(
    private readonly pool: pg.Pool,
    private readonly ownsPool = false,
  ) {}

  /** A store on its own pool on `url`, migrations applied first. */
  static async open(url: string): Promise<PgStateStore> {
    return new PgStateStore(await openDatabase(url, { maxConnections: 4 }), true);
  }

  async get(key: string): Promise<unknown> {
    const result = await this.pool.query<{ value: unknown }>({
      name: 'state-get',
      text: 'SELECT value FROM state_documents WHERE key = $1',
      values: [checkStateKey(key)],
    });
    return result.rows[0]?.value ?? undefined;
  }

  async update<T>(key: string, change: (current: unknown) => T): Promise<T> {
    checkStateKey(key);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // a placeholder row for a new key, so that the row lock below covers it too: a second
      // process inserting the same key waits for this transaction, then finds the row
      await client.query({
        name: 'state-placeholder',
        text: 'INSERT INTO state_documents (key, value) VALUES ($1, NULL) ON CONFLICT (key) DO NOTHING',
        values: [key],
      });
      const current = await client.query<{ value: unknown }>({
        name: 'state-lock',
        text: 'SELECT value FROM state_documents WHERE key = $1 FOR UPDATE',
        values: [key],
      });
      const next = change(current.rows[0]?.value ?? undefined);
      await client.query({
        name: 'state-write',
        text: 'UPDATE state_documents SET value = $2::jsonb, updated_at = now() WHERE key = $1',
        values: [key, JSON.stringify(next ?? null)],
      });
      await client.query('COMMIT');
      return next;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async claim(key: string, options: ClaimOptions = {}): Promise<boolean> {
    const holder = options.holder ?? `pid-${process.pid}`;
    const now = options.now ?? Date.now();
    const until = options.ttlMs === undefined ? null : now + options.ttlMs;
    // a claim for ever stays taken; a lease is renewed by its holder or taken once it ran out
    const result = await this.pool.query({
      name: 'state-claim',
      text: `INSERT INTO state_claims AS c (key, holder, until_ms) VALUES ($1, $2, $3)
             ON CONFLICT (key) DO UPDATE SET holder = EXCLUDED.holder, until_ms = EXCLUDED.until_ms,
               claimed_at = now()
             WHERE c.until_ms IS NOT NULL AND (c.holder = EXCLUDED.holder OR c.until_ms <= $4)`,
      values: [checkStateKey(key), holder, until, now],
    });
    return result.rowCount === 1;
  }

  async release(key: string, holder?: string): Promise<void> {
    await this.pool.query({
      name: 'state-release',
      text: 'DELETE FROM state_claims WHERE key = $1 AND ($2::text IS NULL OR holder = $2)',
      values: [checkStateKey(key), holder ?? null],
    });
  }

  async append(log: string, record: unknown): Promise<void> {
    await this.pool.query({
      name: 'state-append',
      text: 'INSERT INTO state_log (log, record) VALUES ($1, $2::jsonb)',
      values: [checkStateKey(log), JSON.stringify(record ?? null)],
    });
  }

  async readLog(log: string): Promise<unknown[]> {
    const result = await this.pool.query<{ record: unknown }>({
      name: 'state-read-log',
      text: 'SELECT record FROM state_log WHERE log = $1 ORDER BY id',
      values: [checkStateKey(log)],
    });
    return result.rows.map((row) => row.record);
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }
}
