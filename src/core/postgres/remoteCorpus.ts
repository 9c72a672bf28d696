import pg from 'pg';
import type { IndexOptions } from '../index/indexOptions.js';
import type { Report } from '../types.js';
import { openDatabase } from './database.js';
import { PostgresBackend } from './postgresBackend.js';
import { CHANGES_CHANNEL, fingerprintOf, writeReports } from './reportWriter.js';

/** What a sync changed, by report id. */
export interface SyncResult {
  added: string[];
  changed: string[];
  removed: string[];
}

const FINGERPRINTS = 'SELECT id, fingerprint FROM newsdesk_search WHERE id = ANY($1::text[])';
const FROM_FILES = `SELECT id FROM newsdesk_reports WHERE origin->>'file' = ANY($1::text[])
  AND NOT (id = ANY($2::text[]))`;

/** A sync in progress (see `RemoteCorpus.startSync`). */
export interface FolderSync {
  /** Stores those of `reports` whose content is new or changed. */
  take(reports: Report[]): Promise<void>;
  /** Takes out the stored reports read from one of `files` that were not taken; says what changed. */
  finish(files?: string[]): Promise<SyncResult>;
}

/** The reports in PostgreSQL, shared by every process on the database. */
export interface RemoteCorpus {
  /** Picks candidates and fetches their reports into the local index. */
  backend: PostgresBackend;
  /** The pool of the primary: every write, and every read when there is no replica. */
  pool: pg.Pool;
  /**
   * Stores the folder's reports whose content is new or changed, a file at a time so that a large
   * folder is never held in memory whole: `take` each file's reports as they are read, then
   * `finish` with the files read, which takes out the stored reports read from one of them that
   * are no longer in it.
   */
  startSync(): Promise<FolderSync>;
  /** Stores reports (replacing those with the same id) and takes out `removeIds`. */
  write(reports: Report[], removeIds: string[]): Promise<void>;
  /** Stops listening and closes the pool. */
  close(): Promise<void>;
}

/**
 * Opens the database at `url` (migrations applied) and listens for changes made by other
 * processes: a new version drops what this one fetched before it, so a report added,
 * changed or removed anywhere is answered from at the next question. With `readUrl` (a
 * streaming replica of it) questions read from the replica and only writes go to `url`;
 * the version is read from the replica too, so a change is answered once it has arrived there.
 */
export async function openRemoteCorpus(
  url: string,
  options: IndexOptions,
  reportsKept?: number,
  readUrl?: string,
): Promise<RemoteCorpus> {
  const pool = await openDatabase(url);
  const reads = readUrl ? await openReplica(readUrl, pool) : pool;
  const backend = new PostgresBackend({ read: reads, write: pool }, options, reportsKept);
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
    async startSync() {
      const ids: string[] = [];
      const result: SyncResult = { added: [], changed: [], removed: [] };
      return {
        async take(reports) {
          // the stored fingerprints of these reports only: the database's are never all held at once
          const values = [reports.map((report) => report.id)];
          const { rows } = await pool.query({ name: 'nd_fingerprints', text: FINGERPRINTS, values });
          const stored = new Map(rows.map((row) => [row.id as string, row.fingerprint as string]));
          const fresh = reports.filter((report) => stored.get(report.id) !== fingerprintOf(report));
          for (const report of reports) ids.push(report.id);
          if (fresh.length) await write(fresh, []);
          for (const report of fresh) (stored.has(report.id) ? result.changed : result.added).push(report.id);
        },
        async finish(files = []) {
          const gone = files.length
            ? await pool.query({ name: 'nd_from_files', text: FROM_FILES, values: [files, ids] })
            : null;
          result.removed = (gone?.rows ?? []).map((row) => row.id as string);
          if (result.removed.length) await write([], result.removed);
          return result;
        },
      };
    },
    async close() {
      await listener.end().catch(() => undefined);
      if (reads !== pool) await reads.end();
      await pool.end();
    },
  };
}

/** A pool on the replica (never migrated: it follows the primary); closes `primary` when it cannot open. */
async function openReplica(readUrl: string, primary: pg.Pool): Promise<pg.Pool> {
  const reads = await openDatabase(readUrl, { migrate: false });
  try {
    await reads.query('SELECT 1');
    return reads;
  } catch (error) {
    await reads.end();
    await primary.end();
    throw new Error(`DATABASE_READ_URL: cannot connect to the replica: ${(error as Error).message}`);
  }
}
