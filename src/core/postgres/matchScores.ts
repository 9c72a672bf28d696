import { inverseFrequency, termWeight } from '../index/bm25.js';
import { EXPANSION_WEIGHT } from '../index/queryPlan.js';
import type { TermMatch } from './corpusQueries.js';

/** The corpus figures a score needs: reports per term, reports, mean length. */
export interface ScoreBasis {
  frequency(term: string): number;
  reports: number;
  averageLength: number;
}

/** One question word as searched: itself, its longer forms when `prefix`, its near spellings with their distance. */
export interface SearchedWord {
  asked: string;
  prefix: boolean;
  near: Map<string, number>;
}

/**
 * Scores reports matching a question's words as MiniSearch scores an OR search, so both
 * backends pick the same candidates: BM25+ of each matched index term, weighted 1 for the
 * word itself, less for a longer form and less again for a near spelling, summed, then
 * multiplied by the number of question words matched.
 */
export function matchScores(matches: TermMatch[], words: SearchedWord[], basis: ScoreBasis): Map<number, number> {
  const scores = new Map<number, number>();
  for (const match of matches) {
    let total = 0;
    let asked = 0;
    for (const word of words) {
      let found = false;
      match.lexemes.forEach((lexeme, at) => {
        const weight = weightOf(word, lexeme);
        if (!weight) return;
        found = true;
        total += weight * weigh(lexeme, match.counts[at]!, match.length, basis);
      });
      if (found) asked++;
    }
    if (asked) scores.set(match.number, total * asked);
  }
  return scores;
}

/** How much an index term counts for a question word (0 when it does not match it), as MiniSearch weighs it. */
export function weightOf(word: SearchedWord, lexeme: string): number {
  if (lexeme === word.asked) return 1;
  if (word.prefix && lexeme.startsWith(word.asked)) {
    const distance = lexeme.length - word.asked.length;
    return (EXPANSION_WEIGHT.prefix * lexeme.length) / (lexeme.length + 0.3 * distance);
  }
  const distance = word.near.get(lexeme);
  return distance ? (EXPANSION_WEIGHT.fuzzy * lexeme.length) / (lexeme.length + distance) : 0;
}

function weigh(term: string, count: number, length: number, basis: ScoreBasis): number {
  return inverseFrequency(basis.frequency(term), basis.reports) * termWeight(count, length, basis.averageLength);
}
