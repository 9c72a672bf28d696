import { inverseFrequency, termWeight } from '../index/bm25.js';
import { EXPANSION_WEIGHT } from '../index/queryPlan.js';
import type { TermMatch } from './corpusQueries.js';

/** The corpus figures a score needs: reports per term, reports, mean length. */
export interface ScoreBasis {
  frequency(term: string): number;
  reports: number;
  averageLength: number;
}

/**
 * Scores reports matching a question's words as MiniSearch scores an OR search, so both
 * backends pick the same candidates: BM25+ of each matched index term, weighted 1 for the
 * word itself and less for a longer form of an `expandable` word, summed, then multiplied by
 * the number of question words matched. (MiniSearch's near spellings have no counterpart here.)
 */
export function matchScores(
  matches: TermMatch[],
  exact: string[],
  expandable: string[],
  basis: ScoreBasis,
): Map<number, number> {
  const scores = new Map<number, number>();
  for (const match of matches) {
    let total = 0;
    let asked = 0;
    for (const word of exact) {
      const at = match.lexemes.indexOf(word);
      if (at < 0) continue;
      asked++;
      total += weigh(word, match.counts[at]!, match.length, basis);
    }
    for (const word of expandable) {
      let found = false;
      match.lexemes.forEach((lexeme, at) => {
        if (!lexeme.startsWith(word)) return;
        found = true;
        const distance = lexeme.length - word.length;
        const weight = distance ? (EXPANSION_WEIGHT.prefix * lexeme.length) / (lexeme.length + 0.3 * distance) : 1;
        total += weight * weigh(lexeme, match.counts[at]!, match.length, basis);
      });
      if (found) asked++;
    }
    if (asked) scores.set(match.number, total * asked);
  }
  return scores;
}

function weigh(term: string, count: number, length: number, basis: ScoreBasis): number {
  return inverseFrequency(basis.frequency(term), basis.reports) * termWeight(count, length, basis.averageLength);
}
