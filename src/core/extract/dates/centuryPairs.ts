import type { DateMention } from '../../types.js';
import { centuryNumber, centuryYears, ORDINAL_WORDS } from './decades.js';
import { prefixStart } from './prefix.js';

/** "16th", "sixteenth": a century's number as an ordinal (digits in the first group, a word in the second). */
const ORDINAL = `(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORDS.join('|')}))`;
/** "the 13th and 14th centuries", "the fifteenth to seventeenth centuries", "the 18th–19th centuries". */
const CENTURY_PAIR = new RegExp(
  `\\b${ORDINAL}\\s*(?:and|to|through|[–-])\\s*(?:the\\s+)?${ORDINAL}[\\s-]centuries\\b`,
  'gi',
);
const THE_BEFORE = /\bthe\s+$/i;

/**
 * Two centuries named together as one span of time, as answers give them: `value` the first year of
 * the first, `until` the last year of the second. Only where spans are joined (see `DateOptions`):
 * TimeML has no one value for the pair.
 */
export function centuryPairMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(CENTURY_PAIR)) {
    const first = centuryNumber(m[1], m[2]);
    const last = centuryNumber(m[3], m[4]);
    if (first === null || last === null || last <= first) continue;
    const start = prefixStart(text, m.index, THE_BEFORE, 8).start;
    const value = centuryYears(first).first;
    const until = centuryYears(last).last;
    const end = m.index + m[0].length;
    out.push({
      text: text.slice(start, end),
      type: 'date',
      value,
      precision: 'year',
      until,
      approximate: true,
      start,
      end,
    });
  }
  return out;
}
