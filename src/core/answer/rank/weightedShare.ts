import { processTerm } from '../../text/terms.js';

const WORD = /[\p{L}\p{N}]+/gu;
/** Where a clause ends: a sentence end, or a comma, semicolon, colon or dash between words. */
const CLAUSE_END = /[.!?]\s|[,;:]\s|\s[–—-]\s/g;
const SENTENCE_END = /[.!?]\s/g;

/**
 * How much each of the question's terms tells the passages found apart: log(1 + H / h), where H
 * passages were found and h of them hold the term. A word every passage holds ("Super Bowl" over
 * passages about the Super Bowl) weighs little; the one word that picks the sentence ("awarded") much.
 */
export function termWeights(hitTerms: string[][], queryTerms: string[]): Map<string, number> {
  const weights = new Map<string, number>();
  const total = hitTerms.length;
  for (const term of new Set(queryTerms)) {
    const holding = hitTerms.filter((terms) => terms.includes(term)).length;
    weights.set(term, Math.log(1 + total / Math.max(holding, 1)));
  }
  return weights;
}

/** The bounds [from, to) of the stretch of `text` around [start, end) that `ends` marks off. */
function around(text: string, start: number, end: number, ends: RegExp): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(ends)) {
    if (m.index < start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index + 1;
      break;
    }
  }
  return [from, to];
}

/** The weighted share of the question's terms found in `text` outside [start, end). */
function shareOutside(
  text: string,
  [from, to]: [number, number],
  start: number,
  end: number,
  weights: Map<string, number>,
) {
  let total = 0;
  for (const w of weights.values()) total += w;
  if (total === 0) return 0;
  const found = new Set<string>();
  for (const m of `${text.slice(from, Math.max(from, start))} ${text.slice(Math.min(end, to), to)}`.matchAll(WORD)) {
    const term = processTerm(m[0]);
    if (term && weights.has(term)) found.add(term);
  }
  let share = 0;
  for (const term of found) share += weights.get(term) ?? 0;
  return share / total;
}

/**
 * The question's terms around a span (its own words left out), each weighted by how well it tells
 * the passages apart: in the span's sentence, and in its clause.
 */
export function weightedShares(
  text: string,
  start: number,
  end: number,
  weights: Map<string, number>,
): { sentenceWeighted: number; clauseWeighted: number } {
  return {
    sentenceWeighted: shareOutside(text, around(text, start, end, SENTENCE_END), start, end, weights),
    clauseWeighted: shareOutside(text, around(text, start, end, CLAUSE_END), start, end, weights),
  };
}
