import type { NerSpan } from '../ner/tagger.js';
import { growSpans } from './spansTaken.js';

/**
 * The lower-case particles of family names across Europe and the Arab world ("Paul von Roe",
 * "Ann van der Hale", "Cesare dal Velt", "Omar bin Basri"); general usage, not words of a data set.
 */
const PARTICLE = '(?:von|van|de|der|den|del|della|dal|da|di|du|dos|das|la|le|ter|ten|zu|bin|ibn)';
/** One or two particles and the capitalised family name after them, right after a person's name. */
const PARTICLE_NAME = new RegExp(`^ ${PARTICLE}(?: ${PARTICLE})? \\p{Lu}[\\p{L}-]*\\p{L}`, 'u');

/**
 * A person's name followed by a particle and a capitalised word runs on into it: the tagger may
 * stop at the particle and read the family name apart, as a person of its own or as another kind
 * ("Paul" and "Roe" of "Paul von Roe"). A name the tagger found in the added words is taken into
 * the whole; one running past them leaves both as tagged.
 */
export function joinNameParticles(text: string, spans: NerSpan[]): NerSpan[] {
  return growSpans(spans, (span) => {
    const particle = span.type === 'PER' ? PARTICLE_NAME.exec(text.slice(span.end, span.end + 60)) : null;
    return particle ? { start: span.start, end: span.end + particle[0].length, type: 'PER' } : null;
  });
}

/** An Irish family name's "O'" at a name's end, then the rest of it, written with or without a space: "O' Hale". */
const IRISH_O_AFTER = /^['’] ?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/u;
/** A name that is "O" or ends in the word "O": the tagger stops at the apostrophe. */
const ENDS_IN_O = /(?:^|\s)O$/u;

/**
 * "Tom O' Hale", "O'Hale": the tagger stops at the apostrophe of an Irish family name and
 * reads "Tom O" and "Hale" apart (or "O" as a body). The name runs on into the rest, as a person.
 */
export function joinIrishNames(text: string, spans: NerSpan[]): NerSpan[] {
  return growSpans(spans, (span) => {
    if (!ENDS_IN_O.test(text.slice(span.start, span.end))) return null;
    const rest = IRISH_O_AFTER.exec(text.slice(span.end, span.end + 40));
    return rest ? { start: span.start, end: span.end + rest[0].length, type: 'PER' } : null;
  });
}
