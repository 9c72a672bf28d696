import type { DatePrecision } from '../../types.js';

/** Units of time as durations and sets write them, singular; plurals add "s" ("centuries" aside). */
export const UNIT = '(?:centur(?:y|ies)|decades?|years?|quarters?|months?|weeks?|days?|hours?|minutes?|seconds?)';
/** The same units, singular only. */
export const UNIT_SINGULAR = '(?:century|decade|year|quarter|month|week|day|hour|minute|second)';

interface UnitInfo {
  /** ISO 8601 designator, with T for clock units. */
  designator: string;
  /** How many of the designator one unit makes (a decade is 10 Y). */
  factor: number;
  precision: DatePrecision;
}

const UNITS: Record<string, UnitInfo> = {
  century: { designator: 'Y', factor: 100, precision: 'year' },
  decade: { designator: 'Y', factor: 10, precision: 'year' },
  year: { designator: 'Y', factor: 1, precision: 'year' },
  quarter: { designator: 'Q', factor: 1, precision: 'month' },
  month: { designator: 'M', factor: 1, precision: 'month' },
  week: { designator: 'W', factor: 1, precision: 'day' },
  day: { designator: 'D', factor: 1, precision: 'day' },
  hour: { designator: 'TH', factor: 1, precision: 'day' },
  minute: { designator: 'TM', factor: 1, precision: 'day' },
  second: { designator: 'TS', factor: 1, precision: 'day' },
};

/** The singular of a written unit ("centuries" → "century", "Days" → "day"). */
export function unitOf(written: string): string {
  const word = written.toLowerCase();
  return word.startsWith('centur') ? 'century' : word.replace(/s$/, '');
}

/** TIMEX3's duration value for `count` units (null count: unknown, X), e.g. P3Y, PT24H, PXW, PXDE. */
export function durationValue(count: number | null, unit: string): { value: string; precision: DatePrecision } {
  const info = UNITS[unitOf(unit)] ?? UNITS.day!;
  const clock = info.designator.startsWith('T') ? 'T' : '';
  const letter = info.designator.replace('T', '');
  if (count === null) {
    const vague = unitOf(unit) === 'decade' ? 'DE' : unitOf(unit) === 'century' ? 'E' : letter;
    return { value: `P${clock}X${vague}`, precision: info.precision };
  }
  const total = count * info.factor;
  if (Number.isInteger(total)) return { value: `P${clock}${total}${letter}`, precision: info.precision };
  return { value: withFraction(total, clock, letter), precision: info.precision };
}

/** The next smaller designator and how many of it one unit holds: half a year is 6 months, half an hour 30 minutes. */
const SMALLER: Record<string, { letter: string; clock: string; per: number }> = {
  Y: { letter: 'M', clock: '', per: 12 },
  D: { letter: 'H', clock: 'T', per: 24 },
  TH: { letter: 'M', clock: 'T', per: 60 },
  TM: { letter: 'S', clock: 'T', per: 60 },
};

/**
 * A length with a fraction as TIMEX3 writes it: the whole units, then the rest in the next smaller
 * unit ("2 1/2 years" P2Y6M, "a day and a half" P1DT12H, "5 1/2 hours" PT5H30M); a unit with no
 * smaller one keeps the decimal (P1.5W).
 */
function withFraction(total: number, clock: string, letter: string): string {
  const whole = Math.floor(total);
  const smaller = SMALLER[`${clock}${letter}`];
  if (!smaller) return `P${clock}${total}${letter}`;
  const rest = Math.round((total - whole) * smaller.per);
  const head = whole > 0 ? `${whole}${letter}` : '';
  // the date part ("2Y", "1D") before T, the clock part ("5H", "30M") after it
  const datePart = clock ? '' : head;
  const clockPart = `${clock ? head : ''}${rest}${smaller.letter}`;
  return `P${datePart}${smaller.clock ? 'T' : ''}${clockPart}`;
}
