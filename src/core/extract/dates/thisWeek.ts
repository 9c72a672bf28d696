import type { DateMention } from '../../types.js';
import { addDays, formatValue } from './calendar.js';

/**
 * "this week", "early last week", "the end of next week": the report's own week, the one before or the
 * one after ("week's" too; "this weekend" is not a week).
 */
const NEAR_WEEK = /\b(?:(?:early|late|later)\s+|the\s+(?:end|start|beginning)\s+of\s+)?(this|last|next)\s+week\b/gi;
/** Weeks from the report's week each word names. */
const WEEKS_AWAY: Record<string, number> = { this: 0, last: -1, next: 1 };

/**
 * The report's week, or the week before or after it: `value` its Monday, marked approximate (the text
 * names no day), and TIMEX3's ISO week ("1998-W06") as `timex`.
 */
export function thisWeekMentions(text: string, reference: Date | null): DateMention[] {
  if (!reference) return [];
  const monday = addDays(reference, -((reference.getUTCDay() + 6) % 7));
  return [...text.matchAll(NEAR_WEEK)].map((m) => {
    const week = addDays(monday, 7 * (WEEKS_AWAY[m[1]!.toLowerCase()] ?? 0));
    return {
      text: m[0],
      type: 'date' as const,
      value: formatValue(week, 'day'),
      precision: 'day' as const,
      approximate: true,
      timex: isoWeek(week),
      start: m.index,
      end: m.index + m[0].length,
    };
  });
}

/** ISO 8601 week of a day: YYYY-Www, the year being that of the week's Thursday. */
export function isoWeek(day: Date): string {
  const thursday = addDays(day, 3 - ((day.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
