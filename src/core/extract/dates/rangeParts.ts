import type { DateMention, DatePrecision } from '../../types.js';
import { SPAN_JOINING_WORDS } from './dateRange.js';

/**
 * A written range: an optional "from" or "between" (and "about"), its start, a joining word or a dash (not the one
 * of "mid-1990"), its end.
 */
const JOINER = `(?:(?<!\\p{L})[–—-]|\\b(?:${SPAN_JOINING_WORDS})\\b)`;
const RANGE = new RegExp(
  `^((?:from|between)\\s+(?:(?:about|around|roughly|approximately|circa)\\s+)?)?(.+?),?\\s*${JOINER}\\s*(.+)$`,
  'iu',
);
/** An end that reads on its own: a full year or a word ("June 1983"), not a shortened year ("90" of "1862–90"). */
const STANDS_ALONE = /\d{3,}|\p{L}{3,}/u;

/** "1993–94": a year and the next one's last two digits. */
const SEASON = /^(\d{4})\s*[–—-]\s*(\d{2})$/u;

/**
 * A year and the next written short ("the 1993–94 season", "fiscal 2008-09") name one season or
 * fiscal year, not two dates: its start is not when anything in it began.
 */
function namesOneSeason(text: string): boolean {
  const m = SEASON.exec(text.replace(/^fiscal\s+/i, ''));
  return m !== null && (Number(m[1]) + 1) % 100 === Number(m[2]);
}

const precisionOf = (value: string): DatePrecision =>
  value.length >= 10 ? 'day' : value.length === 7 ? 'month' : 'year';

/** The two ends of a span as dates of their own; an end is null where it does not read on its own. */
export interface RangeParts {
  first: DateMention | null;
  last: DateMention | null;
}

/**
 * The two written ends of a span ("1921–1998", "from 1950 to 1954", "March 1971 to May 1972"), each
 * with its own text, offsets and value. Null when the mention is no span or its text is no range
 * ("the 1960s" spans a decade but names one time).
 */
export function rangeParts(date: DateMention): RangeParts | null {
  // a quarter, a season or a decade has a TIMEX3 value of its own ("1998-Q3"): one time, not two dates
  if (!date.until || date.timex || namesOneSeason(date.text)) return null;
  const m = RANGE.exec(date.text);
  if (!m) return null;
  const opener = m[1] ?? '';
  const firstText = m[2]!;
  const lastText = m[3]!;
  const firstStart = date.start + opener.length;
  const lastStart = date.end - lastText.length;
  const { type, value, precision } = date;
  const first = { text: firstText, type, value, precision, start: firstStart, end: firstStart + firstText.length };
  const last = {
    text: lastText,
    type,
    value: date.until,
    precision: precisionOf(date.until),
    start: lastStart,
    end: date.end,
  };
  return { first: STANDS_ALONE.test(firstText) ? first : null, last: STANDS_ALONE.test(lastText) ? last : null };
}
