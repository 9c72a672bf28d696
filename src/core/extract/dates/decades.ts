import type { DateMention } from '../../types.js';

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const PART = '(?:(early|mid|late)[- ])?';
/** "the 1990s", "the early 1980s", "the '80s", "the nineties", "1960s". */
const DECADE = new RegExp(
  `\\b(?:the\\s+)?${PART}(?:(1[5-9]|20)(\\d)0['’]?s\\b|['’](\\d)0['’]?s\\b|(${DECADE_WORDS.join('|')})\\b)`,
  'gi',
);
/** "the 20th century", "the nineteenth century" is rare in news; digits only. */
const CENTURY = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century\b/gi;

/**
 * Decades and centuries: `value` the first year, `until` the last, TIMEX3's "199" / "19" as `timex`.
 * A decade written without its century ("the '80s") is in the century of the report, or the one before
 * when that decade is still to come.
 */
export function decadeMentions(text: string, reference: Date | null): DateMention[] {
  const out: DateMention[] = [];
  const refYear = reference?.getUTCFullYear() ?? 2000;
  for (const m of text.matchAll(DECADE)) {
    // "nineties" without "the" is often an age or a temperature; "1990S" a model name
    if ((m[5] && !/^the\s/i.test(m[0])) || /\dS/.test(m[0])) continue;
    const digit = m[3] ?? m[4] ?? String(DECADE_WORDS.indexOf((m[5] ?? '').toLowerCase()) + 2);
    let century = m[2] ? Number(m[2]) : Math.floor(refYear / 100);
    if (!m[2] && century * 100 + Number(digit) * 10 > refYear) century--;
    const first = century * 100 + Number(digit) * 10;
    const timex = `${century}${digit}`;
    out.push(span(m, String(first), String(first + 9), timex));
  }
  for (const m of text.matchAll(CENTURY)) {
    const n = Number(m[1]);
    if (n < 1 || n > 21) continue;
    out.push(span(m, String((n - 1) * 100).padStart(4, '0'), String(n * 100 - 1).padStart(4, '0'), String(n - 1).padStart(2, '0')));
  }
  return out;
}

function span(m: RegExpMatchArray, value: string, until: string, timex: string): DateMention {
  const start = m.index!;
  return { text: m[0], type: 'date', value, precision: 'year', until, approximate: true, timex, start, end: start + m[0].length };
}
