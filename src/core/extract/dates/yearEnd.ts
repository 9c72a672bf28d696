import type { DateMention } from '../../types.js';

/** "year-end", "year end", "year's end", "the end of the year": the close of the report's year. */
const YEAR_END = /\b(?:the\s+end\s+of\s+the\s+year|year['’]s\s+end|year[-\s]end)\b(?![-\w])/gi;

/**
 * The end of the report's year, written without naming the year: dates at year precision, as
 * "the end of this year" is read. Undated reports have no year to name, so nothing is found.
 */
export function yearEndMentions(text: string, reference: Date | null): DateMention[] {
  if (!reference) return [];
  const value = String(reference.getUTCFullYear());
  return [...text.matchAll(YEAR_END)].map((m) => ({
    text: m[0],
    type: 'date' as const,
    value,
    precision: 'year' as const,
    start: m.index,
    end: m.index + m[0].length,
  }));
}
