import { around, termsOutside, wordsIn, type PassageWords } from './passageWords.js';

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

/** The weighted share of the question's terms found in the passage outside [start, end), within [from, to). */
function shareOutside(
  passage: PassageWords,
  bounds: [number, number],
  start: number,
  end: number,
  weights: Map<string, number>,
): number {
  let total = 0;
  for (const w of weights.values()) total += w;
  if (total === 0) return 0;
  let share = 0;
  for (const term of termsOutside(passage, bounds, start, end, (t) => weights.has(t))) share += weights.get(term) ?? 0;
  return share / total;
}

/**
 * The question's terms around a span of a passage (its own words left out), each weighted by how
 * well it tells the passages apart: in the span's sentence, and in its clause.
 */
export function weightedShares(
  passage: PassageWords,
  start: number,
  end: number,
  weights: Map<string, number>,
): { sentenceWeighted: number; clauseWeighted: number } {
  const { sentenceEnds, text } = passage;
  return {
    sentenceWeighted: shareOutside(passage, around(sentenceEnds, text.length, start, end), start, end, weights),
    clauseWeighted: shareOutside(passage, clauseAround(passage, start, end), start, end, weights),
  };
}

/**
 * The clause around a span, by punctuation. A clause that holds nothing but the span and
 * function words ("In 2011, she won …", "… the prize, in 2011.") modifies its neighbour, which
 * counts with it: the clause after it when the sentence goes on, else the one before.
 */
export function clauseAround(passage: PassageWords, start: number, end: number): [number, number] {
  const { clauseEnds, sentenceEnds, text } = passage;
  const [from, to] = around(clauseEnds, text.length, start, end);
  const bare = (a: number, b: number) => !wordsIn(passage, a, b).some((w) => w.term);
  if (!bare(from, start) || !bare(end, to)) return [from, to];
  const [sentenceStart, sentenceEnd] = around(sentenceEnds, text.length, start, end);
  if (to < sentenceEnd) return [from, around(clauseEnds, text.length, to, to)[1]];
  const opening = clauseEnds.find((m) => m.index + m.length === from);
  if (opening && from > sentenceStart) return [around(clauseEnds, text.length, opening.index, opening.index)[0], to];
  return [from, to];
}
