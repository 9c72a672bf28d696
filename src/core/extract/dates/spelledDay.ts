import type { DateMention } from '../../types.js';
import { formatValue, MONTH_NAMES, nearestYear } from './calendar.js';
import { ORDINAL_WORDS } from './decades.js';
import { SMALL } from './numbers.js';

/** "one" … "nineteen" and "first" … "nineteenth", each at index value − 1. */
const CARDINALS = SMALL.slice(1, 20);
const ORDINALS = ORDINAL_WORDS.slice(0, 19);

/** Every day of a month in words, cardinal and ordinal ("one", "twenty-six", "first", "thirty-first"), by its number. */
const DAY_OF_WORD = new Map<string, number>([
  ...CARDINALS.map((w, i) => [w, i + 1] as const),
  ...ORDINALS.map((w, i) => [w, i + 1] as const),
  ['twenty', 20],
  ['twentieth', 20],
  ...CARDINALS.slice(0, 9).map((w, i) => [`twenty-${w}`, i + 21] as const),
  ...ORDINALS.slice(0, 9).map((w, i) => [`twenty-${w}`, i + 21] as const),
  ['thirty', 30],
  ['thirtieth', 30],
  ['thirty-one', 31],
  ['thirty-first', 31],
]);

/** "May" is left out: "May one ask" is a question, not a day. */
const MONTHS = MONTH_NAMES.filter((m) => m !== 'may');
/** What a count goes on to when it is not a day: "March two years ago", "June one of the", "April one pct". */
const NOT_A_DAY =
  '(?:of|years?|months?|weeks?|days?|hours?|quarters?|halves|half|percent|pct|per|hundred|thousand|million|billion|times|dlrs|dollars|cents|points?)\\b';

/**
 * "April one", "March sixteenth", "June twenty-six, 1987", "last December nine": a month and its day in
 * words, as wire reports write it. The year is written after it or read off the report.
 */
const MONTH_AND_DAY_IN_WORDS = new RegExp(
  `\\b(last\\s+)?(${MONTHS.join('|')})\\s+(${[...DAY_OF_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})\\b` +
    `(?![\\s-]+${NOT_A_DAY})(?:,?\\s+(\\d{4})\\b)?`,
  'gi',
);

/**
 * Every month's day written in words in `text`, as a day (precision "day"); without a written
 * year and without a report date (`reference` null) none is read, since its year is not known.
 */
export function spelledDayMentions(text: string, reference: Date | null): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(MONTH_AND_DAY_IN_WORDS)) {
    const month = MONTH_NAMES.indexOf(m[2]!.toLowerCase()) + 1;
    const day = DAY_OF_WORD.get(m[3]!.toLowerCase())!;
    if (!m[4] && !reference) continue;
    // "last December nine": in the month of that name before the report's month
    const year = m[4]
      ? Number(m[4])
      : m[1]
        ? reference!.getUTCFullYear() - (month >= reference!.getUTCMonth() + 1 ? 1 : 0)
        : nearestYear(reference!, month, day);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1) continue;
    out.push({
      text: m[0],
      type: 'date',
      value: formatValue(date, 'day'),
      precision: 'day',
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}
