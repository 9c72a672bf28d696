import type { EntityMention, EntityType } from '../../types.js';
import { sentencesOf, type Span } from '../../text/sentences.js';
import { inClass, isGivenName, isPlaceName } from '../ner/gazetteer.js';
import { lexiconTags } from '../../text/lexicon.js';
import { isCommonWord } from '../../text/commonWords.js';
import { continuesWeekdayProgramme } from '../../text/weekdayProgramme.js';
import { findNames, type NerSpan } from '../ner/tagger.js';
import { joinByAcronym, spelledByAcronymAfter } from './acronymJoin.js';
import { acronymNotPerson } from './acronymNotPerson.js';
import { opensNationality } from './compassNationality.js';
import { joinAdjacentNames } from './adjacentNames.js';
import { bodyNounAfter } from './bodyNounAfter.js';
import { joinBrandOpening } from './brandOpening.js';
import { bodyNounBefore } from './bodyNounBefore.js';
import { joinMentions } from './canonical.js';
import { consistentNames } from './consistency.js';
import { cutDatesAfterNames } from './dateAfterName.js';
import { joinEpithets } from './epithets.js';
import { joinInitials } from './initials.js';
import { cutAtLegalForms } from './legalFormEnd.js';
import { trimLowerCaseOpening } from './lowerCaseOpening.js';
import { joinMonthGivenNames } from './monthGivenName.js';
import { joinIrishNames, joinNameParticles } from './nameParticles.js';
import { namesNaturalFeature } from './naturalFeatures.js';
import { joinNamesAcrossAnd } from './namesAcrossAnd.js';
import { joinNameSuffixes } from './nameSuffixes.js';
import { splitNameOfCountry } from './ofCountry.js';
import { isNumeralOnly } from './numeralNames.js';
import { lowerOpeningFunctionWords } from './openingPreposition.js';
import { joinPlaceBodies } from './placeBodies.js';
import { joinOfTheBodies } from './ofTheBodies.js';
import { joinPossessiveBodies } from './possessiveBodies.js';
import { joinPossessivePlaces } from './possessivePlaces.js';
import { joinRegnalRealms } from './regnalOf.js';
import { tagShortForms } from './shortForms.js';
import { splitSurnameBeforePlace } from './surnameBeforePlace.js';
import { checkedType, publisherType, webNames } from './notNames.js';
import { isTitleWord, mention, PERSON_TAGS, roleAfter, roleBefore, roleGiven, stripPossessive } from './roles.js';
import { tagTerms, type Term } from './terms.js';
import { personAfterTitle, titledBefore } from './titleBefore.js';
import { COMPANY_PLURALS, COURTESY, ORG_HEADS, PLACE_ALIASES, ROLE_HEADS, THING_HEADS } from './words.js';

/** Last words that make a name a body even where it starts with a place ("United States Air Force"). */
const BODY_HEADS = new Set([
  'force',
  'forces',
  'ministry',
  'department',
  'army',
  'navy',
  'police',
  'government',
  'party',
  'agency',
]);

/**
 * Last words of a newspaper's or a firm's name, which no place's name ends in ("Wall Street Journal",
 * "Velmont Partners"). Not "bank", which ends "West Bank".
 */
const PAPER_OR_FIRM_HEADS = new Set([
  'journal',
  'times',
  'post',
  'herald',
  'tribune',
  'gazette',
  'telegraph',
  'chronicle',
  'partners',
  ...COMPANY_PLURALS,
]);

/** Whether a place's last word makes it a body: an agency, a force, a newspaper, a firm. */
function bodyHeadLast(lowers: string[]): boolean {
  const last = lowers[lowers.length - 1]!;
  return BODY_HEADS.has(last) || (lowers.length > 1 && PAPER_OR_FIRM_HEADS.has(last));
}

const TYPE_OF: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

/**
 * People, organisations and places of a text, with canonical names and roles.
 * The trained tagger (src/core/extract/ner) finds where names start and end and what kind
 * they are; compromise's tags give the role the text gives a person ("Minister of Defense"),
 * and partial names are joined to the full name ("Hasanov" → "Zakir Hasanov").
 */
export function extractEntities(text: string): EntityMention[] {
  const found = joinBrandOpening(
    text,
    trimLowerCaseOpening(text, cutAtLegalForms(text, findNames(lowerOpeningFunctionWords(text)))),
  );
  const tagged = joinMonthGivenNames(text, splitNameOfCountry(text, cutDatesAfterNames(text, found)));
  const suffixed = joinNameSuffixes(
    text,
    joinPossessivePlaces(
      text,
      joinOfTheBodies(text, joinPossessiveBodies(text, joinPlaceBodies(text, joinInitials(text, tagged)))),
    ),
  );
  const particles = joinIrishNames(text, joinNameParticles(text, joinRegnalRealms(text, joinEpithets(text, suffixed))));
  const acrossAnd = joinByAcronym(text, joinNamesAcrossAnd(text, particles));
  const joined = joinAdjacentNames(text, acrossAnd);
  const names = tagShortForms(text, consistentNames(text, splitSurnameBeforePlace(text, joined)));
  const terms = tagTerms(text, sentencesToRead(text, names));
  const mentions: EntityMention[] = [];
  const web = webNames(text);
  for (const tagged of names) {
    if (isNumeralOnly(text.slice(tagged.start, tagged.end))) continue;
    if (opensNationality(text, tagged.start, tagged.end)) continue;
    const span = personAfterTitle(personAfterRole(nameAfterRoleBody(tagged, text), termsIn(terms, tagged)), text);
    const taggedType = TYPE_OF[span.type];
    const name = text.slice(span.start, span.end);
    const checked = taggedType && checkedType(name, taggedType);
    const type = checked && publisherType(name, checked, web);
    const adjusted = type ? adjustSpan(span, type, termsIn(terms, span), text) : null;
    if (!adjusted) continue;
    const found = fromSpan(adjusted.span, adjusted.type, terms, text);
    mentions.push(found);
    const body = found.role ? bodyInRole(found, text) : undefined;
    if (body && !names.some((n) => body.start < n.end && n.start < body.end)) mentions.push(body);
    else if (body) bodyReadAsPerson(mentions, body, found.role!);
  }
  return joinMentions(text, mentions);
}

/**
 * What the news conventions say of a tagged name beyond the tagger: a title before a person is
 * not part of the name ("Ms. Laura Cooper", "Colonel General Zakir Hasanov"); a role is not a
 * body ("Secretary of Defense", "Minister of Defense"); a place name ending in a body's head
 * word is the body ("United States Air Force").
 */
function adjustSpan(
  span: NerSpan,
  type: EntityType,
  inside: Term[],
  text: string,
): { span: NerSpan; type: EntityType } | null {
  if (type === 'person') {
    // a name ending in a thing's head word is the thing, not a person ("Vince Lombardi Trophy")
    const last = text.slice(span.start, span.end).split(/\s+/).pop()?.toLowerCase() ?? '';
    if (THING_HEADS.has(last) && !titledBefore(text, span.start)) return null;
    if (isHeadlineRun(text.slice(span.start, span.end))) return null;
    if (acronymNotPerson(text, span.start, span.end)) return { span, type: 'organization' };
    let first = 0;
    // an initial ("M. Waugh") is part of the name, even where it spells a title
    while (first < inside.length && isTitleWord(inside[first]!) && !/^\p{L}\.?$/u.test(inside[first]!.text)) first++;
    if (inside.length > 0 && first === inside.length) return null;
    first = afterRoleBodyWords(inside, first, text, span.start);
    const named = inside.length ? { ...span, start: Math.max(span.start, inside[first]!.start) } : span;
    const body =
      bodyNamedAsPerson(text.slice(named.start, named.end)) ||
      bodyNounBefore(text, named.start) ||
      bodyNounAfter(text, named.end);
    // "Night Football" after "Monday": the rest of a programme's name, the tagger having left the weekday out;
    // a name right after a weekday alone may still be a person ("on Monday Yeltsin said", as CoNLL writes it)
    if (!body && continuesWeekdayProgramme(text, named.start)) return null;
    return { span: named, type: body ? 'organization' : type };
  }
  const lowers = text
    .slice(span.start, span.end)
    .toLowerCase()
    .split(/\s+/)
    .map((w) => stripPossessive(w).replace(/\.$/, ''));
  const hasOrgHead = lowers.some((w) => ORG_HEADS.has(w));
  // a role's word in a name its acronym spells is the body's ("General Agreement on … (GATT)")
  const body = hasOrgHead || spelledByAcronymAfter(text, span.start, span.end);
  if (lowers.some((w) => ROLE_HEADS.has(w)) && !body) return null;
  if (!hasOrgHead && afterRoleOf(text, span.start, ROLE_OF_BEFORE)) return null;
  if (type === 'organization' && !body && namesNaturalFeature(text.slice(span.start, span.end))) {
    return { span, type: 'place' };
  }
  if (type === 'place' && (bodyHeadLast(lowers) || bodyNounAfter(text, span.end)))
    return { span, type: 'organization' };
  return { span, type };
}

/** compromise's tags of common words: a verb, a noun or a describing word, not a name. */
const COMMON_TAG =
  /^(?:PresentTense|PastTense|Infinitive|Gerund|Singular|Plural|Uncountable|Adjective|Comparative|Adverb)$/;

/**
 * A run of capitalised words the tagger read as one person, two or more of them after the first
 * common words: a headline in title case ("Velt Makes Bold Move"). A name has at most one
 * ("Mary Rose Young": a second given name, then one common word).
 */
function isHeadlineRun(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 3) return false;
  return words.slice(1).filter(isLexiconCommonWord).length >= 2;
}

/** A word compromise lists only as a verb, a noun or a describing word, and no given name. */
function isLexiconCommonWord(word: string): boolean {
  const tags = lexiconTags(stripPossessive(word.toLowerCase()));
  return tags.length > 0 && tags.every((t) => COMMON_TAG.test(t)) && !isGivenName(word);
}

/**
 * A person read with the end of the role before it, after a role and "of": "Chief of Staff
 * Howard Baker" → Howard Baker. Common words that open the name there are the role's; at least
 * two words stay the name.
 */
function afterRoleBodyWords(inside: Term[], first: number, text: string, start: number): number {
  if (!afterRoleOf(text, start)) return first;
  let k = first;
  while (inside.length - k > 2 && isLexiconCommonWord(inside[k]!.text)) k++;
  return k;
}

/**
 * A name the tagger read as a person that ends in a body's head word, with no given name before
 * it, is the body ("Maritime Command", "Savings Fund"; "Maria Church", "Lawmaker Tom Post" stay people).
 */
function bodyNamedAsPerson(name: string): boolean {
  const words = name.split(/\s+/);
  const last = stripPossessive(words[words.length - 1]!.toLowerCase()).replace(/\.$/, '');
  if (words.length < 2 || !ORG_HEADS.has(last)) return false;
  return COMPANY_PLURALS.has(last) || !words.slice(0, -1).some(isGivenName);
}

/** A tagged name as a mention; a person's role read from the words around the name. */
function fromSpan(span: NerSpan, type: EntityType, terms: Term[], text: string): EntityMention {
  const inside = termsIn(terms, span);
  const out = mention(type, inside.length ? inside : [pseudoTerm(span, text)], text, text.slice(span.start, span.end));
  out.start = span.start;
  out.end = span.end;
  out.surface = text.slice(out.start, out.end);
  if (type !== 'person' || inside.length === 0) return out;
  const at = terms.indexOf(inside[0]!);
  const prefix: Term[] = [];
  for (let i = at - 1; i >= 0 && COURTESY.has(terms[i]!.lower.replace(/\.$/, '')); i--) prefix.unshift(terms[i]!);
  const last = inside[inside.length - 1]!;
  const role =
    roleBefore(prefix, terms, inside[0]!, text) ?? roleAfter(last, text) ?? roleGiven(inside[0]!, last, text);
  if (role) out.role = role;
  return out;
}

/**
 * A role run into a name that the tagger read as one name of another kind: "US Secretary of
 * Defense James Mattis" → the person James Mattis (the role is read apart, before the name).
 */
function personAfterRole(span: NerSpan, inside: Term[]): NerSpan {
  if (span.type === 'PER' || !inside.some((t) => ROLE_HEADS.has(stripPossessive(t.lower)))) return span;
  let first = inside.length;
  while (first > 0 && PERSON_TAGS.some((tag) => inside[first - 1]!.tags.has(tag)) && !isTitleWord(inside[first - 1]!))
    first--;
  first = Math.min(first, namedAfterLastRole(inside));
  if (first === inside.length || first === 0) return span;
  return { start: inside[first]!.start, end: span.end, type: 'PER' };
}

/** Most words of a name read after a role's word by their capitals alone. */
const MAX_NAME_AFTER_ROLE = 3;

/**
 * Where the name after the last role's word starts, when two or three capitalised words that are
 * no title follow it: "Deputy Head Dang Tovan Lirr" holds a name the lexicon does not know as one
 * ("Dang"). The length of the run when there is none.
 */
function namedAfterLastRole(inside: Term[]): number {
  let head = inside.length - 1;
  while (head >= 0 && !ROLE_HEADS.has(stripPossessive(inside[head]!.lower))) head--;
  const name = inside.slice(head + 1);
  if (head < 0 || name.length < 2 || name.length > MAX_NAME_AFTER_ROLE) return inside.length;
  return name.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && !isTitleWord(t)) ? head + 1 : inside.length;
}

/** The words right before a name that may make it part of a role: "Minister of" Defense, "Commissioner for" Trade. */
const ROLE_BEFORE = /(\p{L}+)\s+(?:of|for)\s+$/u;
/** A role's word and "of" only, before a field that is no name: an "envoy for" Sudan is sent for a place, whose name stays. */
const ROLE_OF_BEFORE = /(\p{L}+)\s+of\s+$/u;

/** A role's word and "of" or "for" stand right before `start`: "Minister of" Defense, "Commissioner for" Trade. */
function afterRoleOf(text: string, start: number, before = ROLE_BEFORE): boolean {
  const word = before.exec(text.slice(Math.max(0, start - 40), start))?.[1]?.toLowerCase();
  return word !== undefined && ROLE_HEADS.has(word);
}
/** Capitalised words right after a span, which a name it holds may run on into. */
const CAPITALS_AFTER = /^(?:\s\p{Lu}[\p{L}’'-]+)+/u;

/**
 * "Minister of Defense Zakir Hasanov", "Commissioner for Trade Ann Roe": after a role and "of" or
 * "for", the tagger may read the role's field and the name after it as one body. When the words
 * after the body's first word, read alone, are one person's name, that name is the mention (the
 * role is read before it).
 */
function nameAfterRoleBody(span: NerSpan, text: string): NerSpan {
  if (span.type === 'PER') return span;
  if (!afterRoleOf(text, span.start)) return span;
  const end = span.end + (CAPITALS_AFTER.exec(text.slice(span.end, span.end + 60))?.[0].length ?? 0);
  const words = [...text.slice(span.start, end).matchAll(/\S+/g)];
  for (let k = 1; k < words.length - 1; k++) {
    const start = span.start + words[k]!.index;
    const tail = findNames(text.slice(start, end));
    const whole = tail.length === 1 && tail[0]!.start === 0 && tail[0]!.end === end - start;
    if (whole && tail[0]!.type === 'PER') return { start, end, type: 'PER' };
  }
  return span;
}

/**
 * The sentences compromise must read (its tags are most of the cost): those with a person,
 * whose role and title are read from the words, or a name in or after a role word.
 */
function sentencesToRead(text: string, names: NerSpan[]): Span[] {
  const needs = names.filter((n) => {
    if (n.type === 'PER') return true;
    const words = text.slice(n.start, n.end).toLowerCase().split(/\s+/);
    return words.some((w) => ROLE_HEADS.has(w)) || afterRoleOf(text, n.start);
  });
  const chunks: Span[] = [];
  let next = 0;
  for (const sentence of sentencesOf(text)) {
    while (next < needs.length && needs[next]!.end <= sentence.start) next++;
    if (next < needs.length && needs[next]!.start < sentence.end) chunks.push(sentence);
  }
  return chunks;
}

/**
 * Capitalised words opening a role, before its lower-case words: "Apple chief executive" → Apple.
 * Words joined on by "and" or "of" are one name with what follows ("Trade and Industry Minister").
 */
const BODY_BEFORE_ROLE = /^((?:\p{Lu}[\p{L}&.'-]*\s){1,4})(?=\p{Ll})(?!(?:and|of)\s)/u;

/** The body a person's role names before the role itself ("UBS analyst David Strauss" → UBS). */
function bodyInRole(person: EntityMention, text: string): EntityMention | undefined {
  const roleAt = text.lastIndexOf(person.role!, person.start);
  if (roleAt < 0 || person.start - roleAt - person.role!.length > 3) return undefined;
  const words = BODY_BEFORE_ROLE.exec(person.role!)?.[1]?.trimEnd();
  if (!words) return undefined;
  const lowers = words.toLowerCase().split(/\s+/);
  if (lowers.some((w) => ROLE_HEADS.has(w) || COURTESY.has(w.replace(/\.$/, '')))) return undefined;
  // a common word capitalised to open a sentence, not a listed name ("Launch customer Velmont"); the
  // tagger reads a capitalised word inside a sentence itself, so only an opening word comes here untagged
  if (lowers.length === 1 && isCommonWord(words) && !isKnownName(words)) return undefined;
  const type = PLACE_ALIASES.has(lowers.join(' ')) ? 'place' : 'organization';
  return { text: words, type, surface: words, start: roleAt, end: roleAt + words.length };
}

/** Gazetteer lists of names a body's word may come from; the others hold roles, titles and calendar words. */
const NAME_LISTS = ['company', 'org', 'team', 'place', 'city', 'region', 'country', 'first', 'last', 'person'];

/** Whether a word is in the gazetteer's lists of names (companies, places, given names…). */
function isKnownName(word: string): boolean {
  return inClass(word, ...NAME_LISTS);
}

/**
 * A place the tagger read as a person because a role and a name follow it ("Denver linebacker Tom
 * Hale"): the role's first words name the body the person works for (a team, a firm, a council),
 * when they are a listed place that is no given name and the role goes on in words of its own
 * (not a scorecard's "c Cork b Croft").
 */
function bodyReadAsPerson(mentions: EntityMention[], body: EntityMention, role: string): void {
  const named = mentions.find((m) => m.type === 'person' && m.start === body.start && m.end === body.end);
  const rest = role.slice(body.text.length).trim();
  if (!named || !/^(?:\p{Ll}{3,}\s?)+$/u.test(rest)) return;
  if (isPlaceName(named.text) && !isGivenName(named.text)) named.type = body.type;
}

/** The compromise words that overlap a span. */
function termsIn(terms: Term[], span: NerSpan): Term[] {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (terms[mid]!.end <= span.start) low = mid + 1;
    else high = mid;
  }
  const inside: Term[] = [];
  for (let i = low; i < terms.length && terms[i]!.start < span.end; i++) inside.push(terms[i]!);
  return inside;
}

/** A stand-in word for a span compromise did not tag (a sentence it skipped). */
function pseudoTerm(span: NerSpan, text: string): Term {
  const word = text.slice(span.start, span.end);
  return {
    text: word,
    lower: word.toLowerCase(),
    start: span.start,
    end: span.end,
    tags: new Set(),
    pre: '',
    post: '',
    sentence: -1,
    position: -1,
  };
}
