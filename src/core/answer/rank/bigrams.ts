import type { PassageWords } from './passageWords.js';

/** Where one of the question's term pairs stands in a passage: from its first word's start to its second's end. */
export interface PairAt {
  key: string;
  start: number;
  end: number;
}

/** The question's pairs of neighbouring terms ("ferry pilot", "pilot 1990"), stop words skipped, in either order. */
export function termPairs(queryTerms: string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < queryTerms.length; i++) {
    if (queryTerms[i - 1] !== queryTerms[i]) pairs.add(pairKey(queryTerms[i - 1]!, queryTerms[i]!));
  }
  return pairs;
}

/**
 * Where the question's term pairs stand as neighbours in a passage (stop words skipped), read
 * once per passage: its candidates then only look up which of them lie in their sentence.
 */
export function pairsAt(passage: PassageWords, pairs: Set<string>): PairAt[] {
  const found: PairAt[] = [];
  if (pairs.size === 0) return found;
  let previous: { term: string; start: number } | null = null;
  for (const { term, start, end } of passage.words) {
    if (!term) continue;
    if (previous) {
      const key = pairKey(previous.term, term);
      if (pairs.has(key)) found.push({ key, start: previous.start, end });
    }
    previous = { term, start };
  }
  return found;
}

/**
 * Share of the question's term pairs (`asked` of them, found at `found`) that stand as
 * neighbours in the span's sentence [from, to) with neither word in the span [start, end): a
 * phrase of the question found whole picks its sentence better than its words scattered.
 */
export function sentencePairs(
  [from, to]: [number, number],
  start: number,
  end: number,
  found: PairAt[],
  asked: number,
): number {
  if (asked === 0 || found.length === 0) return 0;
  const keys = new Set<string>();
  for (const pair of found) {
    const inSentence = pair.start >= from && pair.end <= to;
    const besideSpan = pair.end <= start || pair.start >= end;
    if (inSentence && besideSpan) keys.add(pair.key);
  }
  return keys.size / asked;
}

/** Either order: "ferry pilot" and "piloted the ferry" are one pair. */
const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
