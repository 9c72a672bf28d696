import { processTerm, tokenize } from '../text/terms.js';

/** The index terms of a text, in order, stop words left out. */
export function termList(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) out.push(term);
  }
  return out;
}

/** Term frequencies of a list. */
export function frequencies(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
