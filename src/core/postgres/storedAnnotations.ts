import type pg from 'pg';

/** A report waiting for its annotations: its number (a replaced report gets a new one), id, text and date. */
export interface PendingReport {
  number: number;
  id: string;
  text: string;
  date: string | null;
}

// in number order, which the index on number gives without reading every pending row first
const PENDING = `SELECT number, id, body, date FROM newsdesk_reports
  WHERE (annotations IS NULL OR analysis IS DISTINCT FROM $3) AND NOT (id = ANY($1::text[]))
  ORDER BY number LIMIT $2`;
const STORE = `UPDATE newsdesk_reports r SET annotations = x.a, analysis = $3
  FROM unnest($1::bigint[], $2::jsonb[]) AS x(n, a) WHERE r.number = x.n`;

/**
 * Up to `limit` reports of the database to annotate (those in `skip` left out): not annotated yet,
 * or annotated by extractors other than `analysis` (an `analysisFingerprint`).
 */
export async function pendingReports(
  pool: pg.Pool,
  skip: string[],
  limit: number,
  analysis: string,
): Promise<PendingReport[]> {
  const { rows } = await pool.query({ name: 'nd_pending', text: PENDING, values: [skip, limit, analysis] });
  return rows.map((row) => ({ number: Number(row.number), id: row.id, text: row.body, date: row.date ?? null }));
}

/**
 * Stores annotations (JSON) by report number, with the `analysis` that made them, for every
 * process: a report replaced meanwhile has a new number and keeps waiting for its own.
 */
export async function storeAnnotations(
  pool: pg.Pool,
  annotated: Array<[number, string]>,
  analysis: string,
): Promise<void> {
  if (annotated.length === 0) return;
  const values = [annotated.map(([number]) => number), annotated.map(([, json]) => json), analysis];
  await pool.query({ name: 'nd_store_annotations', text: STORE, values });
}
