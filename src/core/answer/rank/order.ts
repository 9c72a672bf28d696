import type { DateMention } from '../../types.js';
import type { Features } from './features.js';

/** Which end of a story a when-question asks about: its start ("first", "founded") or its end ("last", "fell"). */
export type AskedEnd = 'start' | 'end' | null;

// General English words of beginning and ending, not words of any data set.
const START_WORDS =
  'first|begin|began|begun|start|started|originally|original|earliest|found|founded|establish|established|' +
  'create|created|introduce|introduced|premiere|premiered|debut|debuted|launch|launched|born|open|opened';
const END_WORDS =
  'last|end|ended|final|finally|latest|fall|fell|close|closed|die|died|dissolve|dissolved|abolish|abolished|' +
  'collapse|collapsed|stop|stopped|cease|ceased';
const START = new RegExp(`\\b(?:${START_WORDS})\\b`, 'i');
const END = new RegExp(`\\b(?:${END_WORDS})\\b`, 'i');

/** The end of the story the question asks about, read off its words; null when neither or both. */
export function askedEnd(question: string): AskedEnd {
  const start = START.test(question);
  const end = END.test(question);
  return start === end ? null : start ? 'start' : 'end';
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
