import { initialsOf } from '../../text/initialisms.js';
import type { NerSpan } from '../ner/tagger.js';

/** One or two small words between two names ("on", "of the"), the ones a name's initials leave out. */
const SMALL_GAP = /^ (?:(?:of|on|for|in|at|and|the|de)\s){1,2}$/;
/** An acronym in brackets right after a name: " (GATT)". */
const ACRONYM_AFTER = /^\s*\((\p{Lu}{2,})\)/u;

/**
 * Two names the tagger read apart across a small word, whose acronym follows in brackets and
 * spells the whole ("General Agreement" on "Tariffs and Trade" (GATT)), are one organisation.
 */
export function joinByAcronym(text: string, spans: NerSpan[]): NerSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: NerSpan[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && SMALL_GAP.test(text.slice(last.end, span.start)) && spelledByAcronymAfter(text, last.start, span.end)) {
      out[out.length - 1] = { start: last.start, end: span.end, type: 'ORG' };
      continue;
    }
    out.push(span);
  }
  return out;
}

/** Whether the acronym in brackets right after `text[start, end)` spells its initials: a body's name ("… (GATT)"). */
export function spelledByAcronymAfter(text: string, start: number, end: number): boolean {
  const acronym = ACRONYM_AFTER.exec(text.slice(end, end + 16))?.[1];
  return acronym !== undefined && initialsOf(text.slice(start, end)) === acronym;
}
