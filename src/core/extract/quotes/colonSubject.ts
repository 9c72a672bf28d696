import { sentenceStartBefore, type Attribution, type SpeakerPattern } from './quoteContext.js';

/** A colon right before the opening mark, perhaps across a paragraph break: "Trump went even further: “…”". */
const COLON_BEFORE = /:\s{0,3}(?:\n\s{0,3}){0,2}$/u;
/** A preposition right before a person makes them an object ("a message to Trump:"), not the speaker. */
const PREPOSITION_BEFORE =
  /(?:^|\s)(?:to|at|about|of|for|with|against|on|by|from|into|toward|towards|like|than)\s{1,3}$/iu;
/** Longest colon, spaces and paragraph break between the colon and the mark. */
const LEAD_REACH = 12;
/** How far back in its sentence the speaker of a colon-led quotation is looked for. */
const REACH = 240;

/**
 * "Cruz called them on it: “…”" · "President Clinton released the following statement: “…”": a quotation
 * led by a colon, with no cue the other patterns read, is said by the last person its sentence names
 * before the colon who is not the object of a preposition.
 */
export const colonSubject: SpeakerPattern = (ctx) => {
  const { text, quote } = ctx;
  const from = Math.max(ctx.previousEnd, quote.outer.start - REACH);
  // the colon is within a few characters of the mark: only they are read unless it is there
  const near = Math.max(from, quote.outer.start - LEAD_REACH);
  const lead = COLON_BEFORE.exec(text.slice(near, quote.outer.start));
  if (!lead) return null;
  const colonAt = near + lead.index;
  const sentenceStart = Math.max(from, sentenceStartBefore(text, colonAt, from));
  const people = ctx.index
    .entitiesStartingIn(sentenceStart, colonAt)
    .filter((m) => m.type === 'person' && m.end <= colonAt && !ctx.index.insideQuote(m.start));
  for (let i = people.length - 1; i >= 0; i--) {
    const person = people[i]!;
    if (PREPOSITION_BEFORE.test(text.slice(Math.max(sentenceStart, person.start - 12), person.start))) continue;
    const found: Attribution = {
      pattern: 'colonSubject',
      surface: { start: person.start, end: person.end },
      entity: person,
    };
    return found;
  }
  return null;
};
