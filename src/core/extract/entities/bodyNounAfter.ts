import { isBodyNoun } from './bodyNounBefore.js';

/** Parts of a company that an appositive names it by ("Korvex, the financing arm of Velmont"). */
const PART_NOUNS = new Set(['arm', 'unit', 'division']);

/**
 * An appositive right after a name whose head noun is a body's: ", the financing arm of", ", a
 * Danish firm,", ", the carmaker." Up to four words stand between the article and the noun; a
 * possessive among them makes the noun someone's ("the firm's founder" ends on founder anyway).
 */
const APPOSITIVE =
  /^,\s+(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,4}?)(\p{Ll}+)(?=\s*(?:,|\.|;|\s+of\b|\s+that\b|\s+which\b))/u;

/** Whether the text right after a name calls it a body ("Korvex, the financing arm of Velmont"). */
export function bodyNounAfter(text: string, end: number): boolean {
  const match = APPOSITIVE.exec(text.slice(end, end + 80));
  if (!match) return false;
  const noun = match[2]!;
  return isBodyNoun(noun) || PART_NOUNS.has(noun);
}
