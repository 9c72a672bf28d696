import type { PassageHit } from '../../index/newsIndex.js';
import { processTerm } from '../../text/terms.js';
import { contextFit } from '../citation.js';

/** Feature values by name; a missing name counts as 0. */
export type Features = Record<string, number>;

/** What every candidate of one passage shares: the passage's match with the question. */
export interface HitContext {
  hit: PassageHit;
  /** 0-based rank of the passage among the hits. */
  rank: number;
  /** The passage's search score relative to the best hit, 0..1. */
  weight: number;
  /** Share of the question's terms the passage (or its report) matched. */
  coverage: number;
  /** The question's index terms. */
  queryTerms: string[];
  /** Share of the question's terms that any passage found matched: low when the reports miss a word asked about. */
  questionCoverage: number;
}

/** Words that introduce a time ("in 1990", "on May 4"). */
const TIME_PREPOSITIONS = new Set(['in', 'on', 'since', 'until', 'by', 'from', 'during', 'after', 'before', 'at']);
const WORD = /[\p{L}\p{N}]+/gu;

/** The passage-level features of each hit, computed once per question. */
export function hitContexts(hits: PassageHit[], queryTerms: string[]): HitContext[] {
  const best = hits[0]?.score ?? 1;
  const asked = new Set(queryTerms);
  const anywhere = new Set(hits.flatMap((hit) => hit.terms.filter((t) => asked.has(t))));
  const questionCoverage = asked.size ? anywhere.size / asked.size : 0;
  return hits.map((hit, rank) => {
    const matched = new Set(hit.terms.filter((t) => asked.has(t)));
    return { hit, rank, weight: (hit.score / best) ** 2, coverage: asked.size ? matched.size / asked.size : 0, queryTerms, questionCoverage };
  });
}

/**
 * How the words around a span fit the question: the passage match, nearness of the question's
 * words, and two syntactic cues read off the neighbouring words (a question word right after
 * the span, as a subject before its verb; the word right before the span).
 */
export function spanFeatures(context: HitContext, span: { start: number; end: number }, inQuote: boolean): Features {
  const { hit, queryTerms } = context;
  const fit = contextFit(hit.passage.text, hit.passage.start, span, queryTerms, new Set(hit.terms), processTerm);
  const offset = hit.passage.start;
  const after = [...hit.passage.text.slice(span.end - offset, span.end - offset + 40).matchAll(WORD)].slice(0, 3);
  const before = [...hit.passage.text.slice(Math.max(0, span.start - offset - 16), span.start - offset).matchAll(WORD)].pop()?.[0];
  const asked = new Set(queryTerms);
  const previous = before?.toLowerCase();
  return {
    passage: context.weight,
    rank: 1 / (1 + context.rank),
    coverage: context.coverage,
    questionCoverage: context.questionCoverage,
    proximity: fit.proximity,
    local: fit.local,
    aligned: fit.aligned,
    // the passage match and the nearness of the question's words count together, not apart
    passageAligned: context.weight * fit.aligned,
    passageLocal: context.weight * fit.local,
    subjectCue: after.some((m) => asked.has(processTerm(m[0]) ?? '')) ? 1 : 0,
    byAgent: previous === 'by' ? 1 : 0,
    timePreposition: previous && TIME_PREPOSITIONS.has(previous) ? 1 : 0,
    inQuote: inQuote ? 1 : 0,
  };
}

/** Feature-wise maximum, for a candidate named in several passages. */
export function mergeMax(into: Features, from: Features): void {
  for (const [name, value] of Object.entries(from)) into[name] = Math.max(into[name] ?? -Infinity, value);
}

/** Share of a text's terms that the question holds. */
export function shareInQuestion(terms: string[], queryTerms: Set<string>): number {
  return terms.length ? terms.filter((t) => queryTerms.has(t)).length / terms.length : 0;
}
