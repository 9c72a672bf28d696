import { WEEKDAY_NAMES } from '../../extract/dates/calendar.js';
import type { DateMention } from '../../types.js';

/** "What day …", "on which date …", "what day of the week …": the day is asked. */
const DAY_ASKED = /\b(?:what|which)\s+(?:day|date)\b|\bday\s+of\s+the\s+week\b/i;
/** A question that also asks the hour: "what day and time …", "at what hour". */
const TIME_ASKED = /\b(?:what|which)\s+(?:time|hour)\b|\b(?:and|or)\s+(?:time|hour)\b|\bo'clock\b/i;

/** A part of the day, with an "early" or "late" before it. */
const PART = String.raw`(?:(?:early|late|mid)[\s-]+)?(?:morning|afternoon|evening|night|noon|midday|midnight|dawn|dusk|overnight)`;
/** A clock time, with a time zone: "20:00", "4 a.m. EDT", "6 p.m.", "10 o'clock". */
const CLOCK = String.raw`(?:\d{1,2}:\d\d(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*(?:[ap]\.?\s?m\.?|o'clock))(?:\s+[A-Z]{2,4}\b)?`;
/** Time-of-day words before the day: "the morning of ", "4 a.m. EDT ", "at 6 p.m. on ". */
const BEFORE_DAY = new RegExp(
  String.raw`^(?:(?:the\s+)?${PART}\s+of\s+|(?:at\s+)?${CLOCK}\s+(?:on\s+)?|${PART}\s+(?:on\s+)?)`,
  'i',
);
/** Time-of-day words after the day: " evening", " at 20:00", ", in the afternoon". */
const AFTER_DAY = new RegExp(
  String.raw`(?:,?\s+(?:at|by|around|about|before|after)\s+${CLOCK}|,?\s+${CLOCK}|,?\s+(?:in\s+the\s+)?${PART})$`,
  'i',
);
/** What is left must still name a day: a weekday, a day of a month, or a day counted from the report. */
const NAMES_A_DAY =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|\d{1,2}(?:st|nd|rd|th)?)\b/i;

/** Whether a when-question asks for a day and not its hour. */
export function asksDayAlone(question: string): boolean {
  return DAY_ASKED.test(question) && !TIME_ASKED.test(question);
}

/**
 * The day written inside a time ("Monday evening", "the morning of January 27, 1967", "9 October
 * 2006 at 20:00" → "Monday", "January 27, 1967", "9 October 2006"), as a date mention of its own
 * with its offsets: a question about the day is answered at the day's grain, as it is asked. Null
 * when the mention is no time, or no day is written beside the hour ("this morning", "6 p.m.").
 */
export function writtenDay(date: DateMention): DateMention | null {
  if (date.type !== 'time') return null;
  const before = BEFORE_DAY.exec(date.text)?.[0].length ?? 0;
  const rest = date.text.slice(before);
  const after = AFTER_DAY.exec(rest)?.index ?? rest.length;
  // "early" of "early Friday morning" goes with the morning
  const lead = after < rest.length ? (/^(?:early|late)\s+/i.exec(rest)?.[0].length ?? 0) : 0;
  const day = rest.slice(lead, after).replace(/[\s,]+$/, '');
  if (day.length === date.text.length || !NAMES_A_DAY.test(day)) return null;
  const { timex: _timex, ...asDate } = date;
  const start = date.start + before + lead;
  return { ...asDate, type: 'date', text: day, start, end: start + day.length };
}

/** "What day of the week …", "which weekday …": the weekday's name is asked. */
const WEEKDAY_ASKED = /\bday\s+of\s+the\s+week\b|\b(?:what|which)\s+weekday\b/i;
/** "What day of the month …": the day's number is asked. */
const MONTH_DAY_ASKED = /\b(?:day|date)\s+of\s+the\s+month\b/i;
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_NAMES.join('|')})\\b`, 'i');
/**
 * A day precise to the day: a date or a time with a whole day's value; in a report without a date,
 * with its year, or all its digits, unknown ("XXXX-01-12", "XXXX-XX-XX").
 */
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d\d|XX)-(\d\d|XX)$/;

/** Which part of a day a when-question asks for: its weekday, its number in the month, or neither. */
export function dayPartAsked(question: string): 'weekday' | 'monthDay' | null {
  if (WEEKDAY_ASKED.test(question)) return 'weekday';
  return MONTH_DAY_ASKED.test(question) ? 'monthDay' : null;
}

/** The part of `date` from `at` to `at + length` as a date mention of its own, at the day's value. */
function partOfDay(date: DateMention, at: number, length: number): DateMention {
  const { approximate: _approximate, timex: _timex, until: _until, ...rest } = date;
  const start = date.start + at;
  const text = date.text.slice(at, at + length);
  return { ...rest, type: 'date', text, precision: 'day', start, end: start + length };
}

/**
 * The weekday written in a day's time ("last Tuesday", "Thursday, Jan. 6", "Monday evening" →
 * "Tuesday", "Thursday", "Monday"). Null when the mention is the weekday alone, is no single day,
 * or writes no weekday.
 */
export function writtenWeekday(date: DateMention): DateMention | null {
  if ((date.type !== 'date' && date.type !== 'time') || date.until || !DAY_VALUE.test(date.value)) return null;
  const found = WEEKDAY.exec(date.text);
  if (!found || found[0].length === date.text.length) return null;
  return partOfDay(date, found.index, found[0].length);
}

/**
 * The day's number written in a date ("October 7, 1992", "the 22nd of May" → "7", "22nd"). Null
 * when the mention is no single day or writes its number nowhere ("yesterday", "last Tuesday").
 */
export function writtenMonthDay(date: DateMention): DateMention | null {
  const day = DAY_VALUE.exec(date.value)?.[1];
  if ((date.type !== 'date' && date.type !== 'time') || date.until || !day || day === 'XX') return null;
  // the day's number, not a part of a year, a clock time ("7 p.m.", "7:30") or another number
  const number = new RegExp(`(?<![\\d:.])0?${Number(day)}(?:st|nd|rd|th)?(?![\\d:.]|\\s*[ap]\\.?m\\b)`, 'i');
  const found = number.exec(date.text);
  if (!found || found[0].length === date.text.length) return null;
  return partOfDay(date, found.index, found[0].length);
}
