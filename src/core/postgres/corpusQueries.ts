import type pg from 'pg';
import type { SearchFilter } from '../index/indexOptions.js';
import type { Annotations, Report } from '../types.js';
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
// the months bound the partitions read; the dates themselves are compared as text
const DATE_AND_IDS = `($2::text IS NULL OR r.date >= $2) AND ($3::text IS NULL OR r.date <= $3)
  AND ($4::text[] IS NULL OR r.id = ANY($4)) AND ($5::date IS NULL OR r.month >= $5)
  AND ($6::date IS NULL OR r.month <= $6)`;
// a report's length here is its distinct terms (length of the tsvector), as MiniSearch counts it
const MATCHES = `SELECT r.number, length(r.tsv) AS length, m.lexemes, m.counts FROM newsdesk_reports r
  CROSS JOIN LATERAL (
    SELECT array_agg(u.lexeme) AS lexemes, array_agg(cardinality(u.positions)) AS counts FROM unnest(r.tsv) u
    WHERE u.lexeme = ANY($7::text[]) OR EXISTS (SELECT 1 FROM unnest($8::text[]) p WHERE starts_with(u.lexeme, p))
  ) m
  WHERE r.tsv @@ $1::tsquery AND ${DATE_AND_IDS}`;
const IN_FILTER = `SELECT r.number FROM newsdesk_reports r WHERE r.number = ANY($1::bigint[]) AND ${DATE_AND_IDS}`;
const COMMON_LIST = 'SELECT numbers, scores FROM newsdesk_common_lists WHERE term = $1';
// a common word's best reports by the BM25+ term weight (k 1.2, b 0.7, d 0.5), as the in-memory top lists
const MAKE_COMMON_LIST = `INSERT INTO newsdesk_common_lists (term, numbers, scores)
  SELECT $1, coalesce(array_agg(number ORDER BY weight DESC, number), '{}'),
    coalesce(array_agg(weight ORDER BY weight DESC, number), '{}') FROM (
    SELECT r.number, 0.5 + f.tf * 2.2 / (f.tf + 1.2 * (0.3 + 0.7 * r.length / $3::float8)) AS weight
    FROM newsdesk_reports r
    CROSS JOIN LATERAL (SELECT cardinality(u.positions) AS tf FROM unnest(r.tsv) u WHERE u.lexeme = $1) f
    WHERE r.tsv @@ $2::tsquery ORDER BY weight DESC, r.number LIMIT $4) best
  ON CONFLICT (term) DO UPDATE SET numbers = EXCLUDED.numbers, scores = EXCLUDED.scores
  RETURNING numbers, scores`;
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
  return [filter.from ?? null, filter.to ?? null, filter.reports ?? null, monthOf(filter.from), monthOf(filter.to)];
}

/** The first day of a filter date's month when it is a real date (null otherwise: no partition is skipped). */
function monthOf(date: string | undefined): string | null {
  const month = /^(\d{4})-(\d{2})-\d{2}$/.exec(date ?? '');
  return month && Number(month[2]) >= 1 && Number(month[2]) <= 12 ? `${month[1]}-${month[2]}-01` : null;
}

/** Reports (within the filter) holding one of `exact` or a term starting with one of `prefixes`. */
export async function matchTerms(
  pool: pg.Pool,
  exact: string[],
  prefixes: string[],
  filter: SearchFilter,
): Promise<TermMatch[]> {
  const query = [...exact.map(quoteLexeme), ...prefixes.map((p) => `${quoteLexeme(p)}:*`)].join(' | ');
  if (!query) return [];
  const values = [query, ...filterValues(filter), exact, prefixes];
  const { rows } = await pool.query({ name: 'nd_matches', text: MATCHES, values });
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

/**
 * A common word's top list: report numbers with their term weight (without the word's idf),
 * stored for every process; made from the reports the first time it is asked for.
 */
export async function commonList(
  pool: pg.Pool,
  term: string,
  averageLength: number,
  size: number,
): Promise<Array<[number, number]>> {
  const stored = await pool.query({ name: 'nd_common_list', text: COMMON_LIST, values: [term] });
  let row = stored.rows[0];
  if (!row) {
    const values = [term, quoteLexeme(term), averageLength, size];
    row = (await pool.query({ name: 'nd_make_common_list', text: MAKE_COMMON_LIST, values })).rows[0];
  }
  const numbers = (row?.numbers ?? []) as string[];
  const scores = (row?.scores ?? []) as number[];
  return numbers.map((number, i) => [Number(number), Number(scores[i])]);
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

/** Stores a report's annotations for every process. */
export async function writeAnnotations(pool: pg.Pool, id: string, annotations: Annotations): Promise<void> {
  const text = 'UPDATE newsdesk_reports SET annotations = $2::jsonb WHERE id = $1';
  await pool.query({ name: 'nd_write_annotations', text, values: [id, JSON.stringify(annotations)] });
}
