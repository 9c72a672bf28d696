import { createHash } from 'node:crypto';
import type pg from 'pg';
import { packReport, passagesOf, Vocabulary } from '../index/packedReport.js';
import type { PassageOptions } from '../text/passages.js';
import { frequencies } from '../text/terms.js';
import type { Report } from '../types.js';
import { quoteLexeme } from './corpusQueries.js';

/** The channel every process listens on: its payload is the new corpus version. */
export const CHANGES_CHANNEL = 'newsdesk_reports';

/** Reports written in one transaction (one multi-row insert of each table). */
export const WRITE_BATCH = 500;

/** A tsvector holds at most this many positions of one lexeme. */
const MAX_POSITIONS = 256;

/** What one report adds to the tables, computed in Node with Newsdesk's own terms. */
interface ReportRow {
  report: Report;
  month: string | null;
  length: number;
  titleLength: number;
  unique: string[];
  tsv: string;
  passages: Array<{ ordinal: number; paragraph: number; start: number; end: number }>;
}

function rowOf(report: Report, passageOptions: Partial<PassageOptions>): ReportRow {
  const { packed, terms, titleLength } = packReport(report, new Vocabulary(), passageOptions);
  const counts = frequencies(terms);
  const tsv = [...counts]
    .map(([term, count]) => {
      const positions = Array.from({ length: Math.min(count, MAX_POSITIONS) }, (_, i) => i + 1);
      return `${quoteLexeme(term)}:${positions.join(',')}`;
    })
    .join(' ');
  const passages = passagesOf(report, packed).map((p) => ({ ...p, text: '' }));
  // a date that names no month goes to the undated partition (the loader lets none through)
  const month = report.date && /^\d{4}-(?:0[1-9]|1[0-2])-/.test(report.date) ? `${report.date.slice(0, 7)}-01` : null;
  return { report, month, length: terms.length, titleLength, unique: [...counts.keys()], tsv, passages };
}

const DELETE = `DELETE FROM newsdesk_reports WHERE id = ANY($1::text[])
  RETURNING id, month, terms, length, title_length, passages`;
const DELETE_PASSAGES = 'DELETE FROM newsdesk_passages WHERE report_id = ANY($1::text[])';
const DELETE_SEARCH = 'DELETE FROM newsdesk_search WHERE id = ANY($1::text[])';
// the report and its searched terms get the same number (one statement, so one nextval per report)
const INSERT = `WITH x AS (
    SELECT m, i, nextval('newsdesk_report_number') AS n, d, t, b, s, u, o, l, tl, te, v, f, p
    FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[],
      $9::int[], $10::int[], $11::text[], $12::text[], $13::text[], $14::int[])
      AS x(m, i, d, t, b, s, u, o, l, tl, te, v, f, p)
  ), reports AS (
    INSERT INTO newsdesk_reports
      (month, id, number, date, title, body, source, url, origin, length, title_length, terms, fingerprint, passages)
    SELECT m, i, n, d, t, b, s, u, o, l, tl, string_to_array(te, ' '), f, p FROM x
  )
  INSERT INTO newsdesk_search (number, id, date, length, fingerprint, tsv) SELECT n, i, d, l, f, v::tsvector FROM x`;
const INSERT_PASSAGES = `INSERT INTO newsdesk_passages (month, report_id, ordinal, paragraph, start_offset, end_offset)
  SELECT * FROM unnest($1::date[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[])`;
const COUNT_TERMS = `INSERT INTO newsdesk_terms (term, reports) SELECT * FROM unnest($1::text[], $2::int[])
  ON CONFLICT (term) DO UPDATE SET reports = newsdesk_terms.reports + EXCLUDED.reports`;
const DROP_TERMS = 'DELETE FROM newsdesk_terms WHERE term = ANY($1::text[]) AND reports <= 0';
const BUMP = `UPDATE newsdesk_corpus SET reports = reports + $1, total_length = total_length + $2,
  title_length = title_length + $3, passages = passages + $4,
  unique_length = unique_length + $5, version = version + 1 RETURNING version`;

/** A digest of what a report says (its origin left out): a report stored with the same one is unchanged. */
export function fingerprintOf(report: Report): string {
  const { id, date, title, text, source, url } = report;
  return createHash('sha1')
    .update(JSON.stringify([id, date, title, text, source ?? null, url ?? null]))
    .digest('hex');
}

/** Counts one batch changes: reports, lengths, and reports per term. */
class Delta {
  reports = 0;
  length = 0;
  titleLength = 0;
  passages = 0;
  uniqueLength = 0;
  readonly terms = new Map<string, number>();

  count(unique: Iterable<string>, length: number, titleLength: number, passages: number, sign: 1 | -1): void {
    this.reports += sign;
    this.passages += sign * passages;
    let distinct = 0;
    this.length += sign * length;
    this.titleLength += sign * titleLength;
    for (const term of unique) {
      this.terms.set(term, (this.terms.get(term) ?? 0) + sign);
      distinct++;
    }
    this.uniqueLength += sign * distinct;
  }
}

/**
 * Writes reports (a report whose id is stored replaces it) and takes out `removeIds`, in one
 * transaction per batch: the term counts, the corpus counts and the version move with them,
 * and every process listening hears the new version. Returns the ids that were stored before.
 */
export async function writeReports(
  pool: pg.Pool,
  reports: Report[],
  removeIds: string[],
  passageOptions: Partial<PassageOptions>,
): Promise<string[]> {
  const replaced: string[] = [];
  reports = [...new Map(reports.map((report) => [report.id, report])).values()];
  for (let i = 0; i < Math.max(reports.length, removeIds.length); i += WRITE_BATCH) {
    const rows = reports.slice(i, i + WRITE_BATCH).map((report) => rowOf(report, passageOptions));
    const gone = [...removeIds.slice(i, i + WRITE_BATCH), ...rows.map((row) => row.report.id)];
    replaced.push(...(await writeBatch(pool, rows, gone)));
  }
  return replaced;
}

async function writeBatch(pool: pg.Pool, rows: ReportRow[], gone: string[]): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const months = [...new Set(rows.map((row) => row.month).filter((m): m is string => m !== null))];
    for (const month of months) {
      await client.query({
        name: 'nd_partitions',
        text: 'SELECT newsdesk_month_partitions($1::date)',
        values: [month],
      });
    }
    const delta = new Delta();
    const removed = await client.query({ name: 'nd_delete', text: DELETE, values: [gone] });
    await client.query({ name: 'nd_delete_passages', text: DELETE_PASSAGES, values: [gone] });
    await client.query({ name: 'nd_delete_search', text: DELETE_SEARCH, values: [gone] });
    for (const old of removed.rows) delta.count(old.terms as string[], old.length, old.title_length, old.passages, -1);
    if (rows.length) await insertRows(client, rows);
    for (const row of rows) delta.count(row.unique, row.length, row.titleLength, row.passages.length, 1);
    await applyDelta(client, delta);
    await client.query('COMMIT');
    return removed.rows.map((row) => row.id as string);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function insertRows(client: pg.PoolClient, rows: ReportRow[]): Promise<void> {
  const column = <T>(pick: (row: ReportRow) => T) => rows.map(pick);
  await client.query({
    name: 'nd_insert',
    text: INSERT,
    values: [
      column((r) => r.month),
      column((r) => r.report.id),
      column((r) => r.report.date),
      column((r) => r.report.title),
      column((r) => r.report.text),
      column((r) => r.report.source ?? null),
      column((r) => r.report.url ?? null),
      column((r) => JSON.stringify(r.report.origin)),
      column((r) => r.length),
      column((r) => r.titleLength),
      column((r) => r.unique.join(' ')),
      column((r) => r.tsv),
      column((r) => fingerprintOf(r.report)),
      column((r) => r.passages.length),
    ],
  });
  const passages = rows.flatMap((row) => row.passages.map((p) => ({ ...p, month: row.month, id: row.report.id })));
  const pick = <T>(get: (p: (typeof passages)[number]) => T) => passages.map(get);
  await client.query({
    name: 'nd_insert_passages',
    text: INSERT_PASSAGES,
    values: [
      pick((p) => p.month),
      pick((p) => p.id),
      pick((p) => p.ordinal),
      pick((p) => p.paragraph),
      pick((p) => p.start),
      pick((p) => p.end),
    ],
  });
}

async function applyDelta(client: pg.PoolClient, delta: Delta): Promise<void> {
  // sorted, so two processes writing at once lock the term rows in the same order
  const changed = [...delta.terms].filter(([, n]) => n !== 0).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const terms = changed.map(([term]) => term);
  await client.query({ name: 'nd_count_terms', text: COUNT_TERMS, values: [terms, changed.map(([, n]) => n)] });
  const fallen = changed.filter(([, n]) => n < 0).map(([term]) => term);
  if (fallen.length) await client.query({ name: 'nd_drop_terms', text: DROP_TERMS, values: [fallen] });
  const values = [delta.reports, delta.length, delta.titleLength, delta.passages, delta.uniqueLength];
  const bumped = await client.query({ name: 'nd_bump', text: BUMP, values });
  const version = String(bumped.rows[0]?.version ?? 0);
  await client.query({ name: 'nd_notify', text: 'SELECT pg_notify($1, $2)', values: [CHANGES_CHANNEL, version] });
}
