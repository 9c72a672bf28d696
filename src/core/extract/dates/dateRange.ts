import type { DateMention } from '../../types.js';

/** The words that join the two ends of a span: "1971 to 1979", "May 1 until May 5" (a dash too: "1703–1709"). */
export const SPAN_JOINING_WORDS = 'to|until|till|through|and';
/** What joins the two ends of a span, all of the text between them. */
const CONNECTOR = new RegExp(`^\\s*(?:[–—-]|${SPAN_JOINING_WORDS})\\s*$`, 'i');
/** "and" joins two dates into a span only after "between" ("between about 1952 and 1958" too). */
const BETWEEN = /\bbetween\s+(?:(?:about|around|roughly|approximately|circa)\s+)?$/i;
/**
 * A year's short or hyphenated end written right after it: "1759-60", "1993–94", "1688-1692", and a
 * crop or fiscal year's "1986/87" ("2009/11/05" is read as a day before this).
 */
const YEAR_END = /^[–/-](\d{4}|\d{2})(?![\p{L}\p{N}]|[–-]\d)/u;
/** Spans longer than this many years are two separate dates more often than one period. */
const MAX_YEARS = 500;

/** A decade or a century ("the 1960s", "the 19th century"): a span of its own that may end a longer one. */
export function isNamedPeriod(mention: DateMention): boolean {
  return mention.until !== undefined && mention.timex !== undefined && /^\d{2,3}$/.test(mention.timex);
}

/**
 * Spans of time written as two dates: "from 1950 to 1954", "between 1931 and 1936",
 * "1759-60", "from the 1920s through the 1940s". Each span is one mention from its first date to
 * its last, `value` the start and `until` the end; "between" stays in the text ("1931 and 1936"
 * alone reads as two dates). `mentions` are the text's single dates (decades and centuries may be
 * among them), sorted by start and not overlapping.
 */
export function dateRanges(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i]!;
    const shortEnd = first.precision === 'year' && !first.until ? yearEnd(text, first) : null;
    if (shortEnd) {
      out.push(shortEnd);
      continue;
    }
    const last = mentions[i + 1];
    if (!last || (first.until && !isNamedPeriod(first)) || (last.until && !isNamedPeriod(last))) continue;
    const gap = text.slice(first.end, last.start);
    if (!CONNECTOR.test(gap)) continue;
    const before = text.slice(Math.max(0, first.start - 28), first.start);
    const between = BETWEEN.test(before);
    if (/^\s*and\s*$/i.test(gap) && !between) continue;
    const value = sharedYear(first, last);
    const until = last.until ?? last.value;
    if (!isLater(value, until)) continue;
    const start = between ? first.start - (before.length - before.search(BETWEEN)) : first.start;
    // the span is no decade of its own: the first end's TIMEX3 value is left behind
    const { timex: _period, ...opening } = first;
    out.push({ ...opening, value, text: text.slice(start, last.end), start, end: last.end, until });
    i++;
  }
  return out;
}

function yearEnd(text: string, first: DateMention): DateMention | null {
  const match = YEAR_END.exec(text.slice(first.end));
  if (!match) return null;
  const written = match[1]!;
  const until = written.length === 4 ? written : first.value.slice(0, 2) + written;
  if (!isLater(first.value, until)) return null;
  const end = first.end + match[0].length;
  return { ...first, text: text.slice(first.start, end), end, until };
}

/**
 * "between September and November 1946": a start written without its year has the end's
 * (the year before when its month comes later), not the year nearest the report date.
 */
function sharedYear(first: DateMention, last: DateMention): string {
  if (first.precision === 'year' || /\d{3,4}/.test(first.text) || !/\d{4}/.test(last.text)) return first.value;
  const year = Number(last.value.slice(0, 4));
  const sameYear = `${year}${first.value.slice(4)}`;
  return sameYear <= last.value ? sameYear : `${year - 1}${first.value.slice(4)}`;
}

/**
 * Whether `last` comes after `first` (ISO values of any precision), within `MAX_YEARS`; two values
 * of the same unknown year ("XXXX-06", "XXXX-09" in a report without a date) compare by month.
 */
function isLater(first: string, last: string): boolean {
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4));
  const unknown = first.startsWith('XXXX') && last.startsWith('XXXX');
  return last > first && !last.startsWith(first) && (years <= MAX_YEARS || unknown);
}
