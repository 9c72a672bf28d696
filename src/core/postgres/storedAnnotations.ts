import type pg from 'pg';

/** A report waiting for its annotations: its number (a replaced report gets a new one), id, text and date. */
export interface PendingReport {
  number: number;
  id: string;
  text: string;
  date: string | null;
}

const PENDING = `SELECT number, id, body, date FROM newsdesk_reports
  WHERE annotations IS NULL AND NOT (id = ANY($1::text[])) ORDER BY number LIMIT $2`;
const STORE = `UPDATE newsdesk_reports r SET annotations = x.a FROM unnest($1::bigint[], $2::jsonb[]) AS x(n, a)
  WHERE r.number = x.n`;

/** Up to `limit` reports of the database not annotated yet (those in `skip` left out). */
export async function pendingReports(pool: pg.Pool, skip: string[], limit: number): Promise<PendingReport[]> {
  const { rows } = await pool.query({ name: 'nd_pending', text: PENDING, values: [skip, limit] });
  return rows.map((row) => ({ number: Number(row.number), id: row.id, text: row.body, date: row.date ?? null }));
}

/**
 * Stores annotations (JSON) by report number, for every process: a report replaced meanwhile
 * has a new number and keeps waiting for its own.
 */
export async function storeAnnotations(pool: pg.Pool, annotated: Array<[number, string]>): Promise<void> {
  if (annotated.length === 0) return;
  const values = [annotated.map(([number]) => number), annotated.map(([, json]) => json)];
  await pool.query({ name: 'nd_store_annotations', text: STORE, values });
}
