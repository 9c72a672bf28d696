import type { DateMention } from '../../types.js';
import { formatValue, MONTH_NAMES, monthPeriod } from './calendar.js';

/** Season → its TIMEX3 code and first month (northern seasons, as the news set's wires write them). */
export const SEASONS: Record<string, { code: string; month: number }> = {
  spring: { code: 'SP', month: 3 },
  summer: { code: 'SU', month: 6 },
  fall: { code: 'FA', month: 9 },
  autumn: { code: 'FA', month: 9 },
  winter: { code: 'WI', month: 12 },
};
const SHIFT = '(last|this|next|this\\s+past|this\\s+coming|the\\s+coming|the\\s+past|the|early|late|mid)';

/** "last September", "next May", "this past October": a month named relative to the report. */
const RELATIVE_MONTH = new RegExp(
  `\\b(last|next|this|this\\s+past|this\\s+coming)\\s+(${MONTH_NAMES.join('|')})\\b`,
  'gi',
);
/** "next spring", "this summer", "last fall", "the summer of 1998", "summer 1998". */
const SEASON = new RegExp(
  `\\b(?:${SHIFT}\\s+)?(?:(early|late|mid)[- ])?(spring|summer|fall|autumn|winter)\\b(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?`,
  'gi',
);

/**
 * Months and seasons named relative to the report date: "last September" is the September before the
 * report's month, "next spring" the first spring after it, "this summer" the report year's.
 */
export function seasonMentions(text: string, reference: Date | null): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(RELATIVE_MONTH)) {
    if (!reference) break;
    const month = MONTH_NAMES.indexOf(m[2]!.toLowerCase()) + 1;
    const year = shiftedYear(reference, month, 1, m[1]!.toLowerCase());
    // "may" in lower case is a verb ("this may")
    if (year === null || m[2] === 'may' || m[2] === 'march') continue;
    const value = formatValue(new Date(Date.UTC(year, month - 1, 1)), 'month');
    out.push({ text: m[0], type: 'date', value, precision: 'month', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SEASON)) {
    const season = SEASONS[m[3]!.toLowerCase()]!;
    const shift = (m[1] ?? '').toLowerCase();
    // a bare season word ("fall", "spring") is far more often a verb or a noun than a time
    // and "the spring" alone is as often a coil as a season
    if (!m[4] && (!shift || /^(?:the|early|late|mid)$/.test(shift)) && !m[2]) continue;
    const year = m[4] ? Number(m[4]) : reference ? shiftedYear(reference, season.month, 3, shift) : null;
    if (year === null) continue;
    out.push(monthPeriod({ text: m[0], start: m.index }, year, season.month, 3, `${year}-${season.code}`));
  }
  return out;
}

/** The year of a month or season `length` months long named with `shift` (last / next / this) at the reference. */
function shiftedYear(reference: Date, month: number, length: number, shift: string): number | null {
  const year = reference.getUTCFullYear();
  const now = year * 12 + reference.getUTCMonth();
  const startOf = (y: number) => y * 12 + month - 1;
  if (/past|last/.test(shift)) {
    // the latest one that has ended before the report's month
    return startOf(year) + length - 1 < now ? year : year - 1;
  }
  if (/next|coming/.test(shift)) return startOf(year) > now ? year : year + 1;
  return year;
}
