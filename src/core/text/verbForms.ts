import type { AlternateTerm } from './initialisms.js';
import { stem, undouble } from './terms.js';

/**
 * Endings that make a noun of a verb, as the index stems them ("disappearanc", "appointment",
 * "election", "arrival", "departur"). What is left before one must be long enough to be a verb of its
 * own: "mill" of "million" and "stat" of "station" are not. An adjective with such an ending adds
 * the word it is made from ("national" → "nation"), a related word at the same lower weight.
 */
const NOUN_ENDINGS: Array<{ ending: RegExp; shortest: number }> = [
  { ending: /(?:anc|enc)$/, shortest: 4 },
  { ending: /ment$/, shortest: 4 },
  { ending: /ation$/, shortest: 4 },
  { ending: /ion$/, shortest: 5 },
  { ending: /al$/, shortest: 4 },
  { ending: /ur$/, shortest: 4 },
];

/** Weight of a verb's stem searched for its noun, against 1 for the word asked. */
export const VERB_FORM_WEIGHT = 0.7;

/**
 * The verb stems a question's nouns are made from, as terms searched beside them: "her
 * disappearance" finds "she disappeared", "his election" "he was elected", "the arrival" "arrived".
 * Each stands for the noun asked; one the index lacks finds nothing and costs nothing.
 */
export function verbForms(terms: readonly string[]): AlternateTerm[] {
  const asked = new Set(terms);
  const out: AlternateTerm[] = [];
  for (const term of terms) {
    for (const { ending, shortest } of NOUN_ENDINGS) {
      const rest = term.replace(ending, '');
      if (rest === term || rest.length < shortest) continue;
      // "occurrenc" → "occurr" → "occur"; "agreement" → "agree" → "agre", as the index stems the verb
      for (const form of new Set([stem(undouble(rest)), stem(`${rest}e`)])) {
        if (form.length < shortest || asked.has(form) || out.some((o) => o.term === form)) continue;
        out.push({ term: form, asked: term, initials: false, weight: VERB_FORM_WEIGHT });
      }
    }
  }
  return out;
}
