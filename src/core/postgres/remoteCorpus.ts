import pg from 'pg';
import type { IndexOptions } from '../index/indexOptions.js';
import type { Report } from '../types.js';
import { openDatabase } from './database.js';
import { PostgresBackend } from './postgresBackend.js';
import { CHANGES_CHANNEL, fingerprintOf, writeReports } from './reportWriter.js';

/** The reports in PostgreSQL, shared by every process on the database. */
export interface RemoteCorpus {
  /** Picks candidates and fetches their reports into the local index. */
  backend: PostgresBackend;
  /** The pool every query goes through. */
  pool: pg.Pool;
  /** Stores reports whose content is new or changed; gives how many were written. */
  sync(reports: Report[]): Promise<number>;
  /** Stores reports (replacing those with the same id) and takes out `removeIds`. */
  write(reports: Report[], removeIds: string[]): Promise<void>;
  /** Stops listening and closes the pool. */
  close(): Promise<void>;
}

/**
 * Opens the database at `url` (migrations applied) and listens for changes made by other
 * processes: a new version drops what this one fetched before it, so a report added,
 * changed or removed anywhere is answered from at the next question.
 */
export async function openRemoteCorpus(url: string, options: IndexOptions): Promise<RemoteCorpus> {
  const pool = await openDatabase(url);
  const backend = new PostgresBackend(pool, options);
  const listener = new pg.Client({ connectionString: url });
  listener.on('error', () => undefined);
  listener.on('notification', () => {
    backend.refresh().catch(() => undefined);
  });
  await listener.connect();
  await listener.query(`LISTEN ${CHANGES_CHANNEL}`);
  await backend.refresh();
  const write = async (reports: Report[], removeIds: string[]) => {
    await writeReports(pool, reports, removeIds, options.passages);
    await backend.refresh();
  };
  return {
    backend,
    pool,
    write,
    async sync(reports) {
      const { rows } = await pool.query({
        name: 'nd_fingerprints',
        text: 'SELECT id, fingerprint FROM newsdesk_reports',
      });
      const stored = new Map(rows.map((row) => [row.id as string, row.fingerprint as string]));
      const changed = reports.filter((report) => stored.get(report.id) !== fingerprintOf(report));
      if (changed.length) await write(changed, []);
      return changed.length;
    },
    async close() {
      await listener.end().catch(() => undefined);
      await pool.end();
    },
  };
}
