import type { DateMention } from '../../types.js';
import { parseDay } from './calendar.js';
import { chronoDates } from './chronoDates.js';
import { dateRanges } from './dateRange.js';
import { relativeYearMentions } from './relativeYear.js';
import { sameDayMentions } from './sameDay.js';
import { yearMentions } from './yearPattern.js';

/**
 * Every date expression of a text, resolved against the report date
 * (`YYYY-MM-DD`, or null when the report has none). Two dates written as a span
 * ("1688–1692", "between 1835 and 1842") are one mention; where two expressions overlap,
 * the longer one wins.
 */
export function extractDates(text: string, reportDate: string | null): DateMention[] {
  const reference = reportDate ? parseDay(reportDate) : null;
  const candidates = [...relativeYearMentions(text, reference), ...chronoDates(text, reference), ...yearMentions(text)];
  const single = longestFirst(candidates);
  const kept = longestFirst([...dateRanges(text, single), ...single]);
  kept.push(...sameDayMentions(text, kept, reportDate));
  return kept.sort((a, b) => a.start - b.start);
}

function longestFirst(mentions: DateMention[]): DateMention[] {
  const kept: DateMention[] = [];
  for (const m of [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
