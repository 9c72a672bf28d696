import type * as chrono from 'chrono-node';

/** Parts of the day with TIMEX3's codes: "this morning" is 1998-02-06TMO. */
const PARTS: Array<[RegExp, string]> = [
  [/\bmorning\b/i, 'MO'],
  [/\b(?:mid-?)?afternoon\b/i, 'AF'],
  [/\bevening\b/i, 'EV'],
  [/\b(?:tonight|(?:over)?night)\b/i, 'NI'],
];
/** A clock word chrono may leave uncertain: "noon", "midnight", "midday". */
const CLOCK_WORD = /\b(?:noon|midday|midnight)\b/i;

/** What makes chrono's reading a time: "3 p.m.", "10:35", "noon", a part of the day ("$2.50 a share" is not). */
const TIME_WORD = new RegExp(
  '\\d{1,2}:\\d{2}|\\d\\s?(?:[ap]\\.m\\b|[ap]m\\b)|' +
    "\\b(?:o['’]clock|noon|midday|midnight|morning|afternoon|evening|night|tonight|overnight)\\b",
  'i',
);
/** A part of the day alone ("the night the plane fell", "good evening") names no particular time. */
const BARE_PART = /^(?:the\s+)?(?:morning|afternoon|evening|night)$/i;

/**
 * The time-of-day part of a TIMEX3 value ("T15:00", "TMO") for what chrono read, or null when the
 * expression names no time of day.
 */
export function timeSuffix(components: chrono.ParsedComponents, written: string): string | null {
  if (!TIME_WORD.test(written) || BARE_PART.test(written)) return null;
  if (components.isCertain('hour') || CLOCK_WORD.test(written)) {
    const two = (n: number | null) => String(n ?? 0).padStart(2, '0');
    return `T${two(components.get('hour'))}:${two(components.get('minute'))}`;
  }
  for (const [pattern, code] of PARTS) if (pattern.test(written)) return `T${code}`;
  return null;
}

/** "last night" is the night before the report's day, which chrono reads as the day itself. */
export const NIGHT_BEFORE = /\blast\s+night\b/i;

/** "the morning of January 27, 1967": a part of the day of a date written after it. */
export const PART_OF_DATE = /^(?:the\s+)?(?:morning|(?:mid-?)?afternoon|evening|night)\s+of\s+/i;
