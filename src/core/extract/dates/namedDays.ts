import type { DateMention } from '../../types.js';
import { formatValue } from './calendar.js';

type DayRule = (year: number) => Date;

const fixed =
  (month: number, day: number): DayRule =>
  (year) =>
    new Date(Date.UTC(year, month - 1, day));
/** The n-th (1-based; -1 the last) weekday (0 = Sunday) of a month. */
const nthWeekday =
  (month: number, weekday: number, n: number): DayRule =>
  (year) => {
    if (n < 0) {
      const last = new Date(Date.UTC(year, month, 0));
      return new Date(Date.UTC(year, month - 1, last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7)));
    }
    const first = new Date(Date.UTC(year, month - 1, 1));
    return new Date(Date.UTC(year, month - 1, 1 + ((weekday - first.getUTCDay() + 7) % 7) + 7 * (n - 1)));
  };
const dayAfter =
  (rule: DayRule, days: number): DayRule =>
  (year) =>
    new Date(rule(year).getTime() + days * 86_400_000);

const thanksgiving = nthWeekday(11, 4, 4);
/** Days news names rather than dates; US holidays as the wires write them. */
const YEARLY: Record<string, DayRule> = {
  'new year’s day': fixed(1, 1),
  "new year's day": fixed(1, 1),
  "new year's eve": fixed(12, 31),
  'new year’s eve': fixed(12, 31),
  "valentine's day": fixed(2, 14),
  'valentine’s day': fixed(2, 14),
  'independence day': fixed(7, 4),
  halloween: fixed(10, 31),
  'christmas eve': fixed(12, 24),
  'christmas day': fixed(12, 25),
  christmas: fixed(12, 25),
  'boxing day': fixed(12, 26),
  'memorial day': nthWeekday(5, 1, -1),
  'labor day': nthWeekday(9, 1, 1),
  'thanksgiving day': thanksgiving,
  thanksgiving,
  'black friday': dayAfter(thanksgiving, 1),
  // the Tuesday after the first Monday of November
  'election day': dayAfter(nthWeekday(11, 1, 1), 1),
};
/** Days named after one event: "Black Monday" is 19 October 1987, not the Monday before the report. */
const HISTORIC: Record<string, string> = {
  'black monday': '1987-10-19',
  'black tuesday': '1929-10-29',
  'black thursday': '1929-10-24',
};

const names = [...Object.keys(YEARLY), ...Object.keys(HISTORIC)].sort((a, b) => b.length - a.length);
const NAME = names.map((n) => n.replace(/'/g, "['’]")).join('|');
const NAMED_DAY = new RegExp(`\\b(?:(last|this|next)\\s+)?(${NAME})\\b`, 'gi');

/**
 * Named days: yearly holidays resolved to the nearest one before the report (or after, with "next"),
 * and days named after one event ("Black Monday") to that event's date. In a report without a date,
 * a holiday on a fixed day keeps TIMEX3's unknown year ("Christmas Eve" → XXXX-12-24).
 */
export function namedDayMentions(text: string, reference: Date | null): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(NAMED_DAY)) {
    const name = m[2]!.toLowerCase().replace(/’/g, "'");
    // a lower-case "christmas" or "thanksgiving" is a name as well; "black monday" only capitalised
    const historic = HISTORIC[name];
    if (historic && !/^[A-Z]/.test(m[2]!)) continue;
    const rule = YEARLY[name] ?? YEARLY[m[2]!.toLowerCase()]!;
    const value = historic ?? (reference ? yearlyValue(rule, reference, m[1]) : unknownYear(rule, m[1]));
    if (!value) continue;
    out.push({ text: m[0], type: 'date', value, precision: 'day', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function yearlyValue(rule: DayRule, reference: Date, shift: string | undefined): string {
  const year = reference.getUTCFullYear();
  const thisYear = rule(year);
  const word = (shift ?? '').toLowerCase();
  if (word === 'next') return formatValue(thisYear > reference ? thisYear : rule(year + 1), 'day');
  if (word === 'this') return formatValue(thisYear, 'day');
  // unmarked or "last": the latest one on or before the report, unless this year's is within a month ahead
  const ahead = (thisYear.getTime() - reference.getTime()) / 86_400_000;
  if (word !== 'last' && ahead >= 0 && ahead <= 31) return formatValue(thisYear, 'day');
  return formatValue(thisYear <= reference ? thisYear : rule(year - 1), 'day');
}

/** A holiday on the same day every year, in a report without a date: its day with the year unknown. */
function unknownYear(rule: DayRule, shift: string | undefined): string | null {
  const day = (year: number) => formatValue(rule(year), 'day').slice(4);
  if (shift || day(2001) !== day(2002)) return null;
  return `XXXX${day(2001)}`;
}
