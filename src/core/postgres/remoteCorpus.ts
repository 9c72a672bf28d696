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

const FINGERPRINTS = 'SELECT id, fingerprint FROM newsdesk_reports';
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
  /** The pool every query goes through. */
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
 * changed or removed anywhere is answered from at the next question.
 */
export async function openRemoteCorpus(
  url: string,
  options: IndexOptions,
  reportsKept?: number,
): Promise<RemoteCorpus> {
  const pool = await openDatabase(url);
  const backend = new PostgresBackend(pool, options, reportsKept);
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
      const { rows } = await pool.query({ name: 'nd_fingerprints', text: FINGERPRINTS });
      const stored = new Map(rows.map((row) => [row.id as string, row.fingerprint as string]));
      const ids: string[] = [];
      const result: SyncResult = { added: [], changed: [], removed: [] };
      return {
        async take(reports) {
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
      await pool.end();
    },
  };
}
