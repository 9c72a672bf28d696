import { MONTH_ABBREVIATIONS } from '../../text/sentences.js';
import { MONTH_NAMES } from '../dates/calendar.js';
import type { NerSpan } from '../ner/tagger.js';

/**
 * A name's last words that are a month before a day's number, with the capitalised preposition
 * that may open the date: "KAVKAZNEWS.GE/ On March" before "4" is the agency "KAVKAZNEWS.GE". No
 * name of a person, body or place ends in a month written before a day (none on CoNLL's tune part).
 */
const MONTH_AT_END = new RegExp(
  `(?:^|\\s+)(?:(?:On|In|By|From|Since|Until|Through)\\s+)?(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS]
    .map((month) => month[0]!.toUpperCase() + month.slice(1))
    .join('|')})\\.?$`,
  'u',
);
/** A day's number right after the name ("4", "4th"), not a count ("1,200") or a time ("4.30"). */
const DAY_AFTER = /^\s+\d{1,2}(?:st|nd|rd|th)?(?![\d\p{L}]|[,.:]\d)/u;
/** Marks left at a name's new end. */
const TRAILING_MARKS = /[^\p{L}\p{N}.]+$/u;

/** The tagged names with a date read into their ends cut off; a name left with no word is dropped. */
export function cutDatesAfterNames(text: string, spans: NerSpan[]): NerSpan[] {
  return spans.flatMap((span) => {
    const name = text.slice(span.start, span.end);
    const month = MONTH_AT_END.exec(name);
    if (!month || !DAY_AFTER.test(text.slice(span.end, span.end + 8))) return [span];
    const kept = name.slice(0, month.index).replace(TRAILING_MARKS, '');
    return /[\p{L}\p{N}]/u.test(kept) ? [{ ...span, end: span.start + kept.length }] : [];
  });
}
