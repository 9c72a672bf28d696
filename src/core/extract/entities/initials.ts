import { isGivenName } from '../ner/gazetteer.js';
import type { NerSpan } from '../ner/tagger.js';

/** One or two middle initials between a given name and a surname: " R. ", " E. ", " J. R. ". */
const MIDDLE_INITIALS = /^\s+(?:\p{Lu}\.\s+){1,2}$/u;
/** A name that ends in an initial ("C." of "C. J. Anderson"). */
const ENDS_IN_INITIAL = /(?:^|\s)\p{Lu}\.$/u;
/** The surname after the initials: one or two capitalised words. */
const SURNAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?$/u;
/**
 * Between a given name and a surname: an initial written without its period ("Russell T Davies"),
 * or the particles of European and Arabic surnames ("Wernher von Braun", "Osama bin Laden").
 */
const PARTICLES = 'von|van|de|da|di|del|della|der|den|du|dos|das|le|la|ter|ten|bin|ibn|al|el';
const INNER_PART = new RegExp(`^\\s+(?:\\p{Lu}|(?:${PARTICLES})(?:\\s+(?:der|den|la|le))?)\\s+$`, 'u');
/**
 * A double-barrelled surname ("Varga-Lind"): the tagger often reads it as a place or a body on
 * its own. Right after a one-word person (a given name, or an initial without its period) it ends that name.
 */
const DOUBLE_SURNAME = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
/** One capitalised word, as a given name is written ("Robert", "M"): not a title ("Ms.") nor a mark. */
const GIVEN_NAME = /^\p{Lu}[\p{L}'’]*$/u;
/** A name that opens with the initials and goes on with the surname: "L. Dryden", "W. Bush". */
const INITIALS_THEN_SURNAME = /^(?:\p{Lu}\.\s+){1,2}\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?$/u;

/**
 * A person's name with middle initials is one name: the tagger often stops at an initial's
 * period ("Robert R. Gilruth" read as "Robert" and "Gilruth", "C. J. Anderson" as "C." and
 * "J. Anderson"). A person followed by initials and a short capitalised name, or a person
 * ending in an initial followed right away by another name, becomes one person. So does a person
 * followed right away by a name that opens with the initials ("Hugh" and "L. Dryden"), whatever
 * type the tagger gave that second part ("W. Bush" read as a place); two people with only a
 * surname's particle or an initial without its period between them ("Wernher", "von", "Braun");
 * and a given name at the end of a longer name before the initials ("NASA Deputy Administrator
 * Hugh", "L.", "Dryden"), or a surname's possessive at the start of the next name ("Robert", "R.",
 * "Gilruth's Space Task Group"). A one-word given name right before a double-barrelled surname
 * ("Tomas" then "Varga-Lind", often read as a place) is one person too.
 */
export function joinInitials(text: string, spans: NerSpan[]): NerSpan[] {
  const sorted = spans.map((span) => withInitialBefore(text, span)).sort((a, b) => a.start - b.start);
  const out: NerSpan[] = [];
  for (const span of sorted) {
    const previous = out[out.length - 1];
    if (previous && previous.type === 'PER' && joins(text, previous, span)) {
      out[out.length - 1] = { start: previous.start, end: span.end, type: 'PER' };
      continue;
    }
    const split =
      previous && previous.type !== 'PER' ? givenNameAtEnd(text, previous, span) : possessorAfter(text, previous, span);
    if (split) {
      out.splice(out.length - 1, 1, ...split);
      continue;
    }
    out.push(span);
  }
  return out;
}

/** A person's name that opens with an initial: "J. Hale". */
const OPENS_WITH_INITIAL = /^\p{Lu}\.\s/u;
/** A lone initial right before, after a space or a line's start: the "T. " of "safety T. J. Hale". */
const INITIAL_BEFORE = /(?:^|[\s(])(\p{Lu}\.\s+)$/u;
/** A Roman numeral closing a capitalised name before: "World War I." then "J. Hale said". */
const NUMERAL_AFTER_NAME = /\p{Lu}[\p{L}]*\s+[IVX]\.\s+$/u;

/**
 * A person whose first initial the tagger left out ("T." then "J. Hale"): the name takes it back.
 * Only before a name that already opens with an initial ("Plan B." then "Hale" stays apart), and
 * not after a numeral ending a name ("World War I." then "J. Hale said").
 */
function withInitialBefore(text: string, span: NerSpan): NerSpan {
  if (span.type !== 'PER' || !OPENS_WITH_INITIAL.test(text.slice(span.start, span.end))) return span;
  const before = INITIAL_BEFORE.exec(text.slice(Math.max(0, span.start - 4), span.start));
  if (!before || NUMERAL_AFTER_NAME.test(text.slice(Math.max(0, span.start - 40), span.start))) return span;
  return { ...span, start: span.start - before[1]!.length };
}

/** A capitalised word at the end of a longer name, as a given name is written: "Hugh", not "NASA". */
const GIVEN_NAME_AT_END = /\s(\p{Lu}\p{Ll}+)$/u;

/**
 * A name that runs into a given name before middle initials and a surname ("NASA Deputy
 * Administrator Hugh" then "L." then "Dryden"): the given name, the initials and the surname are
 * one person, and the words before the given name keep their own type.
 */
function givenNameAtEnd(text: string, first: NerSpan, next: NerSpan): NerSpan[] | null {
  const gap = text.slice(first.end, next.start);
  if (!MIDDLE_INITIALS.test(gap) || !SURNAME.test(text.slice(next.start, next.end))) return null;
  const given = GIVEN_NAME_AT_END.exec(text.slice(first.start, first.end));
  if (!given) return null;
  const personStart = first.end - given[1]!.length;
  const before = text.slice(first.start, personStart).trimEnd();
  const person: NerSpan = { start: personStart, end: next.end, type: 'PER' };
  return [{ ...first, end: first.start + before.length }, person];
}

/** A surname with the possessive ending and the name of what is that person's: "Gilruth's Space Task Group". */
const POSSESSOR_FIRST = /^(\p{Lu}[\p{L}-]*)['’]s\s+(?=\p{Lu})/u;

/**
 * A person and, after the middle initials, a name that opens with the surname's possessive
 * ("Robert" then "R." then "Gilruth's Space Task Group"): the surname ends the person, and what
 * follows the possessive keeps the second name's type.
 */
function possessorAfter(text: string, first: NerSpan | undefined, next: NerSpan): NerSpan[] | null {
  if (first?.type !== 'PER' || !MIDDLE_INITIALS.test(text.slice(first.end, next.start))) return null;
  const possessor = POSSESSOR_FIRST.exec(text.slice(next.start, next.end));
  if (!possessor) return null;
  const person: NerSpan = { start: first.start, end: next.start + possessor[1]!.length, type: 'PER' };
  return [person, { ...next, start: next.start + possessor[0].length }];
}

function joins(text: string, first: NerSpan, next: NerSpan): boolean {
  const gap = text.slice(first.end, next.start);
  const name = text.slice(next.start, next.end);
  const adjacent = /^\s+$/.test(gap);
  if (adjacent && INITIALS_THEN_SURNAME.test(name)) return true;
  const firstName = text.slice(first.start, first.end);
  if (adjacent && DOUBLE_SURNAME.test(name) && GIVEN_NAME.test(firstName)) return true;
  // "Robert" then "Lane Marsh Jr.": a lone given name runs on into the person right after it
  if (gap === ' ' && next.type === 'PER' && GIVEN_NAME.test(firstName) && isGivenName(firstName)) return true;
  if (next.type === 'PER' && INNER_PART.test(gap)) return true;
  if (!SURNAME.test(name) && !(next.type === 'PER' && /^\p{Lu}\.\s/u.test(name))) return false;
  if (MIDDLE_INITIALS.test(gap)) return true;
  return adjacent && ENDS_IN_INITIAL.test(text.slice(first.start, first.end));
}
