import { editDistance } from '../../text/editDistance.js';

/** Shortest question word read as a misspelling, and the edits allowed for each letter (MiniSearch's fuzzy 0.2). */
const MIN_LENGTH = 6;
const EDITS_PER_LETTER = 0.2;

/**
 * The question's terms with each one no report holds replaced by the nearest spelling the
 * passages found hold ("independanc" → "independenc"): the search already matched that
 * spelling, and the answer's features should read it as the word asked. A term asked as an
 * English word (`isWord`) reads only as another form of itself: "election" is no misspelt
 * "selection", and a word no report holds is what lets the answer be "nothing found".
 */
export function respelled(
  terms: string[],
  hitTerms: string[][],
  reportsWith: (term: string) => number,
  isWord: (term: string) => boolean,
): string[] {
  const found = new Map<string, number>();
  for (const termsOfHit of hitTerms) for (const term of termsOfHit) found.set(term, (found.get(term) ?? 0) + 1);
  const asked = new Set(terms);
  return terms.map((term) => {
    if (term.length < MIN_LENGTH || reportsWith(term) > 0) return term;
    const word = isWord(term);
    const max = Math.round(term.length * EDITS_PER_LETTER);
    let best: { term: string; distance: number; count: number } | undefined;
    for (const [candidate, count] of found) {
      if (asked.has(candidate)) continue;
      // an English word reads only as another form of itself ("survivor", "surviv")
      if (word && !candidate.startsWith(term) && !term.startsWith(candidate)) continue;
      const distance = editDistance(term, candidate, max);
      if (distance > max) continue;
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
        best = { term: candidate, distance, count };
      }
    }
    return best?.term ?? term;
  });
}
