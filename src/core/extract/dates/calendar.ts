import type { DateMention, DatePrecision } from '../../types.js';

/** Calendar helpers on UTC dates; report dates are calendar days without a time zone. */

export function parseDay(value: string): Date {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function formatValue(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

const DAY = 86_400_000;

/**
 * The year for a month (and day) written without one: the nearest such date to the
 * report, but a past date is preferred unless the future one is three times closer
 * (news mostly tells what happened).
 */
export function nearestYear(reference: Date, month: number, day: number): number {
  const year = reference.getUTCFullYear();
  let best = year;
  let bestCost = Infinity;
  for (const candidate of [year - 1, year, year + 1]) {
    const date = Date.UTC(candidate, month - 1, day);
    const distance = (date - reference.getTime()) / DAY;
    const cost = distance > 0 ? distance * 3 : -distance;
    if (cost < bestCost) {
      bestCost = cost;
      best = candidate;
    }
  }
  return best;
}

/** How far back a day written in a clause about the future may still be: "by Jan. 14" in a report of Jan. 15. */
const AHEAD_GRACE_DAYS = 7;

/**
 * The year for a month (and day, when `hasDay`) written without one in a clause about the future
 * ("will launch in December", "effective Feb. 1"): this year's unless it is past (a day more than
 * `AHEAD_GRACE_DAYS` back, a month before the report's), then next year's.
 */
export function yearAhead(reference: Date, month: number, day: number, hasDay: boolean): number {
  const year = reference.getUTCFullYear();
  const thisYear = hasDay
    ? Date.UTC(year, month - 1, day) >= reference.getTime() - AHEAD_GRACE_DAYS * DAY
    : month >= reference.getUTCMonth() + 1;
  return thisYear ? year : year + 1;
}

/** The weekday (0 = Sunday) on or before the reference day, or the next one after it when `forward`. */
export function weekdayNear(reference: Date, weekday: number, forward: boolean): Date {
  const current = reference.getUTCDay();
  if (forward) return addDays(reference, (weekday - current + 7) % 7 || 7);
  return addDays(reference, -((current - weekday + 7) % 7));
}

/**
 * A period of whole months (a quarter, a season): `value` its first month, `until` its last, and TIMEX3's
 * name for it ("1998-Q3", "1998-SU") as `timex`.
 */
export function monthPeriod(
  written: { text: string; start: number },
  year: number,
  firstMonth: number,
  months: number,
  timex: string,
): DateMention {
  const first = new Date(Date.UTC(year, firstMonth - 1, 1));
  const last = new Date(Date.UTC(year, firstMonth - 2 + months, 1));
  return {
    text: written.text,
    type: 'date',
    value: formatValue(first, 'month'),
    precision: 'month',
    approximate: true,
    until: formatValue(last, 'month'),
    timex,
    start: written.start,
    end: written.start + written.text.length,
  };
}

/** Weekday names in lower case, Sunday first (the index is JavaScript's getUTCDay()). */
export const WEEKDAY_NAMES: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** Month names in lower case, January first (index + 1 is the month number). */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
