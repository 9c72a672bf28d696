import { tagTerms, type Term } from '../../extract/entities/terms.js';
import { ROLE_HEADS } from '../../extract/entities/words.js';
import type { PeriodPhrase } from './periods.js';

/**
 * Words that place a time against an event: "after the race", "following the attack", "since the
 * crash". "In" and "at" are left out: "in Paris" and "at the bank" seldom tell a time.
 */
const ANCHOR =
  /\b(?:(?:shortly|soon|just|immediately|long|right)\s+)?(?:after|before|since|following|during|until|upon|prior\s+to|ahead\s+of)\s+/gi;
/** An article, a possessive or a demonstrative opening the event's noun phrase. */
const DETERMINERS = new Set(
  'the a an its his her their our my your this that these those each every another'.split(' '),
);
/** "after that", "since then": the event is one told before; the phrase ends there. */
const BACK_REFERENCE = new Set(['that', 'then', 'this']);
/** Most words of the event's noun phrase after its determiner (a preposition ends it sooner: "the opening day"). */
const MAX_NOUN_WORDS = 4;
/** "being shot", "having won": the auxiliary and its participle are one event. */
const AUXILIARY = new Set(['being', 'having', 'been']);
/** "lifting off", "giving up": a particle is part of its verb ("in" and "on" open a place more often). */
const PARTICLES = new Set(['off', 'up', 'down', 'out', 'away', 'back']);

/**
 * Times a text tells by an event rather than a date: a preposition of time and the noun phrase of
 * an event ("after the race", "since the attack", "during the Second World War") or a gerund
 * ("after landing", "after being shot", "after sustaining an injury"). News often answers "when"
 * this way where no date is written. A pronoun ("after him"), a name or a role ("before the judge")
 * and a clause cut short ("after the company said") tell no event of their own and are left out;
 * "after that" is kept.
 */
export function eventAnchors(text: string): PeriodPhrase[] {
  const anchors = [...text.matchAll(ANCHOR)];
  if (anchors.length === 0) return [];
  const terms = tagTerms(text, [{ start: 0, end: text.length }]);
  const out: PeriodPhrase[] = [];
  for (const anchor of anchors) {
    const from = anchor.index + anchor[0].length;
    const first = terms.findIndex((t) => t.start >= from);
    if (first < 0 || terms[first]!.start !== from) continue;
    const end = eventEnd(terms, first);
    if (end !== null) out.push({ text: text.slice(anchor.index, end), start: anchor.index, end });
  }
  return out;
}

/** Where the event after the preposition ends, or null when what follows tells no event. */
function eventEnd(terms: Term[], first: number): number | null {
  const head = terms[first]!;
  if (BACK_REFERENCE.has(head.lower) && endsPhrase(terms, first)) return head.end;
  if (isGerund(head)) return gerundEnd(terms, first);
  return nounPhraseEnd(terms, first);
}

/** "that" before a noun ("after that race") is a determiner, not a back reference; "then" always is one. */
function endsPhrase(terms: Term[], at: number): boolean {
  if (terms[at]!.lower === 'then') return true;
  const next = terms[at + 1];
  return !next || next.sentence !== terms[at]!.sentence || /[,.;:!?)]/.test(terms[at]!.post) || !isNounWord(next);
}

function isGerund(term: Term): boolean {
  return term.tags.has('Gerund') || (term.tags.has('Verb') && /ing$/i.test(term.lower));
}

/**
 * A gerund, its participle after "being" or "having", its particle ("lifting off"), and the noun
 * phrase it takes ("sustaining an injury").
 */
function gerundEnd(terms: Term[], first: number): number {
  let last = first;
  const joins = (test: (term: Term) => boolean): boolean => {
    const next = terms[last + 1];
    if (!next || stopsAfter(terms[last]!) || !test(next)) return false;
    last++;
    return true;
  };
  // "having been shot": each helping verb takes the verb after it
  while (AUXILIARY.has(terms[last]!.lower)) {
    if (!joins((next) => next.tags.has('Verb'))) break;
  }
  joins((next) => next.tags.has('Particle') || PARTICLES.has(next.lower));
  if (stopsAfter(terms[last]!)) return terms[last]!.end;
  const object = nounPhraseEnd(terms, last + 1);
  return object ?? terms[last]!.end;
}

/** The end of a noun phrase opening at `first` (a determiner, then up to four nouns or adjectives), or null. */
function nounPhraseEnd(terms: Term[], first: number): number | null {
  let at = first;
  const opening = terms[at];
  if (!opening) return null;
  if (DETERMINERS.has(opening.lower) || opening.tags.has('Possessive')) {
    if (stopsAfter(opening)) return null;
    at++;
  }
  let last = -1;
  for (let i = at; i < Math.min(terms.length, at + MAX_NOUN_WORDS); i++) {
    const term = terms[i]!;
    if (term.sentence !== opening.sentence || !isNounWord(term)) break;
    last = i;
    if (stopsAfter(term)) break;
  }
  if (last < 0 || !terms.slice(at, last + 1).some((t) => t.tags.has('Noun'))) return null;
  // "before the judge", "after Ann Roe", "before Velmont Inc": a person, a body or a place is no event
  if (namesNoEvent(terms[last]!)) return null;
  // "after the company said it …" opens a clause this phrase would cut short; "after the market
  // closes." is a whole clause, verb and all
  const after = terms[last + 1];
  if (after && after.sentence === opening.sentence && !stopsAfter(terms[last]!) && isFiniteVerb(after)) {
    return stopsAfter(after) ? after.end : null;
  }
  return terms[last]!.end;
}

/** compromise's tags of a word that names someone or somewhere ("Ann", "Velmont", "Toulouse", "president"). */
const NAMING_TAGS = ['Person', 'Actor', 'Organization', 'Place'];

function namesNoEvent(head: Term): boolean {
  return NAMING_TAGS.some((tag) => head.tags.has(tag)) || ROLE_HEADS.has(head.lower);
}

/** A noun, an adjective or a number, not a pronoun: a word of the event's noun phrase. */
function isNounWord(term: Term): boolean {
  if (term.tags.has('Pronoun') || term.tags.has('Preposition') || term.tags.has('Conjunction')) return false;
  if (term.tags.has('Determiner')) return false;
  return term.tags.has('Noun') || term.tags.has('Adjective') || term.tags.has('Value');
}

function isFiniteVerb(term: Term): boolean {
  return term.tags.has('Verb') && !term.tags.has('Gerund') && !term.tags.has('Noun');
}

/** Punctuation after the word ends the phrase there. */
function stopsAfter(term: Term): boolean {
  return /[,.;:!?)"”]/.test(term.post);
}
