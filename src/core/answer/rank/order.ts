import type { DateMention } from '../../types.js';
import { asksForSpan } from './expected.js';
import type { Features } from './features.js';

/** Which end of a story a when-question asks about: its start ("first", "founded") or its end ("last", "fell"). */
export type AskedEnd = 'start' | 'end' | null;

// General English words of beginning and ending, not words of any data set. "Last" and "latest"
// also say which of several events is meant: "when had it last risen?" asks the most recent.
const ORDINAL_START = 'first|originally|original|earliest';
const ORDINAL_END = 'final|finally';
const RECENT = 'last|latest';
const EVENT_START =
  'begin|began|begun|start|started|found|founded|establish|established|create|created|introduce|introduced|' +
  'premiere|premiered|debut|debuted|launch|launched|born|open|opened';
const EVENT_END =
  'end|ended|fall|fell|close|closed|die|died|dissolve|dissolved|abolish|abolished|collapse|collapsed|stop|stopped|' +
  'cease|ceased';
const words = (list: string) => new RegExp(`\\b(?:${list})\\b`, 'i');
const START = words(`${ORDINAL_START}|${EVENT_START}`);
const END = words(`${ORDINAL_END}|${EVENT_END}`);
const END_OR_RECENT = words(`${ORDINAL_END}|${RECENT}|${EVENT_END}`);

function endOf(question: string, start: RegExp, end: RegExp): AskedEnd {
  const starts = start.test(question);
  const ends = end.test(question);
  return starts === ends ? null : starts ? 'start' : 'end';
}

/** The end of the story the question asks about, read off its words; null when neither or both. */
export function askedEnd(question: string): AskedEnd {
  return endOf(question, START, END_OR_RECENT);
}

/**
 * The end a question asks of one stretch of time ("when was she born?", "when did it first air?",
 * "when did it close?"); "last" is left out: "when had it last risen?" asks for the most recent time.
 */
export function askedEventEnd(question: string): AskedEnd {
  // "what years did the original series run?" asks for the whole span, "original" or not
  if (asksForSpan(question)) return null;
  return endOf(question, START, END);
}

/** A date's year as a number (BC years below zero), or null for an unknown year ("XXXX-06"). */
function yearOf(value: string): number | null {
  const bc = /^BC(\d+)/.exec(value);
  if (bc) return -Number(bc[1]);
  const year = /^(\d{4})/.exec(value);
  return year ? Number(year[1]) : null;
}

/**
 * Where each date of a passage stands in time among the others: `earliest` / `latest` when it
 * holds the passage's first / last year of two or more, and `asksThisEnd` when that is the end the
 * question asks about ("when did the empire fall?" and the passage's last year).
 */
export function orderFeatures(dates: DateMention[], asked: AskedEnd): (date: DateMention) => Features {
  const years = dates.map((d) => yearOf(d.value)).filter((y): y is number => y !== null);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return (date) => {
    const year = yearOf(date.value);
    const until = date.until ? yearOf(date.until) : year;
    if (year === null || first === last) return { earliest: 0, latest: 0, asksThisEnd: 0 };
    const earliest = year === first ? 1 : 0;
    const latest = until === last ? 1 : 0;
    const asksThisEnd = (asked === 'start' && earliest) || (asked === 'end' && latest) ? 1 : 0;
    return { earliest, latest, asksThisEnd };
  };
}
