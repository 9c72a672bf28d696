import type { DateMention } from '../../types.js';
import { parseDay } from './calendar.js';
import { chronoDates } from './chronoDates.js';
import { yearMentions } from './yearPattern.js';

/**
 * Every date expression of a text, resolved against the report date
 * (`YYYY-MM-DD`, or null when the report has none).
 */
export function extractDates(text: string, reportDate: string | null): DateMention[] {
  const reference = reportDate ? parseDay(reportDate) : null;
  const found = chronoDates(text, reference);
  for (const year of yearMentions(text)) {
    if (!found.some((m) => year.start < m.end && m.start < year.end)) found.push(year);
  }
  return found.sort((a, b) => a.start - b.start);
}
