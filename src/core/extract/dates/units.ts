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
  return { value: `P${clock}${count * info.factor}${letter}`, precision: info.precision };
}
