import type { NerSpan } from '../ner/tagger.js';
import { growSpans } from './spansTaken.js';
import { ORG_HEADS } from './words.js';

/** Space between two words of one name: spaces, and at most one line break (a blank line ends a paragraph). */
const GAP = String.raw`(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)`;
/** Up to four capitalised words right after a name ("Credit Rating Agency", "Stock Exchange"). */
const BODY_WORDS_AFTER = new RegExp(String.raw`^(?:${GAP}\p{Lu}[\p{L}&’'-]*){1,4}`, 'u');

/**
 * A place followed right away by capitalised words that end in a body's head word is one body:
 * "Japan Credit Rating Agency", "Dhaka Stock Exchange" — the tagger often stops at the place. A
 * name the tagger found inside those words is taken into the body; one that runs past them is left
 * as it is, and so is the place.
 */
export function joinPlaceBodies(text: string, spans: NerSpan[]): NerSpan[] {
  return growSpans(spans, (span) => {
    const end = span.type === 'LOC' ? bodyEnd(text, span.end) : null;
    return end === null ? null : { start: span.start, end, type: 'ORG' };
  });
}

/** Where the body's words after a place end, when the last of them is a body's head word; else null. */
function bodyEnd(text: string, from: number): number | null {
  const words = BODY_WORDS_AFTER.exec(text.slice(from, from + 80))?.[0];
  if (!words) return null;
  const list = [...words.matchAll(/\S+/g)];
  // the longest run that ends on a head word ("Stock Exchange", not "Stock Exchange Chairman")
  for (let n = list.length; n > 0; n--) {
    const last = list[n - 1]!;
    if (ORG_HEADS.has(last[0].toLowerCase().replace(/['’]s$/, ''))) return from + last.index + last[0].length;
  }
  return null;
}
