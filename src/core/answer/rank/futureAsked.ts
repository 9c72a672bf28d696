import type { DateMention } from '../../types.js';

/**
 * "When will the plant open?", "when is the vote due to take place?", "when is the launch expected":
 * the question asks for a time still ahead of the report. A closed set of English future forms.
 */
const FUTURE_ASKED =
  /^\s*when\s+(?:will|shall|(?:is|are)\s+.{1,80}?\b(?:due|set|scheduled|expected|going|planned)\s+to)\b/i;

/** Whether a when-question asks about the future. */
export function asksFuture(question: string): boolean {
  return FUTURE_ASKED.test(question);
}

/** How many characters of an ISO value its precision covers: day, month, or the year alone. */
const COMPARED = [/^\d{4}-\d{2}-\d{2}/, /^\d{4}-\d{2}(?!\d)/, /^\d{4}/] as const;

/**
 * Whether a date lies wholly before the report's day, compared at the date's own precision
 * ("last year" and "March" of a report of 14 March 2006: 2005 is before, 2006-03 is not). Values
 * without a calendar year (a length, "PRESENT_REF", an unknown day) are never before.
 */
export function endsBeforeReport(date: Pick<DateMention, 'value' | 'until'>, reportDate: string | null): boolean {
  if (!reportDate) return false;
  const last = date.until ?? date.value;
  for (const pattern of COMPARED) {
    const written = pattern.exec(last)?.[0];
    if (written) return written < reportDate.slice(0, written.length);
  }
  return false;
}
