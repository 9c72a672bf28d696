import { MONTH_ABBREVIATIONS } from '../../text/sentences.js';
import { MONTH_NAMES } from '../dates/calendar.js';
import type { NerSpan } from '../ner/tagger.js';

/** Months and their short forms, which are given names too ("Jan", "June", "April"). */
const MONTH_WORDS = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
/** A capitalised word right before a name, and the word before it if any: "was Jan" of "was Jan Roe". */
const WORD_BEFORE = /(?:(\S+) )?(\p{Lu}\p{Ll}+) $/u;
/** Words before a month that make it a date: "in March Roe said", "since May", "last June", "5 Jan". */
const DATE_WORD =
  /^(?:in|on|by|since|until|till|from|during|last|next|this|early|late|mid|of|to|through|before|after|between|and|or|each|every|[^\p{L}]*\p{N}.*)$/iu;

/**
 * A month's name right before a person, with no period and no word before it that makes it a date,
 * is the person's given name: the tagger reads "Jan" of "Jan Piotr Lirr" as the month and
 * leaves it out of the name (CoNLL's training articles name "Jan" eleven times as a given name and
 * once write a month before a name, after "in").
 */
export function joinMonthGivenNames(text: string, spans: NerSpan[]): NerSpan[] {
  return spans.map((span) => {
    if (span.type !== 'PER') return span;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start));
    if (!before || !MONTH_WORDS.has(before[2]!.toLowerCase())) return span;
    if (before[1] !== undefined && DATE_WORD.test(before[1])) return span;
    return { ...span, start: span.start - before[2]!.length - 1 };
  });
}
