import type { DateMention } from '../../types.js';
import { COUNT, countValue } from './numbers.js';

/** "a decade ago", "two decades ago", "a century ago": counted back from the report's year. */
const DECADES_AGO = new RegExp(`\\b(${COUNT})\\s+(decades?|centur(?:y|ies))\\s+ago\\b`, 'gi');

/**
 * Decades and centuries counted back from the report's year ("a decade ago" in 1999 is 1989), at
 * year precision as "three years ago" is read; a count that says no number ("several") is left out.
 */
export function decadesAgoMentions(text: string, reference: Date | null): DateMention[] {
  if (!reference) return [];
  const out: DateMention[] = [];
  for (const m of text.matchAll(DECADES_AGO)) {
    const count = countValue(m[1]!);
    if (count === null || count === 0) continue;
    const years = count * (/^decade/i.test(m[2]!) ? 10 : 100);
    const value = String(reference.getUTCFullYear() - years).padStart(4, '0');
    out.push({ text: m[0], type: 'date', value, precision: 'year', start: m.index, end: m.index + m[0].length });
  }
  return out;
}
