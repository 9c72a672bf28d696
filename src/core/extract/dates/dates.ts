import type { DateMention } from '../../types.js';
import { agesAgoMentions } from './agesAgo.js';
import { parseDay } from './calendar.js';
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
import { weekOfMonthMentions } from './weekOfMonth.js';
import { anchorYearAgo } from './yearAgoQuarter.js';
import { yearEndMentions } from './yearEnd.js';
import { yearMentions } from './yearPattern.js';

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
 * reading ("within a week" is a length, "Black Monday" is not a weekday).
 */
export function extractDates(
  text: string,
  reportDate: string | null,
  options: Partial<DateOptions> = {},
): DateMention[] {
  const { joinSpans } = { ...DEFAULT_DATE_OPTIONS, ...options };
  const reference = reportDate ? parseDay(reportDate) : null;
  const named = longestFirst([
    ...namedDayMentions(text, reference),
    ...agesAgoMentions(text, reference),
    ...quarterMentions(text, reference),
    ...seasonMentions(text, reference),
    ...decadeMentions(text, reference),
    ...eraYearMentions(text),
    ...thisWeekMentions(text, reference),
    ...weekOfMonthMentions(text, reference),
    ...setMentions(text),
    ...durationMentions(text),
    ...periodEndedMentions(text),
    ...presentRefMentions(text, reference),
    ...yearEndMentions(text, reference),
    ...decadesAgoMentions(text, reference),
    ...(joinSpans ? centuryPairMentions(text) : []),
  ]);
  const general = [...relativeYearMentions(text, reference), ...chronoDates(text, reference), ...yearMentions(text)];
  const single = longestFirst([...named, ...longestFirst(general).filter((m) => !overlapsAny(m, named))]);
  // decades and centuries join spans only as answers give them ("between the 1930s and 1950s")
  const calendar = single.filter((m) => m.type === 'date' && (!m.timex || (joinSpans && isNamedPeriod(m))));
  const spans = dateRanges(text, calendar);
  const kept = longestFirst([...spans, ...single]);
  kept.push(...sameDayMentions(text, kept, reportDate));
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
