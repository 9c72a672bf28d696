import { titledBefore } from './titleBefore.js';

/** A name written as one run of two to six capitals: "ANA", "NATO". */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A speaker's label of a transcript ("RAMOS: Secretary Clinton, …"): a person in capitals. */
const LABEL_AFTER = /^\s*:/;

/**
 * Whether a name the tagger read as a person is an acronym, so a body: in CoNLL-2003's tune part,
 * a word of two to six capitals on a line that is not all capitals is a person once in 810 names
 * (organisations 631, other names 101, places 77). Not in a headline written in capitals, not a
 * transcript's speaker label, not after a title ("Mr. ROE").
 */
export function acronymNotPerson(text: string, start: number, end: number): boolean {
  if (!ACRONYM.test(text.slice(start, end))) return false;
  if (LABEL_AFTER.test(text.slice(end, end + 4)) || titledBefore(text, start)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return /\p{Ll}/u.test(line);
}
