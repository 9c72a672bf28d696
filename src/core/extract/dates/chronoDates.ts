import * as chrono from 'chrono-node';
import type { DateMention, DatePrecision } from '../../types.js';
import { addDays, formatValue, MONTH_NAMES, nearestYear, WEEKDAY_NAMES, weekdayNear, yearAhead } from './calendar.js';
import { deadlineBefore, futureBefore } from './futureCue.js';
import { NIGHT_BEFORE, PART_OF_DATE, timeSuffix } from './timeOfDay.js';

/** Short words chrono reads as dates: "now", "may", "sun", "second". */
const DATE_LIKE_WORDS = ['now', 'may', 'march', 'sun', 'sat', 'wed', 'mon', 'second'];
/** Articles and "one" standing alone, which chrono can take for a date. */
const COUNT_WORDS = ['a', 'an', 'the', 'one'];
/** The capitalised forms that also stand alone ("Now", "Sun"). */
const CAPITALISED_DATE_LIKE_WORDS = ['Now', 'Sun', 'Sat', 'Wed', 'Mon', 'Second'];
const REJECT_WORDS = [...DATE_LIKE_WORDS, ...COUNT_WORDS, ...CAPITALISED_DATE_LIKE_WORDS];
/** Words chrono reads as dates that in running text rarely are. */
const REJECT = new RegExp(`^(?:\\d{1,2}\\/\\d{1,2}|${REJECT_WORDS.join('|')}|(?:in |on )?the day)$`);
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** How many, in "a year after", "two days later", "several weeks before". */
const SMALL_COUNTS = ['an?', ...NUMBER_WORDS, '\\d+', 'several', 'a few'];
/**
 * "a year after", "two days later": a distance from some other event, not a date. chrono also reads
 * a count glued to a letter as minutes or hours, where news writes millions or metres ("$40m earlier").
 */
const SPAN_WITHOUT_ANCHOR = new RegExp(
  `^(?:${SMALL_COUNTS.join('|')})\\s*\\w+\\s+(?:after|before|later|earlier)$`,
  'i',
);
const RELATIVE_DAYS = ['yesterday', 'today', 'tonight', 'tomorrow'];
const RELATIVE_MARKERS = ['ago', 'last', 'next', 'this', 'coming', 'past', 'previous', 'later', 'earlier'];
const CALENDAR_UNITS = ['week', 'weekend', 'month', 'year', 'day'];
/** Words (and their plurals) that tie an expression to the report date. */
const RELATIVE_WORDS = [...RELATIVE_DAYS, ...RELATIVE_MARKERS, ...CALENDAR_UNITS, ...WEEKDAY_NAMES];
/** Words that place a date relative to the report ("last", "tomorrow", "this week"); undated, no value. */
const RELATIVE_ONLY = new RegExp(
  `\\b(?:${[...RELATIVE_DAYS, ...RELATIVE_MARKERS, ...CALENDAR_UNITS].join('|')})s?\\b`,
  'i',
);
/** Expressions whose value depends on the report date. */
const RELATIVE = new RegExp(`\\b(?:${RELATIVE_WORDS.join('|')})s?\\b`, 'i');
/**
 * A word that names a time: a number, a month, a weekday, a unit of time, a part of the day, a
 * holiday, or a word counting from the report. chrono also reads some phrases with none of these
 * as times ("in half and …" as half an hour, "in the SEC suit" as a second): those are no dates.
 */
const NAMES_A_TIME = new RegExp(
  `\\d|\\b(?:${[
    ...RELATIVE_WORDS,
    ...NUMBER_WORDS,
    'jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun',
    'hours?|minutes?|seconds?|fortnight|decade|century|noon|midday|midnight|morning|afternoon|evening|night|dawn|dusk',
    'eleven|twelve|christmas|xmas|easter|thanksgiving|halloween|valentine',
  ].join('|')})`,
  'i',
);
const FORWARD = /\b(?:next|coming|tomorrow|later|from now|in \d+)\b/i;
const BACKWARD = /\b(?:last|past|previous)\b/i;
const WEEK = /\bweek(?:end)?s?\b/i;

/**
 * Date expressions chrono finds, resolved against the report date with the
 * precision the text supports. Without a report date a month, day or weekday written without a
 * year keeps TIMEX3's unknown year ("December 3" → XXXX-12-03, "Monday" → XXXX-WXX-1); words
 * that count from the report's date ("last week", "yesterday") are left out.
 */
export function chronoDates(text: string, reference: Date | null): DateMention[] {
  const instant = reference ?? new Date(Date.UTC(2000, 0, 1));
  let results: chrono.ParsedResult[];
  try {
    // "11 December -- four years behind": a double dash reads as a range to chrono; same length keeps offsets
    results = chrono.parse(text.replace(/--/g, ', '), { instant, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
  const out: DateMention[] = [];
  for (const result of results) {
    if (cutNumber(text, result)) continue;
    const dated = dateOfPart(result, instant);
    const cues: Cues = {
      future: () => futureBefore(text, result.index),
      deadline: () => deadlineBefore(text, result.index + leadOf(result.text)),
    };
    const mention = toMention(result, reference, cues, dated);
    if (mention) out.push(mention);
  }
  return out;
}

/**
 * The date a part of the day belongs to ("the morning of January 27, 1967"): chrono reads the whole
 * as the reference day, so the date after "of" is read on its own.
 */
function dateOfPart(result: chrono.ParsedResult, instant: Date): chrono.ParsedComponents | undefined {
  const part = PART_OF_DATE.exec(result.text);
  if (!part) return undefined;
  const rest = chrono.parse(result.text.slice(part[0].length), { instant, timezone: 0 }, { forwardDate: false });
  const first = rest[0];
  return first?.index === 0 ? first.start : undefined;
}

/**
 * chrono misreads a number written with thousands separators: "22,000 years ago" as this year,
 * "1,200 days later" as "200 days later". Such a count is not a date it can resolve.
 */
function cutNumber(text: string, result: chrono.ParsedResult): boolean {
  return /\d[,.]\d{3}\b/.test(result.text) || /\d[,.]?$/.test(text.slice(Math.max(0, result.index - 2), result.index));
}

/** "on 11 December" is written "11 December": the preposition is not part of the date. */
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|until|from|during|of|for)\s+/i;

/** Length of the preposition chrono read into the start of a date ("by" of "by August"). */
function leadOf(read: string): number {
  return LEADING_PREPOSITION.exec(read)?.[0].length ?? 0;
}
/** "the end of last year" names a year, whatever day chrono picks inside it. */
const YEAR_ONLY = /\byears?\b/i;
const MONTH_ONLY = /\bmonths?\b/i;
const HAS_DAY_OR_MONTH_NAME = new RegExp(
  ['\\d', ...MONTH_NAMES, ...WEEKDAY_NAMES, 'today', 'yesterday', 'tomorrow', 'week', 'day'].join('|'),
  'i',
);

/**
 * What the words before a date say of its direction; asked only of a date written without a year
 * (most dates never need it).
 */
interface Cues {
  /** The clause speaks of the future ("will meet Roe Thursday"): a weekday or month alone is the next one. */
  future: () => boolean;
  /** A deadline or a date a change takes effect ("by August", "effective Feb. 1"): a month alone is the next one. */
  deadline: () => boolean;
}

/** `dated`: the components that give the date, when they are not chrono's reading of the whole. */
function toMention(
  result: chrono.ParsedResult,
  reference: Date | null,
  cues: Cues,
  dated = result.start,
): DateMention | null {
  // the dot of "p.m." stays with it
  const trimmed = result.text.replace(/(?<![ap]\.m)[\s,.;:]+$/i, '');
  const lead = LEADING_PREPOSITION.exec(trimmed)?.[0].length ?? 0;
  const written = trimmed.slice(lead);
  if (REJECT.test(written.trim()) || SPAN_WITHOUT_ANCHOR.test(written) || !NAMES_A_TIME.test(written)) return null;
  // "June 1 to June 5, 2010": the start has the year written at the end
  const spanYear = Boolean(result.end?.isCertain('year'));
  const time = timeSuffix(result.start, written);
  const start = resolve(dated, written, reference, spanYear, cues) ?? (time ? dayOf(reference) : null);
  if (!start) return null;
  const mention: DateMention = {
    text: written,
    type: 'date',
    value: start.value,
    precision: start.precision,
    start: result.index + lead,
    end: result.index + lead + written.length,
  };
  if (time && start.precision === 'day') {
    mention.type = 'time';
    if (NIGHT_BEFORE.test(written) && reference && start.value === formatValue(reference, 'day')) {
      mention.value = formatValue(addDays(reference, -1), 'day');
    }
    mention.timex = `${mention.value}${time}`;
    return mention;
  }
  if (WEEK.test(written) && start.precision === 'day' && !start.weekday) mention.approximate = true;
  // "23 November 1963 until 6 December 1989": chrono reads both ends of a span
  const end = result.end && resolve(result.end, written, reference, spanYear, cues);
  if (end && end.value > start.value) mention.until = end.value;
  return mention;
}

/** The report's day, for a time of day written without a date. */
function dayOf(reference: Date | null): { value: string; precision: DatePrecision; weekday: boolean } | null {
  if (!reference) return null;
  return { value: formatValue(reference, 'day'), precision: 'day', weekday: false };
}

/** The calendar value one end of a chrono result names, with the precision its text supports. */
function resolve(
  components: chrono.ParsedComponents,
  written: string,
  reference: Date | null,
  spanYear: boolean,
  cues: Cues,
): { value: string; precision: DatePrecision; weekday: boolean } | null {
  const certain = (c: chrono.Component) => components.isCertain(c);
  const hasDay = certain('day');
  const hasWeekday = certain('weekday');
  const hasMonth = certain('month');
  const hasYear = certain('year') || spanYear;
  if (!hasDay && !hasWeekday && !hasMonth && !hasYear) return null;
  // a lower-case month name alone ("may", "march") is a verb far more often than a date
  if (!hasDay && !hasYear && /^[a-z]/.test(written) && !RELATIVE.test(written)) return null;
  const relative = RELATIVE.test(written) || (!hasYear && (hasDay || hasMonth || hasWeekday));
  if (!reference && relative) return hasYear ? null : unknownYear(components, written);

  let precision: DatePrecision;
  let date: Date;
  if (hasWeekday && !hasDay && reference) {
    precision = 'day';
    const weekday = components.get('weekday') ?? 0;
    // "will meet on Wednesday" in a Wednesday report: that day, not a week on
    const forward =
      FORWARD.test(written) || (!BACKWARD.test(written) && weekday !== reference.getUTCDay() && cues.future());
    date = weekdayNear(reference, weekday, forward);
  } else {
    precision = hasDay ? 'day' : hasMonth ? 'month' : 'year';
    if (!HAS_DAY_OR_MONTH_NAME.test(written)) {
      if (YEAR_ONLY.test(written)) precision = 'year';
      else if (MONTH_ONLY.test(written) && precision === 'day') precision = 'month';
    }
    const month = components.get('month') ?? 1;
    const day = hasDay ? (components.get('day') ?? 1) : 15;
    const inferred = !hasYear && reference && !RELATIVE.test(written);
    const year = !inferred
      ? (components.get('year') ?? 2000)
      : cues.future() || cues.deadline()
        ? yearAhead(reference, month, day, hasDay)
        : nearestYear(reference, month, day);
    date = new Date(Date.UTC(year, month - 1, hasDay ? day : 1));
    if (Number.isNaN(date.getTime())) return null;
  }
  return { value: formatValue(date, precision), precision, weekday: hasWeekday };
}

/** "December 3", "June", "Monday" in a report without a date: the calendar value with the year unknown. */
function unknownYear(
  components: chrono.ParsedComponents,
  written: string,
): { value: string; precision: DatePrecision; weekday: boolean } | null {
  if (RELATIVE_ONLY.test(written)) return null;
  const pad = (n: number | null) => String(n ?? 1).padStart(2, '0');
  const month = components.isCertain('month') ? components.get('month') : null;
  if (month !== null) {
    const day = components.isCertain('day') ? components.get('day') : null;
    if (day === null) return { value: `XXXX-${pad(month)}`, precision: 'month', weekday: false };
    return { value: `XXXX-${pad(month)}-${pad(day)}`, precision: 'day', weekday: false };
  }
  if (!components.isCertain('weekday')) return null;
  // ISO weekdays run Monday 1 to Sunday 7; chrono's from Sunday 0
  return { value: `XXXX-WXX-${components.get('weekday') || 7}`, precision: 'day', weekday: true };
}
