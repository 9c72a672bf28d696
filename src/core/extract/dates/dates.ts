import type { DateMention } from '../../types.js';
import { agesAgoMentions } from './agesAgo.js';
import { formatValue, parseDay } from './calendar.js';
import { centuryPairMentions } from './centuryPairs.js';
import { chronoDates } from './chronoDates.js';
import { dateRanges, isNamedPeriod } from './dateRange.js';
import { decadeMentions } from './decades.js';
import { decadesAgoMentions } from './decadesAgo.js';
import { durationMentions } from './durations.js';
import { eraYearMentions } from './eraYears.js';
import { widenModifiers } from './modifiers.js';
import { namedDayMentions } from './namedDays.js';
import { presentRefMentions } from './presentRef.js';
import { quarterMentions } from './quarters.js';
import { rangeParts } from './rangeParts.js';
import { relativeYearMentions } from './relativeYear.js';
import { sameDayMentions } from './sameDay.js';
import { seasonMentions } from './seasons.js';
import { periodEndedMentions } from './periodEnded.js';
import { setMentions } from './sets.js';
import { thisWeekMentions } from './thisWeek.js';
import { spelledDayMentions } from './spelledDay.js';
import { weekOfMonthMentions } from './weekOfMonth.js';
import { weekendMentions } from './weekends.js';
import { anchorYearAgo } from './yearAgoQuarter.js';
import { yearEndMentions } from './yearEnd.js';
import { yearMentions } from './yearPattern.js';
import { opensWeekdayProgramme } from '../../text/weekdayProgramme.js';

/** How `extractDates` writes what it finds. */
export interface DateOptions {
  /**
   * Two dates written as a span ("from 1950 to 1954", "between 1931 and 1936") are one mention with
   * `until`, as answers give them; false writes them as two, as TimeML annotates them. Default true.
   */
  joinSpans: boolean;
}

const DEFAULT_DATE_OPTIONS: DateOptions = { joinSpans: true };

/**
 * Every time expression of a text as TempEval-3 counts them (dates, durations, times of day, sets),
 * resolved against the report date (`YYYY-MM-DD`, or null when the report has none). Two dates written
 * as a span ("1703–1709", "between 1931 and 1936") are one mention (see `DateOptions`); where two
 * expressions overlap, the longer one wins, but the named patterns below win over chrono's general
 * reading ("within a week" is a length, "Black Monday" is not a weekday), and a weekday that opens a
 * programme's name ("Monday Night Football") is no day. In a report without a date,
 * what counts from its day ("tomorrow", "9 a.m.") is kept with no digit of the date known (`isDateUnknown`).
 */
export function extractDates(
  text: string,
  reportDate: string | null,
  options: Partial<DateOptions> = {},
): DateMention[] {
  const { joinSpans } = { ...DEFAULT_DATE_OPTIONS, ...options };
  if (reportDate !== null) return datesOf(text, parseDay(reportDate), joinSpans);
  // without a report date, what counts from it ("tomorrow", "this morning", "9 a.m.") is still a time
  // the text names: read against a stand-in day, with every digit of the value it gives unknown
  const own = datesOf(text, null, joinSpans);
  const counted = datesOf(text, STAND_IN_DAY, joinSpans).filter((m) => !overlapsAny(m, own));
  return [...own, ...counted.map(unknownDay)].sort((a, b) => a.start - b.start);
}

/** Any day: an undated report's expressions that count from its date are read against it, then masked. */
const STAND_IN_DAY = parseDay('2000-06-15');

/** A time counted from an unknown day: its calendar digits unknown ("XXXX-XX-XX", "XXXX-XX-XXTMO"). */
function unknownDay(mention: DateMention): DateMention {
  if (mention.type === 'duration') return mention;
  const masked: DateMention = { ...mention, value: maskDate(mention.value) };
  if (mention.until) masked.until = maskDate(mention.until);
  if (mention.timex) masked.timex = maskDate(mention.timex);
  return masked;
}

/** A value with no digit before its time of day, if it has one. */
const NO_DATE_KNOWN = /^[^\dT]*(?:T|$)/;

/** Whether no digit of a value's date is known: "tomorrow" in an undated report (XXXX-XX-XX, XXXX-XX-XXTMO). */
export function isDateUnknown(value: string): boolean {
  return NO_DATE_KNOWN.test(value);
}

/** A calendar value with its date's digits as X, a time of day kept: "2000-06-16T14:00" → "XXXX-XX-XXT14:00". */
function maskDate(value: string): string {
  const at = value.indexOf('T');
  return at < 0 ? value.replace(/\d/g, 'X') : value.slice(0, at).replace(/\d/g, 'X') + value.slice(at);
}

/** Every time expression of a text against a reference day (null: none). */
function datesOf(text: string, reference: Date | null, joinSpans: boolean): DateMention[] {
  const named = longestFirst([
    ...namedDayMentions(text, reference),
    ...agesAgoMentions(text, reference),
    ...quarterMentions(text, reference),
    ...seasonMentions(text, reference),
    ...decadeMentions(text, reference),
    ...eraYearMentions(text),
    ...thisWeekMentions(text, reference),
    ...weekOfMonthMentions(text, reference),
    ...weekendMentions(text, reference),
    ...spelledDayMentions(text, reference),
    ...setMentions(text),
    ...durationMentions(text),
    ...periodEndedMentions(text),
    ...presentRefMentions(text, reference),
    ...yearEndMentions(text, reference),
    ...decadesAgoMentions(text, reference),
    ...(joinSpans ? centuryPairMentions(text) : []),
  ]);
  const general = [
    ...relativeYearMentions(text, reference),
    ...chronoDates(text, reference).filter((m) => !opensWeekdayProgramme(text, m.start)),
    ...yearMentions(text),
  ];
  const single = longestFirst([...named, ...longestFirst(general).filter((m) => !overlapsAny(m, named))]);
  // decades and centuries join spans only as answers give them ("between the 1930s and 1950s")
  const calendar = single.filter((m) => m.type === 'date' && (!m.timex || (joinSpans && isNamedPeriod(m))));
  const spans = dateRanges(text, calendar);
  const kept = longestFirst([...spans, ...single]);
  kept.push(...sameDayMentions(text, kept, reference && formatValue(reference, 'day')));
  const found = widenModifiers(text, anchorYearAgo(kept.sort((a, b) => a.start - b.start)));
  return joinSpans ? found : found.flatMap(splitSpan);
}

/** A span as its two written dates, where both read on their own. */
function splitSpan(date: DateMention): DateMention[] {
  const parts = rangeParts(date);
  return parts?.first && parts.last ? [parts.first, parts.last] : [date];
}

function overlapsAny(mention: DateMention, others: DateMention[]): boolean {
  return others.some((o) => mention.start < o.end && o.start < mention.end);
}

function longestFirst(mentions: DateMention[]): DateMention[] {
  const kept: DateMention[] = [];
  for (const m of [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!overlapsAny(m, kept)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
