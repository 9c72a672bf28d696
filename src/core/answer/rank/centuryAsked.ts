import type { DateMention } from '../../types.js';

/** "In what century …", "which decade …": the century or the decade is asked. */
const CENTURY_ASKED = /\b(?:what|which)\s+century\b/i;
const DECADE_ASKED = /\b(?:what|which)\s+decade\b/i;

/** "16th century", "nineteenth-century": a century as news writes it. */
const CENTURY_WRITTEN =
  /\b(?:\d{1,2}(?:st|nd|rd|th)|(?:twenty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth)[\s-]+century\b/i;
/** "1970s", "the '60s": a decade as written. */
const DECADE_WRITTEN = /(?:\b\d{3}0|'\d0|\b\d0)s\b/;

/** Which of the two a when-question asks for: a century, a decade, or neither. */
export function periodAsked(question: string): 'century' | 'decade' | null {
  if (CENTURY_ASKED.test(question)) return 'century';
  return DECADE_ASKED.test(question) ? 'decade' : null;
}

/**
 * The part of `date` the pattern finds, as a mention of its own over the same years; null when it
 * is the whole text or absent, or the date runs past one century or decade (`digits`: the leading
 * digits of a year that name it, "between the 1930s and 1950s" is no one decade).
 */
function writtenPart(date: DateMention, pattern: RegExp, digits: number): DateMention | null {
  if (date.type !== 'date' || (date.until && date.until.slice(0, digits) !== date.value.slice(0, digits))) return null;
  const found = pattern.exec(date.text);
  if (!found || found[0].length === date.text.length) return null;
  const start = date.start + found.index;
  return { ...date, text: found[0], start, end: start + found[0].length };
}

/**
 * The century written in a time ("the early nineteenth century", "the mid-15th-century" →
 * "nineteenth century", "15th-century"): "in what century" is answered with the century, without
 * the part of it. Null when no century is written or the mention is the century as written.
 */
export function writtenCentury(date: DateMention): DateMention | null {
  return writtenPart(date, CENTURY_WRITTEN, 2);
}

/** The decade written in a time ("the late 1970s" → "1970s"), like {@link writtenCentury}. */
export function writtenDecade(date: DateMention): DateMention | null {
  return writtenPart(date, DECADE_WRITTEN, 3);
}
