import type { PassageHit } from '../../index/newsIndex.js';
import type { Annotations } from '../../types.js';
import { contextFit } from '../citation.js';
import { pairsAt, sentencePairs, termPairs, type PairAt } from './bigrams.js';
import { around, passageWords, termsOutside, wordsIn, type PassageWord, type PassageWords } from './passageWords.js';
import { termWeights, weightedShares } from './weightedShare.js';

/** Feature values by name; a missing name counts as 0. */
export type Features = Record<string, number>;

/** What every candidate of one passage shares: the passage's match with the question. */
export interface HitContext {
  hit: PassageHit;
  /** 0-based rank of the passage among the hits. */
  rank: number;
  /** The passage's search score relative to the best hit, squared, 0..1. */
  weight: number;
  /** The same, not squared: with both, the ranker learns how steeply a weaker match falls off. */
  relative: number;
  /** Share of the question's terms the passage (or its report) matched. */
  coverage: number;
  /** The question's index terms. */
  queryTerms: string[];
  /** Share of the question's terms that any passage found matched: low when the reports miss a word asked about. */
  questionCoverage: number;
  /** "Who did X meet?", "whom": the answer is the object of the question's verb, not its subject. */
  asksObject: boolean;
  /** Share of the question's terms that no report holds at all: what the reports cannot be about. */
  unknown: number;
  /** How well each of the question's terms tells the passages found apart (`termWeights`). */
  weights: Map<string, number>;
}

/** "who did …", "whom …", "who does … to": the question's subject is given, its object asked. */
const ASKS_OBJECT = /^\s*(?:whom\b|who\s+(?:did|does|do|will|would|can|could|should|has|have|had)\b)/i;

/** Words that introduce a time ("in 1990", "on May 4"). */
const TIME_PREPOSITIONS = new Set(['in', 'on', 'since', 'until', 'by', 'from', 'during', 'after', 'before', 'at']);

/** The passage-level features of each hit, computed once per question. */
export function hitContexts(
  hits: PassageHit[],
  queryTerms: string[],
  question = '',
  reportsWith: (term: string) => number = () => 1,
): HitContext[] {
  const asksObject = ASKS_OBJECT.test(question);
  const best = hits[0]?.score ?? 1;
  const asked = new Set(queryTerms);
  const anywhere = new Set(hits.flatMap((hit) => hit.terms.filter((t) => asked.has(t))));
  const questionCoverage = asked.size ? anywhere.size / asked.size : 0;
  const unknown = asked.size ? [...asked].filter((term) => reportsWith(term) === 0).length / asked.size : 0;
  const weights = termWeights(
    hits.map((hit) => hit.terms),
    queryTerms,
  );
  return hits.map((hit, rank) => {
    const matched = new Set(hit.terms.filter((t) => asked.has(t)));
    return {
      hit,
      rank,
      weight: (hit.score / best) ** 2,
      relative: hit.score / best,
      coverage: asked.size ? matched.size / asked.size : 0,
      queryTerms,
      questionCoverage,
      asksObject,
      unknown,
      weights,
    };
  });
}

/** A passage as its candidates read it: its words once, and those whose term the question or the search holds. */
interface Reading {
  passage: PassageWords;
  /** The words that count for `contextFit`: their term is asked or matched. */
  counted: PassageWord[];
  asked: Set<string>;
  matched: Set<string>;
  /** How many pairs of neighbouring terms the question has, and where the passage holds them. */
  pairs: { asked: number; found: PairAt[] };
}

/** One reading per passage of a question: every candidate of a passage shares it. */
const readings = new WeakMap<HitContext, Reading>();

function readingOf(context: HitContext): Reading {
  let reading = readings.get(context);
  if (!reading) {
    const passage = passageWords(context.hit.passage.text);
    const asked = new Set(context.queryTerms);
    const matched = new Set(context.hit.terms);
    const counted = passage.words.filter((w) => w.term && (asked.has(w.term) || matched.has(w.term)));
    const pairs = termPairs(context.queryTerms);
    reading = { passage, counted, asked, matched, pairs: { asked: pairs.size, found: pairsAt(passage, pairs) } };
    readings.set(context, reading);
  }
  return reading;
}

/**
 * How the words around a span fit the question: the passage match, nearness of the question's
 * words, and two syntactic cues read off the neighbouring words (a question word right after
 * the span, as a subject before its verb; the word right before the span).
 */
export function spanFeatures(context: HitContext, span: { start: number; end: number }, inQuote: boolean): Features {
  const { passage, counted, asked, matched, pairs } = readingOf(context);
  const fit = contextFit(counted, context.hit.passage.start, span, context.queryTerms, matched);
  const start = span.start - context.hit.passage.start;
  const end = span.end - context.hit.passage.start;
  const after = wordsIn(passage, end, end + 40).slice(0, 3);
  const before = wordsIn(passage, Math.max(0, start - 16), start).pop();
  const previous = before?.word.toLowerCase();
  const leading = wordsIn(passage, Math.max(0, start - 40), start).slice(-3);
  const subject = after.some((w) => asked.has(w.term ?? '')) ? 1 : 0;
  const object = leading.some((w) => asked.has(w.term ?? '')) ? 1 : 0;
  const sentence = around(passage.sentenceEnds, passage.text.length, start, end);
  return {
    passage: context.weight,
    passageRelative: context.relative,
    rank: 1 / (1 + context.rank),
    coverage: context.coverage,
    questionCoverage: context.questionCoverage,
    unknown: context.unknown,
    proximity: fit.proximity,
    local: fit.local,
    aligned: fit.aligned,
    // the passage match and the nearness of the question's words count together, not apart
    passageAligned: context.weight * fit.aligned,
    passageLocal: context.weight * fit.local,
    subjectCue: subject,
    objectCue: object,
    // the cue that fits the question's form: subject for "who met X?", object for "who did X meet?"
    formCue: context.asksObject ? object : subject,
    sentence: sentenceShare(passage, sentence, start, end, asked),
    sentencePairs: sentencePairs(sentence, start, end, pairs.found, pairs.asked),
    ...weightedShares(passage, start, end, context.weights),
    byAgent: previous === 'by' ? 1 : 0,
    timePreposition: previous && TIME_PREPOSITIONS.has(previous) ? 1 : 0,
    inQuote: inQuote ? 1 : 0,
  };
}

/** Share of the question's terms in the span's sentence [from, to) (the span's own words left out). */
function sentenceShare(
  passage: PassageWords,
  sentence: [number, number],
  start: number,
  end: number,
  asked: Set<string>,
): number {
  if (asked.size === 0) return 0;
  return termsOutside(passage, sentence, start, end, (term) => asked.has(term)).size / asked.size;
}

/** Feature-wise maximum, for a candidate named in several passages. */
export function mergeMax(into: Features, from: Features): void {
  for (const [name, value] of Object.entries(from)) into[name] = Math.max(into[name] ?? -Infinity, value);
}

/** Share of a text's terms that the question holds. */
export function shareInQuestion(terms: string[], queryTerms: Set<string>): number {
  return terms.length ? terms.filter((t) => queryTerms.has(t)).length / terms.length : 0;
}

/** Whether a span lies inside one of the report's quotations. */
export function inQuotation(annotations: Annotations, span: { start: number; end: number }): boolean {
  return annotations.quotes.some((q) => span.start >= q.start && span.end <= q.end);
}
