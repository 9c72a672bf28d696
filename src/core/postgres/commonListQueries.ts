import type pg from 'pg';
import { quoteLexeme } from './corpusQueries.js';

/** A list made when the corpus had this many reports is made again once it has grown or shrunk by a twentieth. */
const STALE_SHARE = 1 / 20;

const READ = 'SELECT numbers, scores, made_at FROM newsdesk_common_lists WHERE term = $1';
// a common word's best reports by the BM25+ term weight (k 1.2, b 0.7, d 0.5), as the in-memory top lists;
// all the reports holding it are weighed, or (where RUM is installed) the best `$6` as RUM ranks them
const weighed = (from: string) => `INSERT INTO newsdesk_common_lists (term, numbers, scores, made_at)
  SELECT $1, coalesce(array_agg(number ORDER BY weight DESC, number), '{}'),
    coalesce(array_agg(weight ORDER BY weight DESC, number), '{}'), $5 FROM (
    SELECT s.number, 0.5 + f.tf * 2.2 / (f.tf + 1.2 * (0.3 + 0.7 * s.length / $3::float8)) AS weight
    FROM ${from} s
    CROSS JOIN LATERAL (SELECT cardinality(u.positions) AS tf FROM unnest(s.tsv) u WHERE u.lexeme = $1) f
    ORDER BY weight DESC, s.number LIMIT $4) best
  ON CONFLICT (term) DO UPDATE SET numbers = EXCLUDED.numbers, scores = EXCLUDED.scores, made_at = EXCLUDED.made_at
  RETURNING numbers, scores`;
const MAKE = weighed('(SELECT number, length, tsv FROM newsdesk_search WHERE tsv @@ $2::tsquery)');
const MAKE_RANKED = weighed(`(SELECT number, length, tsv FROM newsdesk_search WHERE tsv @@ $2::tsquery
  ORDER BY tsv <=> $2::tsquery LIMIT $6)`);

/** How a common word's list is made. */
export interface ListSource {
  /** Reports in the corpus now (a list made at a size far from it is made again). */
  reports: number;
  /** Mean length of a report, in terms. */
  averageLength: number;
  /** Reports kept in the list. */
  size: number;
  /** When set, only this many reports holding the word are weighed: the best as RUM ranks them. */
  ranked?: number;
}

/**
 * A common word's top list: report numbers with their term weight (without the word's idf),
 * stored for every process; made from the reports the first time it is asked for, and again
 * when the corpus has changed size by more than a twentieth since. Read from `read` (a replica
 * when there is one), made on `write` (the primary).
 */
export async function commonList(
  pools: { read: pg.Pool; write: pg.Pool },
  term: string,
  source: ListSource,
): Promise<Array<[number, number]>> {
  const stored = await pools.read.query({ name: 'nd_common_list', text: READ, values: [term] });
  let row = stored.rows[0];
  if (!row || Math.abs(Number(row.made_at) - source.reports) > source.reports * STALE_SHARE) {
    const values = [term, quoteLexeme(term), source.averageLength, source.size, source.reports];
    const statement = source.ranked
      ? { name: 'nd_make_ranked_list', text: MAKE_RANKED, values: [...values, source.ranked] }
      : { name: 'nd_make_common_list', text: MAKE, values };
    row = (await pools.write.query(statement)).rows[0];
  }
  const numbers = (row?.numbers ?? []) as string[];
  const scores = (row?.scores ?? []) as number[];
  return numbers.map((number, i) => [Number(number), Number(scores[i])]);
}

const WANTED = `SELECT t.term FROM newsdesk_terms t LEFT JOIN newsdesk_common_lists l ON l.term = t.term
  WHERE t.reports > $1::float8 AND (l.term IS NULL OR abs(l.made_at - $2::float8) > $2::float8 * $3::float8)
  ORDER BY t.reports DESC, t.term`;

/** Words in more than `threshold` reports whose list is missing or stale, the most frequent first. */
export async function listsWanted(pool: pg.Pool, threshold: number, reports: number): Promise<string[]> {
  const values = [threshold, reports, STALE_SHARE];
  const { rows } = await pool.query({ name: 'nd_lists_wanted', text: WANTED, values });
  return rows.map((row) => row.term as string);
}

const STARTING_WITH = `SELECT p.prefix, t.term, t.reports FROM unnest($1::text[]) AS p(prefix)
  JOIN newsdesk_terms t ON t.term ~>=~ p.prefix AND t.term ~<~ (p.prefix || chr(1114111))`;

/** Index terms starting with each prefix (the prefix itself included when it is one), with their reports. */
export async function termsStartingWith(pool: pg.Pool, prefixes: string[]): Promise<Map<string, Map<string, number>>> {
  const found = new Map(prefixes.map((prefix) => [prefix, new Map<string, number>()]));
  if (prefixes.length === 0) return found;
  const { rows } = await pool.query({ name: 'nd_starting_with', text: STARTING_WITH, values: [prefixes] });
  for (const row of rows) found.get(row.prefix as string)?.set(row.term as string, Number(row.reports));
  return found;
}

/** Whether the RUM index is there to rank matches inside the database. */
export async function hasRanking(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query("SELECT to_regclass('newsdesk_search_rum') IS NOT NULL AS ranked");
  return rows[0]?.ranked === true;
}
