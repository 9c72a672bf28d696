import type pg from 'pg';
import type { SearchFilter } from '../index/indexOptions.js';
import type { Report } from '../types.js';
import type { CorpusCounts } from './corpusStats.js';

/** One report matching a question's words: its number, distinct terms, and each matched term's frequency in it. */
export interface TermMatch {
  number: number;
  length: number;
  lexemes: string[];
  counts: number[];
}

/** A report read back, with its stored annotations (JSON text) when it has them. */
export interface StoredRow {
  number: number;
  report: Report;
  annotations: string | null;
}

// Every statement is named, so the server prepares it once per connection; values are always parameters.
const COUNTS = 'SELECT reports, total_length, title_length, passages, unique_length, version FROM newsdesk_corpus';
const FREQUENCIES = 'SELECT term, reports FROM newsdesk_terms WHERE term = ANY($1::text[])';
// the searched terms live in one table (newsdesk_search) that is not partitioned; dates compare as text
const DATE_AND_IDS = `($2::text IS NULL OR s.date >= $2) AND ($3::text IS NULL OR s.date <= $3)
  AND ($4::text[] IS NULL OR s.id = ANY($4))`;
// each matched report's terms that stand for a question word: the exact ones ($5) and those starting with one of $6
const MATCHED_TERMS = `CROSS JOIN LATERAL (
    SELECT array_agg(u.lexeme) AS lexemes, array_agg(cardinality(u.positions)) AS counts FROM unnest(s.tsv) u
    WHERE u.lexeme = ANY($5::text[]) OR EXISTS (SELECT 1 FROM unnest($6::text[]) p WHERE starts_with(u.lexeme, p))
  ) m`;
// a report's length here is its distinct terms (length of the tsvector), as MiniSearch counts it
const MATCHES = `SELECT s.number, length(s.tsv) AS length, m.lexemes, m.counts FROM newsdesk_search s ${MATCHED_TERMS}
  WHERE s.tsv @@ $1::tsquery AND ${DATE_AND_IDS}`;
// the same for the best `$7` matches only, as RUM ranks them inside its index (where RUM is installed)
const RANKED_MATCHES = `SELECT s.number, length(s.tsv) AS length, m.lexemes, m.counts FROM (
    SELECT s.number, s.tsv FROM newsdesk_search s WHERE s.tsv @@ $1::tsquery AND ${DATE_AND_IDS}
    ORDER BY s.tsv <=> $1::tsquery LIMIT $7
  ) s ${MATCHED_TERMS}`;
const IN_FILTER = `SELECT s.number FROM newsdesk_search s WHERE s.number = ANY($1::bigint[]) AND ${DATE_AND_IDS}`;
const REPORTS = `SELECT number, id, date, title, body, source, url, origin,
  annotations::text AS annotations FROM newsdesk_reports WHERE number = ANY($1::bigint[])`;
const DATED = `SELECT number FROM newsdesk_reports WHERE date >= $1 AND date <= $2 ORDER BY number LIMIT $3`;
const FIND = `SELECT number, id, date, title, body, source, url, origin, NULL AS annotations FROM newsdesk_reports
  WHERE $1 = '' OR position($1 in lower(id)) > 0 OR position($1 in lower(title)) > 0
  ORDER BY date DESC NULLS LAST, id LIMIT $2`;
const NAMES = `SELECT name FROM newsdesk_names WHERE kind = $1 AND mentions > 0 AND position($2 in lower(name)) > 0
  ORDER BY position($2 in lower(name)) = 1 DESC, mentions DESC, name LIMIT $3`;
const LATEST_DATE = `SELECT max(date) AS date FROM newsdesk_reports`;
const REPORT_BY_ID = `SELECT number, id, date, title, body, source, url, origin,
  annotations::text AS annotations FROM newsdesk_reports WHERE id = $1`;

/** The corpus-wide counts and change version. */
export async function readCounts(pool: pg.Pool): Promise<CorpusCounts> {
  const { rows } = await pool.query({ name: 'nd_counts', text: COUNTS });
  const row = rows[0] ?? {};
  return {
    reports: Number(row.reports ?? 0),
    totalLength: Number(row.total_length ?? 0),
    titleLength: Number(row.title_length ?? 0),
    passages: Number(row.passages ?? 0),
    uniqueLength: Number(row.unique_length ?? 0),
    version: Number(row.version ?? 0),
  };
}

/** Reports per term for `terms` (terms in no report are left out). */
export async function readFrequencies(pool: pg.Pool, terms: string[]): Promise<Array<[string, number]>> {
  if (terms.length === 0) return [];
  const { rows } = await pool.query({ name: 'nd_frequencies', text: FREQUENCIES, values: [terms] });
  return rows.map((row) => [row.term as string, Number(row.reports)]);
}

function filterValues(filter: SearchFilter): unknown[] {
  return [filter.from ?? null, filter.to ?? null, filter.reports ?? null];
}

/**
 * Reports (within the filter) holding one of `exact` or a term starting with one of `prefixes`:
 * all of them, or with `ranked` only that many, the best as RUM ranks them.
 */
export async function matchTerms(
  pool: pg.Pool,
  exact: string[],
  prefixes: string[],
  filter: SearchFilter,
  ranked?: number,
): Promise<TermMatch[]> {
  const query = [...exact.map(quoteLexeme), ...prefixes.map((p) => `${quoteLexeme(p)}:*`)].join(' | ');
  if (!query) return [];
  const values = [query, ...filterValues(filter), exact, prefixes];
  const statement = ranked
    ? { name: 'nd_ranked_matches', text: RANKED_MATCHES, values: [...values, ranked] }
    : { name: 'nd_matches', text: MATCHES, values };
  const { rows } = await pool.query(statement);
  return rows.map((row) => ({
    number: Number(row.number),
    length: Number(row.length),
    lexemes: row.lexemes as string[],
    counts: (row.counts as number[]).map(Number),
  }));
}

/** Which of the report numbers lie within the filter's dates and report list. */
export async function numbersInFilter(pool: pg.Pool, numbers: number[], filter: SearchFilter): Promise<Set<number>> {
  const values = [numbers, ...filterValues(filter)];
  const { rows } = await pool.query({ name: 'nd_in_filter', text: IN_FILTER, values });
  return new Set(rows.map((row) => Number(row.number)));
}

const NEAR = `SELECT term, levenshtein_less_equal(term, $1, $2) AS distance FROM newsdesk_terms
  WHERE length(term) BETWEEN length($1) - $2 AND length($1) + $2 AND NOT starts_with(term, $1)
    AND levenshtein_less_equal(term, $1, $2) <= $2`;

/** Index terms within `distance` edits of `word` (its longer forms left out), with their distance. */
export async function nearTerms(pool: pg.Pool, word: string, distance: number): Promise<Map<string, number>> {
  const { rows } = await pool.query({ name: 'nd_near', text: NEAR, values: [word, distance] });
  return new Map(rows.map((row) => [row.term as string, Number(row.distance)]));
}

/** The reports with these numbers (those still stored). */
export async function readReports(pool: pg.Pool, numbers: number[]): Promise<StoredRow[]> {
  if (numbers.length === 0) return [];
  const { rows } = await pool.query({ name: 'nd_reports', text: REPORTS, values: [numbers] });
  return rows.map(toStoredRow);
}

/** Numbers of the reports dated from `from` through `to` (ISO dates), at most `limit`. */
export async function numbersDated(pool: pg.Pool, from: string, to: string, limit: number): Promise<number[]> {
  const { rows } = await pool.query({ name: 'nd_dated', text: DATED, values: [from, to, limit] });
  return rows.map((row) => Number(row.number));
}

/** Reports whose id or title contains `text` (any case; all when it is empty), newest first, at most `limit`. */
export async function findReports(pool: pg.Pool, text: string, limit: number): Promise<Report[]> {
  const values = [text.trim().toLowerCase(), limit];
  const { rows } = await pool.query({ name: 'nd_find_reports', text: FIND, values });
  return rows.map((row) => toStoredRow(row).report);
}

/** Names of `kind` containing `text` (any case), those starting with it first, then the most mentioned. */
export async function knownNames(pool: pg.Pool, kind: string, text: string, limit: number): Promise<string[]> {
  const values = [kind, text.trim().toLowerCase(), limit];
  const { rows } = await pool.query({ name: 'nd_known_names', text: NAMES, values });
  return rows.map((row) => row.name as string);
}

/** The newest report date stored, or null when no report has one. */
export async function latestDate(pool: pg.Pool): Promise<string | null> {
  const { rows } = await pool.query({ name: 'nd_latest_date', text: LATEST_DATE });
  return (rows[0]?.date as string | null | undefined) ?? null;
}

/** The report with this id, or null. */
export async function readReport(pool: pg.Pool, id: string): Promise<StoredRow | null> {
  const { rows } = await pool.query({ name: 'nd_report_by_id', text: REPORT_BY_ID, values: [id] });
  return rows[0] ? toStoredRow(rows[0]) : null;
}

function toStoredRow(row: Record<string, unknown>): StoredRow {
  const report: Report = {
    id: row.id as string,
    date: (row.date as string | null) ?? null,
    title: row.title as string,
    text: row.body as string,
    origin: row.origin as Report['origin'],
  };
  if (row.source) report.source = row.source as string;
  if (row.url) report.url = row.url as string;
  return { number: Number(row.number), report, annotations: (row.annotations as string | null) ?? null };
}

/** A term as a tsquery or tsvector lexeme literal (a value passed as a parameter, never query text). */
export function quoteLexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
