import type { NerSpan } from '../ner/tagger.js';
import { COURTESY, ORG_HEADS, ROLE_HEADS, THING_HEADS } from './words.js';

/** The capitalised word right before a name, with one space between: "Queen " of "Queen Ardena". */
const TITLE_BEFORE = /(?:^|[^\p{L}.])(\p{Lu}\p{L}*)\.? $/u;
/** A title is followed by a short name: longer runs after a capital word are bodies or titles of works. */
const MAX_WORDS = 2;

/**
 * A short name the tagger read as a place or body right after a title of a person ("Queen Ardena",
 * "President Velmont", "Dr. Roe") is that person: a place or body takes no title.
 */
export function personAfterTitle(span: NerSpan, text: string): NerSpan {
  if (span.type === 'PER') return span;
  const name = text.slice(span.start, span.end);
  const words = name.split(/\s+/);
  const inside = titledInside(span, name, words);
  if (inside) return inside;
  if (words.length > MAX_WORDS) return span;
  const title = TITLE_BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1]?.toLowerCase();
  if (title === undefined || !isTitle(title)) return span;
  return { ...span, type: 'PER' };
}

/**
 * A short name read with its title into one place or body ("King Ardena" as a body): the person
 * after the title. Not when the last word names a body or thing ("Queen Ardena Hospital").
 */
function titledInside(span: NerSpan, name: string, words: string[]): NerSpan | null {
  const [first, ...rest] = words;
  if (span.type === 'MISC' || !first || !/^\p{Lu}\p{Ll}/u.test(first)) return null;
  const title = first.replace(/\.$/, '').toLowerCase();
  if (!isTitle(title) || rest.length === 0 || rest.length > MAX_WORDS) return null;
  if (!rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return null;
  const last = rest[rest.length - 1]!.toLowerCase();
  if (ORG_HEADS.has(last) || THING_HEADS.has(last)) return null;
  const lead = /^\S+\s+/.exec(name)?.[0].length ?? 0;
  return { start: span.start + lead, end: span.end, type: 'PER' };
}

/** The word right before a name, with one space between, in either case: "Sen. " of "Sen. John Tower". */
const WORD_BEFORE = /(?:^|[^\p{L}.])(\p{L}+)\.? $/u;

/**
 * A person's title or role right before the name ("Sen. John Tower", "actress Doris Day"): the name
 * is a person's even when its last word is a thing's ("Tower", "Day", "Hall").
 */
export function titledBefore(text: string, start: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase();
  return word !== undefined && isTitle(word);
}

/** A lower-case word that is a person's role or title of address ("king", "president", "dr"). */
function isTitle(word: string): boolean {
  return ROLE_HEADS.has(word) || COURTESY.has(word);
}
