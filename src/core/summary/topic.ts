import type { SummarySource } from './source.js';
import type { SummaryTopic } from '../settings/guildSettings.js';
import { termsOf } from '../text/terms.js';
import type { Report } from '../types.js';

/** Passages read for a saved query: enough to reach every report of a busy day. */
const QUERY_PASSAGES = 400;

/**
 * The reports a summary channel is about: with any `include` word (or found by the saved
 * search `query`), never with an `exclude` word. Words are matched as index terms (stemmed,
 * case ignored), so "defence" finds "Defence" and "defences"; a phrase needs all its words.
 * No topic, or one with neither include words nor a query, keeps every report.
 */
export function reportsOnTopic(desk: SummarySource, reports: Report[], topic: SummaryTopic | undefined): Report[] {
  if (!topic) return reports;
  const include = topic.include.map(termsOf).filter((t) => t.length > 0);
  const exclude = topic.exclude.map(termsOf).filter((t) => t.length > 0);
  const found = topic.query ? foundBy(desk, topic.query, reports) : null;
  const anyTopic = include.length > 0 || found !== null;
  return reports.filter((report) => {
    const terms = new Set(termsOf(`${report.title}\n${report.text}`));
    const has = (words: string[]) => words.every((w) => terms.has(w));
    if (exclude.some(has)) return false;
    if (!anyTopic) return true;
    return include.some(has) || (found?.has(report.id) ?? false);
  });
}

/** The ids of the reports among `reports` that a search for `query` cites, over their dates. */
function foundBy(desk: SummarySource, query: string, reports: Report[]): Set<string> {
  const dates = reports.map((r) => r.date).filter((d): d is string => d !== null);
  const sorted = [...dates].sort(); // ISO dates sort as text
  if (!sorted.length) return new Set();
  const from = sorted[0]!;
  const to = sorted.at(-1)!;
  const result = desk.ask('search', query, { from, to, limit: 100, passages: QUERY_PASSAGES });
  return new Set(result.answers.flatMap((a) => a.citations.map((c) => c.reportId)));
}
