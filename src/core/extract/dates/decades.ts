import type { DateMention } from '../../types.js';
import { prefixStart } from './prefix.js';

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
/** "1990s", "'80s", "nineties"; "the" and "early" / "mid-" / "late" are looked for before. */
const DECADE = new RegExp(
  `(?:\\b(1[5-9]|20)(\\d)0['’]?s\\b|['’](\\d)0['’]?s\\b|\\b(${DECADE_WORDS.join('|')})\\b)`,
  'gi',
);
const DECADE_BEFORE = /\b(?:the\s+)?(?:(?:early|mid|late)[- ])?$/i;
export const ORDINAL_WORDS = (
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth ' +
  'fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first'
).split(' ');
/** "the 20th century", "the nineteenth century", "the late 14th-century quilt". */
const CENTURY = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORDS.join('|')}))[\\s-]century\\b(?!-)`, 'gi');

/**
 * Decades and centuries: `value` the first year, `until` the last, TIMEX3's "199" / "19" as `timex`.
 * A decade written without its century ("the '80s") is in the century of the report, or the one before
 * when that decade is still to come.
 */
export function decadeMentions(text: string, reference: Date | null): DateMention[] {
  const out: DateMention[] = [];
  const refYear = reference?.getUTCFullYear() ?? 2000;
  for (const m of text.matchAll(DECADE)) {
    const start = prefixStart(text, m.index, DECADE_BEFORE, 16).start;
    const written = { text: text.slice(start, m.index + m[0].length), start };
    // "nineties" without "the" is often an age or a temperature; "1990S" a model name
    if ((m[4] && !/^the\s/i.test(written.text)) || /\dS/.test(m[0])) continue;
    const digit = m[2] ?? m[3] ?? String(DECADE_WORDS.indexOf((m[4] ?? '').toLowerCase()) + 2);
    let century = m[1] ? Number(m[1]) : Math.floor(refYear / 100);
    if (!m[1] && century * 100 + Number(digit) * 10 > refYear) century--;
    const first = century * 100 + Number(digit) * 10;
    const timex = `${century}${digit}`;
    out.push(span(written, String(first), String(first + 9), timex));
  }
  for (const m of text.matchAll(CENTURY)) {
    const n = centuryNumber(m[1], m[2]);
    if (n === null) continue;
    const start = prefixStart(text, m.index, DECADE_BEFORE, 16).start;
    const written = { text: text.slice(start, m.index + m[0].length), start };
    const { first, last } = centuryYears(n);
    out.push(span(written, first, last, String(n - 1).padStart(2, '0')));
  }
  return out;
}

/** The number of a century written as digits ("16th") or a word ("sixteenth"), or null when it is no century. */
export function centuryNumber(digits: string | undefined, word: string | undefined): number | null {
  const n = digits ? Number(digits) : ORDINAL_WORDS.indexOf((word ?? '').toLowerCase()) + 1;
  return n >= 1 && n <= 21 ? n : null;
}

/** The first and last year of the n-th century, as four-digit values ("1500", "1599"). */
export function centuryYears(n: number): { first: string; last: string } {
  return { first: String((n - 1) * 100).padStart(4, '0'), last: String(n * 100 - 1).padStart(4, '0') };
}

function span(written: { text: string; start: number }, value: string, until: string, timex: string): DateMention {
  const { text, start } = written;
  const end = start + text.length;
  return { text, type: 'date', value, precision: 'year', until, approximate: true, timex, start, end };
}
