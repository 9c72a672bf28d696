import type { PassageHit } from '../index/newsIndex.js';
import type { Citation } from '../types.js';

/** The passage and report an answer comes from; `span` is the answer inside the report text. */
export function citeHit(hit: PassageHit, span?: { start: number; end: number }): Citation {
  const citation: Citation = {
    reportId: hit.report.id,
    reportDate: hit.report.date,
    title: hit.report.title,
    passage: hit.passage.text,
    start: hit.passage.start,
    end: hit.passage.end,
  };
  if (span) {
    citation.answerStart = span.start;
    citation.answerEnd = span.end;
  }
  return citation;
}

/** Scores in 0..1 relative to the best hit, so bonuses weigh the same on every query. */
export function normalizedScores(hits: PassageHit[], sharpness = 2): number[] {
  const best = hits[0]?.score ?? 1;
  return hits.map((h) => (h.score / best) ** sharpness);
}

/** Characters between a span and the nearest matched query word in the passage, or Infinity. */
export function distanceToMatches(text: string, passageStart: number, matched: Set<string>, span: { start: number; end: number }, termOf: (word: string) => string | null): number {
  let best = Infinity;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const term = termOf(m[0]);
    if (!term || !matched.has(term)) continue;
    const start = passageStart + m.index;
    const end = start + m[0].length;
    if (end > span.start && start < span.end) continue; // the answer itself
    const distance = start >= span.end ? start - span.end : span.start - end;
    if (distance < best) best = distance;
  }
  return best;
}

export function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Share of the query's terms found within `radius` characters of the span, in the passage (0..1). */
export function localMatch(text: string, passageStart: number, queryTerms: string[], span: { start: number; end: number }, termOf: (word: string) => string | null, radius = 80): number {
  if (queryTerms.length === 0) return 0;
  const wanted = new Set(queryTerms);
  const near = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = passageStart + m.index;
    const end = start + m[0].length;
    if (end > span.start && start < span.end) continue;
    if (start > span.end + radius || end < span.start - radius) continue;
    const term = termOf(m[0]);
    if (term && wanted.has(term)) near.add(term);
  }
  return near.size / wanted.size;
}

/**
 * How closely the question's words surround the span: for each query term found in the
 * passage, exp(-distance / scale) to its nearest occurrence, averaged over all query terms.
 */
export function alignment(text: string, passageStart: number, queryTerms: string[], span: { start: number; end: number }, termOf: (word: string) => string | null, scale = 80): number {
  if (queryTerms.length === 0) return 0;
  const nearest = new Map<string, number>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = passageStart + m.index;
    const end = start + m[0].length;
    if (end > span.start && start < span.end) continue;
    const term = termOf(m[0]);
    if (!term) continue;
    const distance = start >= span.end ? start - span.end : span.start - end;
    if (distance < (nearest.get(term) ?? Infinity)) nearest.set(term, distance);
  }
  let sum = 0;
  for (const term of queryTerms) {
    const d = nearest.get(term);
    if (d !== undefined) sum += Math.exp(-d / scale);
  }
  return sum / queryTerms.length;
}

