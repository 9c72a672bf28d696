import { COURTESY } from '../../extract/entities/words.js';
import { isNumeralOnly } from '../../extract/entities/numeralNames.js';
import { isCalendarName } from '../../extract/ner/gazetteer.js';
import { keepsPeriod } from '../../extract/ner/tokens.js';
import { processTerm } from '../../text/terms.js';
import { isModifierRun } from './attributive.js';

/** A run of capitalised words the entity tagger left untyped ("Chebyshev", "Digital Spy"), by offsets. */
export interface NamePhrase {
  text: string;
  start: number;
  end: number;
}

/**
 * Capitalised words, joined by spaces or a lower-case particle ("Madame de Pompadour", "Suleiman the
 * Magnificent"); a capital inside a word opens none ("iPod", "eBay").
 */
const NAME_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}(?:\.|[\p{L}'’-]*)(?:(?:\s+(?:of|de|da|del|van|von|der|la|le|the))?\s+\p{Lu}(?:\.|[\p{L}'’-]*))*/gu;
/**
 * What ends a sentence, and a bracket that opens the next one ("(Corrects headline)"): the next
 * capital may open the sentence rather than a name.
 */
const SENTENCE_START = /(?:^|[.!?:;"“”]\s*|\n\s*)[([]?$/;
const MAX_WORDS = 6;

/**
 * Whether the word at `at` of the text may open a sentence (after a full stop, a colon, a quote
 * mark or a line break, or a bracket there); the period of a title or an initial ends none ("Ms.
 * Ann Roe", "J. Roe").
 */
export function opensSentence(text: string, at: number): boolean {
  if (!SENTENCE_START.test(text.slice(Math.max(0, at - 3), at))) return false;
  const word = /(\S+)\s*$/.exec(text.slice(Math.max(0, at - 24), at))?.[1];
  return !(word?.endsWith('.') && keepsPeriod(word));
}

/**
 * Runs of capitalised words of a text, as fall-back who-candidates beside the tagged entities.
 * A run that opens a sentence loses its first word when that word is a stop word ("The Tang"), and a
 * one-word run there is left out: a capital after a full stop says nothing about a name.
 */
export function namePhrases(text: string): NamePhrase[] {
  const out: NamePhrase[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    let written = m[0].replace(/['’-]+$/, '');
    let start = m.index;
    const opens = opensSentence(text, start);
    const first = /^\S+/.exec(written)![0];
    if (processTerm(first) === null) {
      const rest = written.slice(first.length).replace(/^\s+/, '');
      if (!/^\p{Lu}/u.test(rest)) continue;
      start += written.length - rest.length;
      written = rest;
    } else if (opens && !/\s/.test(written)) continue;
    // "François Boucher. In": a stop word after the name is the next sentence's
    const words = [...written.matchAll(/\S+/g)];
    while (words.length > 0 && processTerm(words[words.length - 1]![0]) === null) words.pop();
    const last = words[words.length - 1];
    if (!last || words.length > MAX_WORDS || words.every((w) => /^\p{Lu}\.$/u.test(w[0]))) continue;
    // "Ms" of "Ms. Ann Roe": a title of address alone names no one; nor does a month or a weekday
    if (words.every((w) => COURTESY.has(w[0].toLowerCase().replace(/\.$/, '')) || isCalendarName(w[0]))) continue;
    if (isModifierRun(last[0]) || isNumeralOnly(text.slice(start, start + last.index + last[0].length))) continue;
    const end = start + last.index + last[0].length;
    // "CA$1 billion", "HK$ 40": a currency's code names no one
    if (/^\s?\$/.test(text.slice(end, end + 2))) continue;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}
