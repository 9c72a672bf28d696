import type { DateMention } from '../../types.js';
import { formatValue, MONTH_NAMES } from './calendar.js';
import { prefixStart } from './prefix.js';

const SHIFT: Record<string, number> = {
  last: -1,
  previous: -1,
  prior: -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
  following: 1,
};

/** "October of next year", "March last year": a month in a year named relative to the report. */
const MONTH_OF_RELATIVE_YEAR = new RegExp(
  `\\b(${MONTH_NAMES.join('|')})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`,
  'gi',
);
/** "the previous year", "the year before", "the following year". */
const RELATIVE_YEAR = /\b(?:the\s+(previous|prior|following|coming)\s+year|the\s+year\s+(before|after))\b/gi;

/**
 * "a year earlier", "the year-ago period", "year-ago results": the year before the report's. The
 * article is looked for before the spaced form and before a period; "year-ago" before any other
 * noun is written alone (TimeML marks "year-ago" of "the year-ago results").
 */
const YEAR_BEFORE = /\byear(?:\s+earlier|-(?:ago|earlier)(?:\s+(?:period|quarter))?)\b/gi;
/** The forms that take the article before them: "a year earlier", "the year-ago period". */
const WITH_ARTICLE = /^year\s|\s(?:period|quarter)$/i;
const ARTICLE_BEFORE = /\b(?:a|the)\s+$/i;

/** "the same period last year", "the same month a year ago": a period a year back (anchored later). */
const SAME_PERIOD = new RegExp(
  '\\bsame\\s+(?:period|month|quarter|week|time|day)\\s+' +
    '(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year|the\\s+(?:previous|prior)\\s+year|the\\s+year\\s+before)\\b',
  'gi',
);
const THE = /\bthe\s+$/i;

/** Months and years named relative to the report's year. */
export function relativeYearMentions(text: string, reference: Date | null): DateMention[] {
  if (!reference) return [];
  const year = reference.getUTCFullYear();
  const out: DateMention[] = [];
  for (const match of text.matchAll(MONTH_OF_RELATIVE_YEAR)) {
    const month = MONTH_NAMES.indexOf(match[1]!.toLowerCase());
    const date = new Date(Date.UTC(year + SHIFT[match[2]!.toLowerCase()]!, month, 1));
    const end = match.index + match[0].length;
    out.push({
      text: match[0],
      type: 'date',
      value: formatValue(date, 'month'),
      precision: 'month',
      start: match.index,
      end,
    });
  }
  for (const match of text.matchAll(RELATIVE_YEAR)) {
    const word = (match[1] ?? match[2]!).toLowerCase();
    const shift = word === 'before' ? -1 : word === 'after' ? 1 : SHIFT[word]!;
    const end = match.index + match[0].length;
    out.push({ text: match[0], type: 'date', value: String(year + shift), precision: 'year', start: match.index, end });
  }
  for (const [pattern, before] of [
    [YEAR_BEFORE, ARTICLE_BEFORE],
    [SAME_PERIOD, THE],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const takesArticle = pattern === SAME_PERIOD || WITH_ARTICLE.test(match[0]);
      const lead = takesArticle ? prefixStart(text, match.index, before, 8) : { start: match.index, match: null };
      // "a year earlier" needs its "a"; "year-ago" stands alone
      if (!lead.match && (pattern === SAME_PERIOD || /^year\s/i.test(match[0]))) continue;
      const end = match.index + match[0].length;
      const value = String(year - 1);
      out.push({ text: text.slice(lead.start, end), type: 'date', value, precision: 'year', start: lead.start, end });
    }
  }
  return out;
}
