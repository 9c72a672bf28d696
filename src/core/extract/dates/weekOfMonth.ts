import type { DateMention } from '../../types.js';
import { addDays, formatValue, MONTH_NAMES, nearestYear, WEEKDAY_NAMES } from './calendar.js';
import { isoWeek } from './thisWeek.js';

const COUNTS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

/**
 * "the second Sunday of May 2010", "the first week of June", "the last weekend of September": a day,
 * week or weekend counted in a month. The month's year is written after it or read off the report.
 */
const COUNTED_IN_MONTH = new RegExp(
  `\\b(?:the\\s+)?(first|second|third|fourth|last|final)\\s+(week(?:end)?|${WEEKDAY_NAMES.join('|')})\\s+` +
    `(?:of|in)\\s+(${MONTH_NAMES.join('|')})(?:,?\\s+(\\d{4}))?\\b`,
  'gi',
);

/**
 * Days, weeks and weekends counted in a month: a weekday is its day; a week the Monday of the week
 * that holds the month's first (or last) day, with TIMEX3's ISO week; a weekend its Saturday, with the
 * ISO week's weekend ("2010-W39-WE"). Without a year, written or from the report, none is read.
 */
export function weekOfMonthMentions(text: string, reference: Date | null): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(COUNTED_IN_MONTH)) {
    const count = COUNTS[m[1]!.toLowerCase()]!;
    const unit = m[2]!.toLowerCase();
    const month = MONTH_NAMES.indexOf(m[3]!.toLowerCase()) + 1;
    const year = m[4] ? Number(m[4]) : reference ? nearestYear(reference, month, 15) : null;
    if (year === null) continue;
    const written = { text: m[0], start: m.index, end: m.index + m[0].length, type: 'date' as const };
    if (unit === 'week') {
      const day = count > 0 ? new Date(Date.UTC(year, month - 1, 1 + 7 * (count - 1))) : lastDay(year, month);
      const monday = addDays(day, -((day.getUTCDay() + 6) % 7));
      const value = formatValue(monday, 'day');
      out.push({ ...written, value, precision: 'day', approximate: true, timex: isoWeek(monday) });
      continue;
    }
    const day = countedWeekday(year, month, unit === 'weekend' ? 6 : WEEKDAY_NAMES.indexOf(unit), count);
    if (!day) continue;
    const value = formatValue(day, 'day');
    if (unit === 'weekend') out.push({ ...written, value, precision: 'day', timex: `${isoWeek(day)}-WE` });
    else out.push({ ...written, value, precision: 'day' });
  }
  return out;
}

function lastDay(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 0));
}

/** The `count`th weekday (0 = Sunday) of the month, the last one for -1; null past the month's end. */
function countedWeekday(year: number, month: number, weekday: number, count: number): Date | null {
  if (count < 0) {
    const last = lastDay(year, month);
    return addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
  }
  const first = new Date(Date.UTC(year, month - 1, 1));
  const day = addDays(first, ((weekday - first.getUTCDay() + 7) % 7) + 7 * (count - 1));
  return day.getUTCMonth() === month - 1 ? day : null;
}
