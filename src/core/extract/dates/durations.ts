import type { DateMention } from '../../types.js';
import { COUNT, countValue } from './numbers.js';
import { prefixStart } from './prefix.js';
import { durationValue, UNIT, UNIT_SINGULAR } from './units.js';

/** Words that bound a length of time: "nearly two years", "at least 72 hours", "up to 180 days". */
export const BOUND_WORDS = [
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'just',
  'at least',
  'at most',
  'more than',
  'less than',
  'fewer than',
  'up to',
  'under',
  'no more than',
];
const BOUND = `(?:${BOUND_WORDS.join('|')})`;
/** "the past", "the next", "the first": which stretch of that length. */
const STRETCH = '(?:past|last|next|first|coming|previous|latest|final|following|remaining|initial|entire|whole|full)';
/** "two more weeks", "20 additional years". */
const EXTRA = '(?:more|additional|full|straight|consecutive|long)';

/** "two weeks", "24 hours", "a decade", "20 more years": the count and unit every length has. */
const COUNTED = new RegExp(`\\b(${COUNT})\\s+(?:${EXTRA}\\s+)?(${UNIT})\\b`, 'gi');
/** Before the count: "nearly", "at least" (right before it), or "the past", "each of the next" ("over the past
 * two weeks" starts at "the"). */
const COUNTED_PREFIX = new RegExp(
  `(?:\\b${BOUND}\\s+|\\b(?:(?:the|each\\s+of\\s+the)\\s+)?${STRETCH}\\s+|\\b(?:the|each\\s+of\\s+the)\\s+)$`,
  'i',
);
/** "two and a half years", "2 1/2 years", "2½ years": a count and a half before the unit. */
const WITH_HALF = new RegExp(`\\b(${COUNT})(?:\\s+and\\s+a\\s+half|\\s+1/2|\\s*½)\\s+(${UNIT})\\b`, 'gi');
/** "half an hour", "a half-hour", "half a century": half of one unit. */
const HALF_UNIT = new RegExp(`\\b(?:half\\s+an?\\s+|a\\s+half[- ])(${UNIT_SINGULAR})\\b`, 'gi');
/** "a minute and a half", "two days and a half": the half after the unit. */
const HALF_AFTER = /^\s+and\s+a\s+half\b/i;
/**
 * "a three-year period", "its one-year term": a one-word length before a noun that is itself a
 * stretch of time is one expression with it (TimeML's extent); before other nouns ("a two-year
 * contract") the length stands alone.
 */
const PERIOD_NOUN = /^\s+(?:period|term|span|stretch|spell|interval|phase)\b/i;
const ARTICLE_BEFORE = /\b(?:an?|the)\s+$/i;
/** "two-year", "30-day", "52-week": a length as one word ("6-year-old" is an age, "three-quarters" a share). */
const HYPHENATED = new RegExp(`-(${UNIT_SINGULAR})(?:-long)?\\b(?!-old)`, 'gi');
const COUNT_BEFORE = new RegExp(`\\b(${COUNT})$`, 'i');
/** "recent weeks", "coming months", "past few years": a stretch of unsaid length ("the" is looked for before). */
const VAGUE_STRETCH = new RegExp(`\\b(?:recent|coming|past|next|last)\\s+(?:few\\s+|several\\s+)?(${UNIT})\\b`, 'gi');
const THE = /\bthe\s+$/i;
/**
 * "for years", "within weeks": a plural unit alone after "for" or "within" is a length of unsaid count
 * (TimeML marks the unit alone); after other words it is seldom one ("the days of", "in years past").
 */
const UNCOUNTED = /\b(?:for|within)\s+(centuries|decades|years|months|weeks|days|hours|minutes)\b/gi;

/**
 * What may follow a counted length that makes it a date or something else: "two years ago", "a day
 * earlier", "a year-earlier loss".
 */
const NOT_A_LENGTH = /^(?:\s*|-)(?:ago|earlier|before\s+(?:that|then)|old\b)/i;
/**
 * "a second group", "a second time": after "a" or "one", "second" followed by a word of its own is
 * the ordinal. "A second later", "for a second, …" stay lengths.
 */
const ORDINAL_SECOND =
  /^\s+(?!(?:later|earlier|ago|before|after|or|and|of|to|in|on|at|when|that|than|the|a|an)\b)[a-z]/;
/**
 * "a quarter of the vote", "three quarters of its fuel": a share. "A quarter of a century", "the first
 * two quarters of 1990" and "a quarter of the year" stay lengths.
 */
const SHARE_OF =
  /^\s+of\s+(?:the|its|their|his|her|our|all|this|that|these|those|them|it)\b(?!\s+(?:century|decade|year|month|week|day|hour)\b)/i;
/** "a year" right after an amount is a rate ("15 a year"): a set, found elsewhere. */
const RATE_BEFORE = /(?:\d|\b(?:million|billion|dollars|cents|times|once|twice))\S{0,12}\s{1,3}$/i;

/**
 * Lengths of time (TIMEX3 DURATION): value an ISO 8601 duration such as P3Y, PT24H or PXW
 * (X where the text gives no number). Needs no report date: a length does not depend on it.
 */
export function durationMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const pattern of [COUNTED, WITH_HALF, HALF_UNIT, HYPHENATED, VAGUE_STRETCH, UNCOUNTED]) {
    for (const match of text.matchAll(pattern)) {
      const found = lengthOf(text, match, pattern);
      if (found) out.push(found);
    }
  }
  return out;
}

/** One length found by `pattern`, or null when the words around it make it something else. */
function lengthOf(text: string, match: RegExpExecArray | RegExpMatchArray, pattern: RegExp): DateMention | null {
  let end = match.index! + match[0].length;
  if (NOT_A_LENGTH.test(text.slice(end, end + 16))) return null;
  let start = match.index!;
  let countWritten: string | null = match[1]!;
  let unitWritten = match[2]!;
  let half = pattern === WITH_HALF;
  if (pattern === HYPHENATED) {
    const count = prefixStart(text, start, COUNT_BEFORE, 16);
    if (!count.match) return null;
    [start, countWritten, unitWritten] = [count.start, count.match[1]!, match[1]!];
    const noun = PERIOD_NOUN.exec(text.slice(end, end + 24));
    if (noun) [start, end] = [prefixStart(text, start, ARTICLE_BEFORE).start, end + noun[0].length];
  } else if (pattern === HALF_UNIT) {
    // no whole units, and the half
    [countWritten, unitWritten, half] = ['0', match[1]!, true];
  } else if (pattern === WITH_HALF) {
    start = prefixStart(text, start, COUNTED_PREFIX).start;
  } else if (pattern === UNCOUNTED) {
    [start, countWritten, unitWritten] = [end - match[1]!.length, null, match[1]!];
  } else if (pattern === VAGUE_STRETCH) {
    // "the past year" alone is a stretch; a bare singular ("recent year") is not a length
    if (!/s$/i.test(match[1]!)) return null;
    [start, countWritten, unitWritten] = [prefixStart(text, start, THE).start, null, match[1]!];
  } else {
    start = prefixStart(text, start, COUNTED_PREFIX).start;
    const after = HALF_AFTER.exec(text.slice(end, end + 16));
    if (after) [end, half] = [end + after[0].length, true];
  }
  if (/^an?$/i.test(countWritten ?? '') && RATE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null;
  const after = text.slice(end, end + 32);
  if (/^second$/i.test(unitWritten) && /^(?:an?|one)$/i.test(countWritten ?? '') && ORDINAL_SECOND.test(after))
    return null;
  if (/^quarters?$/i.test(unitWritten) && SHARE_OF.test(after)) return null;
  const whole = countWritten === null ? null : countValue(countWritten);
  if (whole === 0 && !half) return null;
  const count = whole === null ? null : whole + (half ? 0.5 : 0);
  const { value, precision } = durationValue(count, unitWritten);
  return { text: text.slice(start, end), type: 'duration', value, precision, start, end };
}
