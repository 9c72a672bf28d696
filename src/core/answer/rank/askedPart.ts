import type { DateMention } from '../../types.js';
import { periodAsked, writtenCentury, writtenDecade } from './centuryAsked.js';
import { asksDayAlone, dayPartAsked, writtenDay, writtenMonthDay, writtenWeekday } from './dayAsked.js';
import { asksMonthAlone, writtenMonth } from './monthAsked.js';
import { asksYearAlone, writtenYear } from './yearAsked.js';

/** Reads the part of a time a question asks for out of a mention, or null when it writes none. */
export type PartReader = (date: DateMention) => DateMention | null;

/**
 * What part of a time a when-question asks for, read off the question once: "in what year …" is
 * answered with "2007" of "March 2007", "what month …" with "October" of "October 7, 1992", "what
 * day of the week …" with "Tuesday" of "last Tuesday", "what day of the month …" with "7", "on what
 * day …" with the day written beside the hour ("Monday" of "Monday evening"), "in what century …"
 * with "nineteenth century" of "the early nineteenth century". The readers that apply are tried in
 * that order, the first part found answering; null when the question asks the time as written.
 */
export function askedPart(question: string): PartReader | null {
  const readers: PartReader[] = [];
  if (asksYearAlone(question)) readers.push(writtenYear);
  if (asksMonthAlone(question)) readers.push(writtenMonth);
  const period = periodAsked(question);
  if (period === 'century') readers.push(writtenCentury);
  if (period === 'decade') readers.push(writtenDecade);
  const dayPart = dayPartAsked(question);
  if (dayPart === 'weekday') readers.push(writtenWeekday);
  if (dayPart === 'monthDay') readers.push(writtenMonthDay);
  if (asksDayAlone(question)) readers.push(writtenDay);
  if (readers.length === 0) return null;
  return (date) => {
    for (const read of readers) {
      const part = read(date);
      if (part) return part;
    }
    return null;
  };
}
