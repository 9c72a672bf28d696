import { MONTH_NAMES } from '../../extract/dates/calendar.js';
import { MONTH_ABBREVIATIONS } from '../../text/sentences.js';
import type { DateMention } from '../../types.js';

/** "What month …", "in which month …": the month is asked. */
const MONTH_ASKED = /\b(?:what|which)\s+month\b/i;
/** "What month and year …", "what month, day and year …": more than the month is asked. */
const MORE_ASKED = /\bmonth\s*(?:,|and)\s*(?:day|date|year)\b|\b(?:day|date|year)\s*(?:,|and)\s*month\b/i;

/**
 * How each month may be written, January first: its name, or an abbreviation news uses with its
 * period ("Oct.", "Sept.").
 */
const MONTH_WRITTEN = MONTH_NAMES.map((name) => {
  const abbreviations = MONTH_ABBREVIATIONS.filter((short) => name.startsWith(short));
  const short = abbreviations.length ? `|(?:${abbreviations.join('|')})\\.` : '';
  return new RegExp(`\\b(?:${name}${short})(?![a-z])`, 'i');
});

/** Whether a when-question asks for a month and nothing more. */
export function asksMonthAlone(question: string): boolean {
  return MONTH_ASKED.test(question) && !MORE_ASKED.test(question);
}

/**
 * The month written inside a day's date ("October 7, 1992", "Sept. 30", "March 2013" → "October",
 * "Sept.", "March"), as a mention of its own with its offsets and the month's value: a question
 * about the month is answered at the month's grain, as it is asked. Null when the mention is the
 * month alone, spans more than one month, or writes no name of its own month ("10/7/92").
 */
export function writtenMonth(date: DateMention): DateMention | null {
  // in a report without a date the year is unknown ("XXXX-10-07"), the month still written
  const month = /^(\d{4}|XXXX)-(\d\d)/.exec(date.value);
  if (!month || (date.type !== 'date' && date.type !== 'time')) return null;
  if (date.until && !date.until.startsWith(month[0])) return null;
  const found = MONTH_WRITTEN[Number(month[2]) - 1]?.exec(date.text);
  if (!found || found[0].length === date.text.length) return null;
  const { approximate: _approximate, timex: _timex, until: _until, ...rest } = date;
  const start = date.start + found.index;
  return {
    ...rest,
    type: 'date',
    text: found[0],
    value: month[0],
    precision: 'month',
    start,
    end: start + found[0].length,
  };
}
