import type { DatePrecision, DateMention } from '../../types.js';
import type { AskedEnd } from './order.js';

/** A written range: an optional "from" or "between", its start, a joining word or dash, its end. */
const RANGE = /^((?:from|between)\s+)?(.+?)(\s*(?:[–—-]|\bto\b|\buntil\b|\bthrough\b|\band\b)\s*)(.+)$/iu;
/** An end that reads on its own: a full year or a word ("June 1983"), not a shortened year ("90" of "1862–90"). */
const STANDS_ALONE = /\d{3,}|\p{L}{3,}/u;

const precisionOf = (value: string): DatePrecision =>
  value.length >= 10 ? 'day' : value.length === 7 ? 'month' : 'year';

/**
 * The end of a range the question asks about, as a date of its own: "When was Gallagher born?"
 * is answered by the 1919 of "(1919–1980)", "When did the broadcasts begin?" by the 1954 of "from
 * 1954 to 1956". Null when the date is no written range, no end is asked, or that end does not
 * read on its own.
 */
export function askedRangeEnd(date: DateMention, asked: AskedEnd): DateMention | null {
  if (!date.until || !asked) return null;
  const m = RANGE.exec(date.text);
  if (!m) return null;
  const opener = m[1] ?? '';
  const first = m[2]!;
  const last = m[4]!;
  if (asked === 'start') {
    if (!STANDS_ALONE.test(first)) return null;
    const start = date.start + opener.length;
    return {
      text: first,
      type: date.type,
      value: date.value,
      precision: date.precision,
      start,
      end: start + first.length,
    };
  }
  if (!STANDS_ALONE.test(last)) return null;
  const start = date.end - last.length;
  return { text: last, type: date.type, value: date.until, precision: precisionOf(date.until), start, end: date.end };
}
