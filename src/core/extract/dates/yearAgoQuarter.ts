import type { DateMention } from '../../types.js';
import { monthPeriod } from './calendar.js';

/** "a year ago", "a year earlier", "the year-ago period": a year before whatever period is being compared. */
const YEAR_AGO = /\b(?:a\s+year\s+(?:ago|earlier)|year-(?:ago|earlier))\b/i;
const QUARTER = /^(\d{4})-Q([1-4])$/;
/** A sentence ends between the quarter and the comparison. */
const SENTENCE_END = /[.!?]["”’']?\s+[A-Z"“]/;

/**
 * Results compare a quarter with the same quarter a year before: "third-quarter profit rose to $5 million from
 * $4 million a year earlier" names the third quarter of the year before. A year-ago expression after a quarter
 * in the same sentence becomes that quarter a year back; elsewhere it stays the year before the report.
 */
export function anchorYearAgo(text: string, mentions: DateMention[]): DateMention[] {
  return mentions.map((mention, i) => {
    if (mention.type !== 'date' || !YEAR_AGO.test(mention.text) || mention.timex) return mention;
    for (let j = i - 1; j >= 0; j--) {
      const before = mentions[j]!;
      if (SENTENCE_END.test(text.slice(before.end, mention.start))) break;
      const quarter = QUARTER.exec(before.timex ?? '');
      if (!quarter) continue;
      const year = Number(quarter[1]) - 1;
      const n = Number(quarter[2]);
      return monthPeriod({ text: mention.text, start: mention.start }, year, 3 * n - 2, 3, `${year}-Q${n}`);
    }
    return mention;
  });
}
