import type { DateMention } from '../../types.js';

/**
 * "for the year ended April 29", "the fiscal year ending in May", "the year ending next week": an
 * accounting year named by the day it ends is a length (TIMEX3 DURATION P1Y), not the calendar
 * year the words would otherwise be read as. The end must follow as a date ("The year ended badly"
 * is a clause), so the pattern is case-sensitive: a case-blind `\p{Lu}` would match any letter.
 */
const END_AS_DATE = String.raw`(?:\p{Lu}|\d|(?:tomorrow|today|yesterday|next|last|this)\b)`;
const YEAR_ENDED = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?:fiscal|financial)\s+)?year(?=\s+end(?:ed|ing)\s+(?:(?:in|on)\s+)?${END_AS_DATE})`,
  'gu',
);

/** Accounting years named by their end, as durations. */
export function periodEndedMentions(text: string): DateMention[] {
  return [...text.matchAll(YEAR_ENDED)].map((m) => ({
    text: m[0],
    type: 'duration',
    value: 'P1Y',
    precision: 'year',
    start: m.index,
    end: m.index + m[0].length,
  }));
}
