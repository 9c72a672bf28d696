import type { DateMention } from '../../types.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar.js';
import { SEASONS } from './seasons.js';
import { durationValue, UNIT } from './units.js';

const ADVERBS: Record<string, string> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  quarterly: 'P3M',
  yearly: 'P1Y',
  annually: 'P1Y',
};

/** "every Monday", "each year", "every other week". */
const EVERY_WHAT = `(${WEEKDAY_NAMES.join('|')}|${UNIT}|morning|night|evening)`;
const EVERY = new RegExp(`\\b(?:every|each)\\s+(?:other\\s+)?${EVERY_WHAT}\\b`, 'gi');
/** "every March", "each July": month names capitalised, so that "each may choose" is no month. */
const CAPITALISED_MONTHS = MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1));
const EVERY_MONTH = new RegExp(`\\b(?:[Ee]very|[Ee]ach)\\s+(${CAPITALISED_MONTHS.join('|')})\\b`, 'g');
/** "every summer", "each spring". */
const EVERY_SEASON = new RegExp(`\\b(?:every|each)\\s+(${Object.keys(SEASONS).join('|')})\\b`, 'gi');
/**
 * "on Sundays", "Thursday nights", "Friday mornings": a weekday in the plural, or a weekday's part of the
 * day in the plural, recurs each week (not after "the": "The Sundays" may be a band's name).
 */
const WEEKDAY_STEM = '(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)';
const WEEKDAYS_PLURAL = new RegExp(
  String.raw`(?<!\b[Tt]he\s)\b${WEEKDAY_STEM}(?:days\b|day\s+(mornings|afternoons|evenings|nights)\b)`,
  'g',
);
/** TIMEX3's codes of the parts of a day. */
const DAY_PARTS: Record<string, string> = { mornings: 'TMO', afternoons: 'TAF', evenings: 'TEV', nights: 'TNI' };
/** "weekly", "annually" as adverbs, or before what recurs ("a daily count", "her weekly address"). */
const ADVERB = new RegExp(`\\b(${Object.keys(ADVERBS).join('|')})\\b`, 'gi');
/**
 * Before a capitalised word, "daily" is a title ("the Daily Mail", "the party daily Harbour
 * Voice"). Tested apart: under the adverbs' case-blind flag, [A-Z] would match any letter.
 */
const BEFORE_TITLE = /^\s+\p{Lu}/u;
/** "quarterly" before a noun ("its quarterly payout") names a reporting period, not a repetition. */
const BEFORE_NOUN = /^\s+\p{L}/u;
/** "twice a week", "three times a year", "once a month". */
const HOW_OFTEN = '(?:once|twice|(?:three|four|five|\\d+)\\s+times)';
const TIMES_PER = new RegExp(`\\b${HOW_OFTEN}\\s+(?:a|an|per|each)\\s+(${UNIT})\\b`, 'gi');

/**
 * Repeated times (TIMEX3 SET): value the period (P1W, P1D, PT1H); a weekday, month or season adds
 * TIMEX3's XXXX-WXX-n, XXXX-06 or XXXX-SU as `timex`.
 */
export function setMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  const push = (match: RegExpMatchArray, value: string, timex?: string) => {
    const start = match.index!;
    // "every March" and "each summer" come back once a year but name a month or a season
    const monthOrSeason = timex !== undefined && /^XXXX-(?:\d\d|[A-Z]{2})$/.test(timex);
    const precision = /T|D|W/.test(value) ? 'day' : monthOrSeason || /M|Q/.test(value) ? 'month' : 'year';
    const mention: DateMention = { text: match[0], type: 'set', value, precision, start, end: start + match[0].length };
    if (timex) mention.timex = timex;
    out.push(mention);
  };
  for (const match of text.matchAll(EVERY)) {
    const word = match[1]!.toLowerCase();
    const weekday = WEEKDAY_NAMES.indexOf(word);
    if (weekday >= 0) push(match, 'P1W', `XXXX-WXX-${weekday === 0 ? 7 : weekday}`);
    else if (/morning|night|evening/.test(word)) push(match, 'P1D');
    else push(match, durationValue(1, word).value);
  }
  // a month or season that comes back each year: TIMEX3's XXXX-06, XXXX-SU
  for (const match of text.matchAll(EVERY_MONTH)) {
    const month = MONTH_NAMES.indexOf(match[1]!.toLowerCase()) + 1;
    push(match, 'P1Y', `XXXX-${String(month).padStart(2, '0')}`);
  }
  for (const match of text.matchAll(EVERY_SEASON)) push(match, 'P1Y', `XXXX-${SEASONS[match[1]!.toLowerCase()]!.code}`);
  for (const match of text.matchAll(WEEKDAYS_PLURAL)) {
    const weekday = WEEKDAY_NAMES.indexOf(`${match[1]!.toLowerCase()}day`);
    push(match, 'P1W', `XXXX-WXX-${weekday === 0 ? 7 : weekday}${match[2] ? DAY_PARTS[match[2]] : ''}`);
  }
  for (const match of text.matchAll(ADVERB)) {
    const end = match.index! + match[0].length;
    const next = text.slice(end, end + 8);
    const word = match[1]!.toLowerCase();
    if (BEFORE_TITLE.test(next) || (word === 'quarterly' && BEFORE_NOUN.test(next))) continue;
    push(match, ADVERBS[word]!);
  }
  // a rate after an amount ("$500 million a year") is left out: TimeML does not mark it
  for (const match of text.matchAll(TIMES_PER)) push(match, durationValue(1, match[1]!).value);
  return out;
}
