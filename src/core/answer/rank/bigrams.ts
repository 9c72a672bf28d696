import { around, wordsIn, type PassageWords } from './passageWords.js';

/** The question's pairs of neighbouring terms ("ferry pilot", "pilot 1990"), stop words skipped, in either order. */
export function termPairs(queryTerms: string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < queryTerms.length; i++) {
    if (queryTerms[i - 1] !== queryTerms[i]) pairs.add(pairKey(queryTerms[i - 1]!, queryTerms[i]!));
  }
  return pairs;
}

/**
 * Share of the question's term pairs that stand as neighbours in the span's sentence (the span's
 * own words left out): a phrase of the question found whole picks its sentence better than its
 * words scattered.
 */
export function sentencePairs(passage: PassageWords, start: number, end: number, pairs: Set<string>): number {
  if (pairs.size === 0) return 0;
  const [from, to] = around(passage.sentenceEnds, passage.text.length, start, end);
  const found = new Set<string>();
  for (const part of [wordsIn(passage, from, Math.max(from, start)), wordsIn(passage, Math.min(end, to), to)]) {
    let previous: string | null = null;
    for (const { term } of part) {
      if (!term) continue;
      const pair = previous ? pairKey(previous, term) : '';
      if (previous && pairs.has(pair)) found.add(pair);
      previous = term;
    }
  }
  return found.size / pairs.size;
}

/** Either order: "ferry pilot" and "piloted the ferry" are one pair. */
const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
