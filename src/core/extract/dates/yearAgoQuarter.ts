import type { DateMention } from '../../types.js';
import { monthPeriod } from './calendar.js';
import { YEAR_PERIOD_WORDS } from './quarters.js';

/** "a year ago", "a year earlier", "the year-ago period": a year before whatever period is being compared. */
const YEAR_AGO = /\b(?:a\s+year\s+(?:ago|earlier)|year-(?:ago|earlier))\b|^the\s+same\s/i;
/** "the 1988 period" after a quarter (a mention `quarterMentions` found whole): that quarter of 1988. */
const YEAR_PERIOD = new RegExp(`^${YEAR_PERIOD_WORDS}$`, 'i');
/** "the same month a year ago" after "January": that month a year back. */
const SAME_MONTH = /^the\s+same\s+(?:month|period)\b/i;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
/** How far back (characters) the compared quarter may be: the sentence before, in results stories. */
const REACH = 300;

/**
 * Results compare a quarter with the same quarter a year before: "third-quarter profit rose to $5 million from
 * $4 million a year earlier" names the third quarter of the year before. A year-ago expression shortly after a quarter
 * (the same sentence or the one before) becomes that quarter a year back; elsewhere it stays the year before
 * the report. "The 1988 period" after a quarter is that quarter of 1988.
 */
export function anchorYearAgo(mentions: DateMention[]): DateMention[] {
  return mentions.map((mention, i) => {
    const ofYear = YEAR_PERIOD.exec(mention.text);
    if (mention.type !== 'date' || !(ofYear || YEAR_AGO.test(mention.text)) || mention.timex) return mention;
    for (let j = i - 1; j >= 0; j--) {
      const before = mentions[j]!;
      if (mention.start - before.end > REACH) break;
      const month = MONTH.exec(before.value);
      if (!ofYear && SAME_MONTH.test(mention.text) && month && !before.timex && !before.until) {
        const value = `${Number(month[1]) - 1}-${month[2]}`;
        return { ...mention, value, precision: 'month' as const };
      }
      const quarter = QUARTER.exec(before.timex ?? '');
      if (!quarter) continue;
      const year = ofYear ? Number(ofYear[1]) : Number(quarter[1]) - 1;
      const n = Number(quarter[2]);
      return monthPeriod({ text: mention.text, start: mention.start }, year, 3 * n - 2, 3, `${year}-Q${n}`);
    }
    return mention;
  });
}
