import type { DateMention } from '../../types.js';
import { addDays, formatValue } from './calendar.js';

/** "this week", "early this week", "the end of this week": the report's own week. */
const THIS_WEEK = /\b(?:(?:early|late|later)\s+|the\s+(?:end|start|beginning)\s+of\s+)?this\s+week\b/gi;

/**
 * The report's week: `value` its Monday, marked approximate like "last week", and TIMEX3's ISO week
 * ("1998-W06") as `timex`.
 */
export function thisWeekMentions(text: string, reference: Date | null): DateMention[] {
  if (!reference) return [];
  const monday = addDays(reference, -((reference.getUTCDay() + 6) % 7));
  const value = formatValue(monday, 'day');
  const timex = isoWeek(monday);
  return [...text.matchAll(THIS_WEEK)].map((m) => ({
    text: m[0],
    type: 'date' as const,
    value,
    precision: 'day' as const,
    approximate: true,
    timex,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** ISO 8601 week of a day: YYYY-Www, the year being that of the week's Thursday. */
export function isoWeek(day: Date): string {
  const thursday = addDays(day, 3 - ((day.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
