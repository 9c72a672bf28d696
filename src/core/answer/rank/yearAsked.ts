import type { DateMention } from '../../types.js';

/** "In what year …", "which year …": the year alone is asked, not a month or day with it. */
const YEAR_ASKED = /\b(?:what|which)\s+year\b/i;
/**
 * A question that also asks a finer unit ("what year and month", "on what day") wants that unit
 * too; a unit inside a name ("Founders Day") asks nothing.
 */
const FINER_ASKED = /\b(?:what|which)\s+(?:month|day|date)\b|\byear\s*(?:,|and)\s*(?:month|day|date)\b/i;

/** Whether a when-question asks for a year and nothing finer. */
export function asksYearAlone(question: string): boolean {
  return YEAR_ASKED.test(question) && !FINER_ASKED.test(question);
}

/**
 * The year written inside a finer or qualified date ("March 2007", "early 2012" → "2007", "2012"),
 * as a mention of its own with its offsets; null when the date is the bare year, a span over
 * more than one year, or writes no four-digit year of its own value.
 */
export function writtenYear(date: DateMention): DateMention | null {
  const year = /^\d{4}/.exec(date.value)?.[0];
  // a stretch inside one year ("the fall of 2015") holds its year; a range of years ("1703–1709") does not
  if (!year || (date.until && !date.until.startsWith(year)) || date.text === year) return null;
  const at = new RegExp(`(?<![\\d])${year}(?![\\d])`).exec(date.text)?.index;
  if (at === undefined) return null;
  const { approximate: _approximate, timex: _timex, until: _until, ...rest } = date;
  const start = date.start + at;
  return { ...rest, type: 'date', text: year, value: year, precision: 'year', start, end: start + 4 };
}
