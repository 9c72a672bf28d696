import type { PassageHit } from '../index/newsIndex.js';
import type { Citation, TextSpan } from '../types.js';

/**
 * The passage and report an answer comes from; `span` is the answer inside the report text.
 * Its matched words are set by `ask`, which knows the question.
 */
export function citeHit(hit: PassageHit, span?: TextSpan): Citation {
  const citation: Citation = {
    reportId: hit.report.id,
    reportDate: hit.report.date,
    title: hit.report.title,
    passage: hit.passage.text,
    start: hit.passage.start,
    end: hit.passage.end,
    matches: [],
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

/** A score to three decimals, as answers carry it. */
export function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** How the words around an answer fit the question, from one pass over its passage. */
export interface ContextFit {
  /** 1 / (1 + d/40), d = characters to the nearest word the search matched; 0 when none. */
  proximity: number;
  /** Share of the question's terms within 80 characters of the answer. */
  local: number;
  /** Mean over the question's terms of exp(-d/80), d = characters to its nearest occurrence. */
  aligned: number;
}

/** Characters around the answer within which a question word counts as local. */
const LOCAL_RADIUS = 80;
/** Characters over which a question word's closeness to the answer fades by a factor e. */
const ALIGN_SCALE = 80;

/**
 * Distances from the answer span to the words of its passage (the answer's own words left
 * out), summed up three ways in one pass. `words` are the passage's words with their index
 * terms and offsets in the passage text; words whose term is neither asked nor matched may be left
 * out, as they count for nothing.
 */
export function contextFit(
  words: ReadonlyArray<{ start: number; end: number; term: string | null }>,
  passageStart: number,
  span: TextSpan,
  queryTerms: string[],
  matched: Set<string>,
): ContextFit {
  const nearest = new Map<string, number>();
  for (const word of words) {
    const start = passageStart + word.start;
    const end = passageStart + word.end;
    if (end > span.start && start < span.end) continue;
    const term = word.term;
    if (!term) continue;
    const distance = start >= span.end ? start - span.end : span.start - end;
    if (distance < (nearest.get(term) ?? Infinity)) nearest.set(term, distance);
  }
  let closestMatch = Infinity;
  for (const term of matched) closestMatch = Math.min(closestMatch, nearest.get(term) ?? Infinity);
  const asked = new Set(queryTerms);
  let near = 0;
  let sum = 0;
  for (const term of asked) {
    const d = nearest.get(term);
    if (d === undefined) continue;
    if (d <= LOCAL_RADIUS) near++;
    sum += Math.exp(-d / ALIGN_SCALE);
  }
  const count = queryTerms.length;
  return {
    proximity: Number.isFinite(closestMatch) ? 1 / (1 + closestMatch / 40) : 0,
    local: count ? near / asked.size : 0,
    aligned: count ? sum / count : 0,
  };
}
