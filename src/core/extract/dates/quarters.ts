import type { DateMention } from '../../types.js';
import { monthPeriod } from './calendar.js';
import { prefixStart } from './prefix.js';

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th)';
/** "of 1998", "of this year", "1998" after the quarter. */
const YEAR_AFTER = '(?:,?\\s+(?:of\\s+)?(?:fiscal\\s+)?(\\d{4}|this\\s+year|last\\s+year|next\\s+year))?';

/** "third quarter", "third-quarter", "first fiscal quarter", "fourth quarter of 1998". */
const NAMED_QUARTER = new RegExp(`\\b${ORDINAL}[- ](?:fiscal[- ])?quarter${YEAR_AFTER}\\b`, 'gi');
/** Before it: "the", "its", "this year's", "the year-ago", "the 1988", "the fiscal", "the latest". */
const QUARTER_OWNER = new RegExp(
  "(?:\\b(?:the|this|last|next)(?:\\s+year['’]s)?\\s+)?" +
    '(?:\\b(year-ago|year-earlier)\\s+)?(?:\\b(\\d{4})\\s+)?(?:\\bfiscal[- ]|\\blatest\\s+)?$',
  'i',
);
/** "Q3 1998", "1998 Q3", "Q3". */
const SHORT_QUARTER = /\b(?:Q([1-4])(?:\s+(\d{4}))?|(\d{4})\s+Q([1-4]))\b/g;
/** "the quarter", "the latest quarter", "the current quarter", "the year-ago quarter": looked for before "quarter". */
const QUARTER_WORD = /\bquarter\b/gi;
const DEICTIC_BEFORE =
  /\b(?:the|that|this)\s+(?:(latest|current|recent|past|previous|prior|year-ago|year-earlier)\s+)?$/i;
/**
 * "first half", "the second half of 1998", "the last half of 1989" ("the" looked for before). Not "the
 * first half of the century": there the half is a modifier of the time that follows (see `widenModifiers`).
 */
const HALF = new RegExp(`\\b(first|second|last|latter)\\s+half${YEAR_AFTER}\\b(?!\\s+of\\b)`, 'gi');
const THE = /\bthe\s+$/i;
/** "the 1988 period": a results period of that year (the quarter compared, see `anchorYearAgo`). */
export const YEAR_PERIOD_WORDS = 'the\\s+(\\d{4})\\s+period';
const YEAR_PERIOD = new RegExp(`\\b${YEAR_PERIOD_WORDS}\\b`, 'gi');
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
  const quarter = (written: string, start: number, year: number | null, n: number) => {
    if (year !== null) out.push(monthPeriod({ text: written, start }, year, 3 * n - 2, 3, `${year}-Q${n}`));
  };
  const inYear = (written: string | undefined, n: number, owner: string): number | null => {
    if (written && /^\d{4}$/.test(written)) return Number(written);
    if (refYear === null || refQuarter === null) return null;
    const shift = /last/i.test(written ?? owner) ? -1 : /next/i.test(written ?? owner) ? 1 : 0;
    if (written || /year/i.test(owner)) return refYear + shift;
    return n <= refQuarter ? refYear : refYear - 1;
  };
  for (const m of text.matchAll(NAMED_QUARTER)) {
    const n = ORDINALS[m[1]!.toLowerCase()]!;
    const owner = prefixStart(text, m.index, QUARTER_OWNER);
    const written = text.slice(owner.start, m.index + m[0].length);
    // "the 1988 second quarter": the year written before the quarter
    const year = inYear(m[2] ?? owner.match?.[2], n, written);
    quarter(written, owner.start, year !== null && owner.match?.[1] ? year - 1 : year, n);
  }
  for (const m of text.matchAll(SHORT_QUARTER)) {
    const n = Number(m[1] ?? m[4]);
    quarter(m[0], m.index, m[2] || m[3] ? Number(m[2] ?? m[3]) : inYear(undefined, n, ''), n);
  }
  if (refYear !== null && refQuarter !== null) {
    for (const m of text.matchAll(QUARTER_WORD)) {
      const owner = prefixStart(text, m.index, DEICTIC_BEFORE);
      if (!owner.match) continue;
      const word = (owner.match[1] ?? '').toLowerCase();
      const back = /current/.test(word) || /^this/i.test(owner.match[0]) ? 0 : /year/.test(word) ? 5 : 1;
      const index = refYear * 4 + refQuarter - 1 - back;
      quarter(text.slice(owner.start, m.index + m[0].length), owner.start, Math.floor(index / 4), (index % 4) + 1);
    }
  }
  for (const m of text.matchAll(HALF)) {
    const n = m[1]!.toLowerCase() === 'first' ? 1 : 2;
    const year = inYear(m[2], n * 2, m[0]);
    const start = prefixStart(text, m.index, THE).start;
    const written = { text: text.slice(start, m.index + m[0].length), start };
    if (year !== null) out.push(monthPeriod(written, year, n === 1 ? 1 : 7, 6, `${year}-H${n}`));
  }
  for (const m of text.matchAll(YEAR_PERIOD)) {
    out.push({ text: m[0], type: 'date', value: m[1]!, precision: 'year', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(FISCAL_YEAR)) {
    out.push({ text: m[0], type: 'date', value: m[1]!, precision: 'year', start: m.index, end: m.index + m[0].length });
  }
  return out;
}
