import type { DateMention } from '../../types.js';
import { monthPeriod } from './calendar.js';

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th)';
/** "this year's", "last year's": which year's quarter. */
const OWNER = "(?:(?:its|their|the|this|last|next)(?:\\s+year['’]s)?\\s+)";
/** "of 1998", "of this year", "1998" after the quarter. */
const YEAR_AFTER = '(?:,?\\s+(?:of\\s+)?(?:fiscal\\s+)?(\\d{4}|this\\s+year|last\\s+year|next\\s+year))?';

/** "the third quarter", "third-quarter", "the fiscal first quarter", "fourth quarter of 1998", "the year-ago third quarter". */
const NAMED_QUARTER = new RegExp(
  `\\b${OWNER}?(?:(year-ago|year-earlier)\\s+)?(?:fiscal[- ]|latest\\s+)?${ORDINAL}[- ](?:fiscal[- ])?quarter${YEAR_AFTER}\\b`,
  'gi',
);
/** "Q3 1998", "1998 Q3", "Q3". */
const SHORT_QUARTER = /\b(?:Q([1-4])(?:\s+(\d{4}))?|(\d{4})\s+Q([1-4]))\b/g;
/** "the quarter", "the latest quarter", "the current quarter", "the year-ago quarter". */
const DEICTIC_QUARTER = /\b(?:the|that|this|its)\s+(?:(latest|current|recent|past|previous|prior|year-ago|year-earlier)\s+)?quarter\b/gi;
/** "the first half", "the second half of 1998". */
const HALF = new RegExp(`\\b(?:the\\s+)?(first|second)\\s+half${YEAR_AFTER}\\b`, 'gi');
/** "fiscal 1999", "fiscal year 1999". */
const FISCAL_YEAR = /\bfiscal\s+(?:year\s+)?(\d{4})\b/gi;

/**
 * Quarters, halves and fiscal years (TIMEX3 1998-Q3, 1998-H1, 1999). A quarter written without its year is the
 * latest one so numbered that has begun by the report date (news reports results after the fact).
 */
export function quarterMentions(text: string, reference: Date | null): DateMention[] {
  const out: DateMention[] = [];
  const refYear = reference?.getUTCFullYear() ?? null;
  const refQuarter = reference ? Math.floor(reference.getUTCMonth() / 3) + 1 : null;
  const quarter = (m: RegExpMatchArray, year: number | null, n: number) => {
    if (year !== null) out.push(monthPeriod({ text: m[0], start: m.index! }, year, 3 * n - 2, 3, `${year}-Q${n}`));
  };
  const inYear = (written: string | undefined, n: number, owner: string): number | null => {
    if (written && /^\d{4}$/.test(written)) return Number(written);
    if (refYear === null || refQuarter === null) return null;
    const shift = /last/i.test(written ?? owner) ? -1 : /next/i.test(written ?? owner) ? 1 : 0;
    if (written || /year/i.test(owner)) return refYear + shift;
    return n <= refQuarter ? refYear : refYear - 1;
  };
  for (const m of text.matchAll(NAMED_QUARTER)) {
    const n = ORDINALS[m[2]!.toLowerCase()]!;
    const year = inYear(m[3], n, m[0]);
    quarter(m, year !== null && m[1] ? year - 1 : year, n);
  }
  for (const m of text.matchAll(SHORT_QUARTER)) {
    const n = Number(m[1] ?? m[4]);
    quarter(m, m[2] || m[3] ? Number(m[2] ?? m[3]) : inYear(undefined, n, ''), n);
  }
  if (refYear !== null && refQuarter !== null) {
    for (const m of text.matchAll(DEICTIC_QUARTER)) {
      const word = (m[1] ?? '').toLowerCase();
      const back = /current/.test(word) || /^this/i.test(m[0]) ? 0 : /year/.test(word) ? 5 : 1;
      const index = refYear * 4 + refQuarter - 1 - back;
      quarter(m, Math.floor(index / 4), (index % 4) + 1);
    }
  }
  for (const m of text.matchAll(HALF)) {
    const n = m[1]!.toLowerCase() === 'first' ? 1 : 2;
    const year = inYear(m[2], n * 2, m[0]);
    if (year !== null) out.push(monthPeriod({ text: m[0], start: m.index }, year, n === 1 ? 1 : 7, 6, `${year}-H${n}`));
  }
  for (const m of text.matchAll(FISCAL_YEAR)) {
    out.push({ text: m[0], type: 'date', value: m[1]!, precision: 'year', start: m.index, end: m.index + m[0].length });
  }
  return out;
}
