import { isNationality } from './notNames.js';

/** A compass or region word that opens a people's adjective of a region: "North American", "Latin American". */
const COMPASS = /^(?:North|South|East|West|Central|Latin|Middle|Northern|Southern|Eastern|Western)$/;
/** The word right after the name, with a single space before it. */
const NEXT_WORD = /^ (\p{Lu}\p{Ll}+)/u;

/**
 * Whether a one-word name is a compass word that opens a people's adjective ("North" of "Ford's
 * North American losses"): the two words describe, the first alone names no place. In CoNLL-2003
 * (train and testa) such a word is never a name alone: 69 times it opens a longer one, 60 of them
 * other names (MISC, "North American"), 6 bodies' ("South African Airways") and 3 places'.
 */
export function opensNationality(text: string, start: number, end: number): boolean {
  if (!COMPASS.test(text.slice(start, end))) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && isNationality(next);
}
