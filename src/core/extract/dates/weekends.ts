import type { DateMention } from '../../types.js';
import { addDays, formatValue } from './calendar.js';
import { futureBefore } from './futureCue.js';
import { isoWeek } from './thisWeek.js';

/**
 * "this weekend", "last weekend", "next weekend", "this past weekend", "the coming weekend",
 * "(over) the weekend". A weekend "of" something ("the weekend of May 5", "the weekend of the vote")
 * is named by what follows, not by the report's day; one counted in a month ("the last weekend in
 * May") is `weekOfMonth`'s, the longer reading.
 */
const NEAR_WEEKEND = /\b(this|last|next|the)(?:\s+(past|coming))?\s+weekend\b(?!\s+of\s)/gi;

/** Which weekend a written one is, from the report's day. */
type Which = 'reportWeek' | 'weekBefore' | 'recent' | 'coming';

/**
 * The weekend each wording names: "this weekend" the report's own week's (Monday to Sunday),
 * "last weekend" the week before's, "this past" and "the past" the latest on or before the
 * report's day, "next" and "coming" the first on or after it. "The weekend" alone is the latest
 * one, or the coming one in a clause about the future ("will meet over the weekend").
 */
function whichWeekend(word: string, modifier: string | undefined, ahead: () => boolean): Which {
  if (modifier === 'past') return 'recent';
  if (modifier === 'coming' || word === 'next') return 'coming';
  if (word === 'this') return 'reportWeek';
  if (word === 'last') return 'weekBefore';
  return ahead() ? 'coming' : 'recent';
}

/** The Saturday of the weekend `which` names, from the report's day. */
function saturdayOf(reference: Date, which: Which): Date {
  const weekday = reference.getUTCDay(); // 0 = Sunday
  const recent = addDays(reference, -((weekday + 1) % 7));
  switch (which) {
    case 'recent':
      return recent;
    case 'coming':
      return weekday === 6 ? reference : addDays(reference, 6 - weekday);
    case 'reportWeek':
      // Monday to Sunday: a Sunday report's weekend began the day before
      return weekday === 0 ? recent : addDays(reference, 6 - weekday);
    case 'weekBefore':
      return addDays(saturdayOf(reference, 'reportWeek'), -7);
  }
}

/**
 * Weekends named from the report's day: `value` the Saturday, and TIMEX3's ISO week's weekend
 * ("2010-W04-WE") as `timex`. Without a report date none is read.
 */
export function weekendMentions(text: string, reference: Date | null): DateMention[] {
  if (!reference) return [];
  return [...text.matchAll(NEAR_WEEKEND)].map((m) => {
    const which = whichWeekend(m[1]!.toLowerCase(), m[2]?.toLowerCase(), () => futureBefore(text, m.index));
    const saturday = saturdayOf(reference, which);
    return {
      text: m[0],
      type: 'date' as const,
      value: formatValue(saturday, 'day'),
      precision: 'day' as const,
      timex: `${isoWeek(saturday)}-WE`,
      start: m.index,
      end: m.index + m[0].length,
    };
  });
}
