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
export function normalizedScores(hits: PassageHit[]): number[] {
  const best = hits[0]?.score ?? 1;
  return hits.map((h) => h.score / best);
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
