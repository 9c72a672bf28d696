import type { NerSpan } from '../ner/tagger.js';
import { COURTESY, ROLE_HEADS } from './words.js';

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
  if (text.slice(span.start, span.end).split(/\s+/).length > MAX_WORDS) return span;
  const title = TITLE_BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1]?.toLowerCase();
  if (title === undefined || !(ROLE_HEADS.has(title) || COURTESY.has(title))) return span;
  return { ...span, type: 'PER' };
}
