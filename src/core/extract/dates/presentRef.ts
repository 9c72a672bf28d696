import type { DateMention } from '../../types.js';
import { formatValue } from './calendar.js';

/** TIMEX3's present, past and future references. */
const REFERENCES: Array<[RegExp, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF']> = [
  [/\b(?:right\s+now|now|currently|at\s+present|the\s+present|nowadays|these\s+days|at\s+this\s+time)\b/gi, 'PRESENT_REF'],
  [/\b(?:(?:more|most|until|only|very)\s+)?recently\b|\bthe\s+past\b/gi, 'PAST_REF'],
  [/\b(?:the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+near\s+term)\b/gi, 'FUTURE_REF'],
];
/** "the now-defunct company": "now" there dates nothing. */
const NOT_TIME_AFTER = /^\s*(?:-|–)?\s*(?:defunct|famous|former|retired|closed|ex-)/i;

/**
 * "now", "currently", "recently", "the future": TIMEX3's PRESENT_REF, PAST_REF and FUTURE_REF as `timex`.
 * `value` stays a calendar value for answers: the report's day for the present, its year otherwise.
 */
export function presentRefMentions(text: string, reference: Date | null): DateMention[] {
  if (!reference) return [];
  const out: DateMention[] = [];
  for (const [pattern, timex] of REFERENCES) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (NOT_TIME_AFTER.test(text.slice(end, end + 12))) continue;
      const precision = timex === 'PRESENT_REF' ? 'day' : 'year';
      const value = formatValue(reference, precision);
      out.push({ text: m[0], type: 'date', value, precision, approximate: true, timex, start: m.index, end });
    }
  }
  return out;
}
