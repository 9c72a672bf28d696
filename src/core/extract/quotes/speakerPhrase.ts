import type { EntityMention } from '../../types.js';
import { isAbbreviation } from '../../text/sentences.js';
import { NOT_NAMES, ROLE_HEADS } from '../entities/words.js';
import { nounKind } from '../../text/nounKinds.js';
import { PRONOUNS } from './cues.js';
import { WINDOW, type Attribution, type QuoteContext } from './quoteContext.js';

const TITLE = String.raw`(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|Sgt|Capt)\.?\s+`;
/** One capitalised word of a name, or an initial ("G.K."), bounded in length so matching stays linear. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}’'-]{0,30}`;
const PARTY_NOTE = String.raw`(?:\s+\([^)\n]{1,24}\))`;
/** A name written out: "Rep. Gwen Moore (D-Wis.)", "G.K. Butterfield", "Cooper". */
export const NAME = String.raw`(?:${TITLE})?(?:${NAME_WORD}\.?\s{1,3}){0,3}\p{Lu}[\p{L}’'-]{1,30}${PARTY_NOTE}?`;
const NAME_AT_START = new RegExp(`^${NAME}`, 'u');
const NAME_ALONE = new RegExp(`^${NAME}$`, 'u');
const NAME_AT_END = new RegExp(`(?:^|[^\\p{L}])(${NAME})\\s{0,3}$`, 'u');
const PRONOUN_AT_START = /^(?:he|she|they|i|we|it)\b/i;
const ROLE_NOUN_PHRASE = /^(?:the|a|an|one|another)\s+(?:[\p{L}-]{1,30}\s+){0,4}[\p{L}-]{1,30}$/iu;
const ROLE_NOUN_AT_END = /(?:^|\s)((?:the|a|an|one|another)\s+(?:[\p{L}-]{1,30}\s+){0,4}[\p{L}-]{1,30})\s{0,3}$/iu;
/**
 * A role and where it is held: "The premier of the German state of North Rhine-Westphalia", "the
 * mayor of Velmont". The one who speaks is the role's holder, not the place or body named after "of".
 */
const ROLE_OF = String.raw`(?:the|a|an)\s+(?:[\p{L}-]{1,30}\s+){0,2}[\p{L}-]{1,30}\s+(?:of|for|at)\s+[^,;:.!?“”"\n]{1,80}`;
/** The phrase ending right before the cue: "the mayor of Velmont said". */
const ROLE_OF_AT_END = new RegExp(String.raw`(?:^|\s)(${ROLE_OF}?)\s{0,3}$`, 'iu');
/** The same phrase as the whole of what follows a cue: "said the mayor of Velmont". */
const ROLE_OF_PHRASE = new RegExp(`^${ROLE_OF}$`, 'iu');
/** Adverbs and auxiliaries between subject and verb: "Trump also said", "she later told", "Kasich has called". */
const AUXILIARY = 'has|have|had|will|would|did';
/** A time written between subject and verb: "Priebus later Thursday told", "Trump on Monday said". */
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const WHEN = String.raw`(?:(?:on\s{1,3})?${DAY}|today|yesterday|tonight|(?:last|this)\s{1,3}(?:week|month|year))`;
const ADVERB_WORDS = 'also|then|later|once|again|previously|recently|earlier|simply';
const ADVERB = String.raw`(?:${ADVERB_WORDS}|\w{1,20}ly|${AUXILIARY}|${WHEN})`;
const ADVERBS_AT_END = new RegExp(String.raw`(?:\s{1,3}${ADVERB}){0,3}\s{0,3}$`, 'u');
const ASIDE_AT_END = /,([^,“”"]{1,160}),\s{0,3}$/u;
const QUOTING = /\b(?:quoting|citing|echoing|repeating)\b/i;
const OTHER_ROLE_WORDS =
  'statement spokesperson official source aide campaign group company report person woman man voter supporter ' +
  'protester resident';
const OTHER_ROLE_NOUNS = new RegExp(`^(?:${OTHER_ROLE_WORDS.split(' ').join('|')})s?$`);

/** Finds the speaker inside [start, end): an entity mention, a name, a pronoun, or "the senator". */
export function speakerIn(
  ctx: QuoteContext,
  start: number,
  end: number,
  pattern: string,
  leading = false,
): Attribution | null {
  const inside = ctx.index.entitiesStartingIn(start, end + 1).filter((m) => m.end <= end + 1 && m.type !== 'place');
  const region = ctx.text.slice(start, end);
  const phrase = region.trim();
  const offset = start + region.indexOf(phrase);
  // "said the mayor of Velmont.": the role's holder, not the place named after it
  const clause = /^[^,;:.!?“”"\n]*/u.exec(phrase)![0].trimEnd();
  const holder = leading ? holderAfterRole(ctx, inside, offset, clause) : null;
  if (holder) return { pattern, surface: { start: holder.start, end: holder.end }, entity: holder };
  if (isRoleOfPhrase(clause) && !inside.some((m) => m.type === 'person')) {
    return { pattern, surface: { start: offset, end: offset + clause.length } };
  }
  const entity = leading ? leadingEntity(inside, start, offset + firstClauseLength(phrase)) : inside[inside.length - 1];
  const member = entity && entity.type !== 'person' ? memberOf(ctx, offset, entity, pattern) : null;
  if (member) return member;
  if (entity) {
    // "Rep. G.K. Butterfield" where the tagger saw only "G.K": the written name is the speaker
    const written = leading ? NAME_AT_START.exec(phrase) : null;
    const writtenEnd = written ? offset + written[0].replace(/\s*\([^)]*\)$/, '').length : 0;
    const covers = written !== null && offset <= entity.start && writtenEnd > entity.end;
    if (covers && entity.type === 'person' && isName(written[0])) {
      return { pattern, surface: { start: offset, end: writtenEnd } };
    }
    if (!(covers && entity.type !== 'person')) {
      return { pattern, surface: { start: entity.start, end: entity.end }, entity };
    }
  }
  const pronoun = PRONOUN_AT_START.exec(phrase);
  if (pronoun && (leading || phrase.length === pronoun[0].length)) {
    return { pattern, surface: { start: offset, end: offset + pronoun[0].length } };
  }
  const name = (leading ? NAME_AT_START : NAME_ALONE).exec(phrase);
  if (name && isName(name[0])) return { pattern, surface: { start: offset, end: offset + name[0].length } };
  if (ROLE_NOUN_PHRASE.test(phrase) && isRoleNoun(phrase)) {
    return { pattern, surface: { start: offset, end: offset + phrase.length } };
  }
  return null;
}

/**
 * "said Airbus President and Chief Executive Officer, Tom Enders", "said the general secretary of the
 * union, Tony Woodley": a role, a comma, then the person who holds it.
 */
function holderAfterRole(
  ctx: QuoteContext,
  inside: EntityMention[],
  offset: number,
  clause: string,
): EntityMention | null {
  const comma = offset + clause.length;
  if (!/^\s{0,2},/.test(ctx.text.slice(comma, comma + 3))) return null;
  // the role's own word ends it, or comes before what it is held of: not "said Tom Hale, a Democrat";
  // a noun WordNet reads as a person counts where it is written in lower case ("chief strategy
  // expert, Tom Hale"), so a surname that is such a noun ("Tom Baker,") does not
  const head = roleHead(clause);
  const lowerCasePerson = clause.split(/\s+/).includes(head) && nounKind(head) === 'person';
  if (!ROLE_HEADS.has(head) && !lowerCasePerson) return null;
  return inside.find((m) => m.type === 'person' && m.start > comma && m.start - comma <= 3) ?? null;
}

/** A name, then where the speaker works: "Mr. Morgan of the Wildlife Trust". */
const NAME_OF = new RegExp(String.raw`^(${NAME})\s{1,3}(?:of|from|at|with)\s{1,3}(?:the\s{1,3})?$`, 'u');

/** "Mr. Morgan of the Wildlife Trust said": the person named before the organisation that ends the phrase. */
function memberOf(ctx: QuoteContext, offset: number, organisation: EntityMention, pattern: string): Attribution | null {
  const name = NAME_OF.exec(ctx.text.slice(offset, organisation.start));
  if (!name || !isName(name[1]!)) return null;
  const end = offset + name[1]!.length;
  const person = ctx.index.entitiesStartingIn(offset, end).find((m) => m.type === 'person' && m.end <= end);
  if (person) return { pattern, surface: { start: person.start, end: person.end }, entity: person };
  return { pattern, surface: { start: offset, end } };
}

/**
 * "said Clinton campaign manager Robby Mook in a statement": the last person of the noun phrase after
 * the cue (the name its modifiers lead to), else its first mention.
 */
function leadingEntity(inside: EntityMention[], start: number, phraseEnd: number): EntityMention | undefined {
  const people = inside.filter((m) => m.type === 'person' && m.end <= phraseEnd);
  // "said Griffin, an Obama backer": an entity past the noun phrase is in its appositive, not the speaker
  return people[people.length - 1] ?? inside.find((m) => m.start - start <= 24 && m.start < phraseEnd);
}

/**
 * Where the noun phrase that opens `phrase` ends: at a comma, a quote mark, a lower-case linking word or
 * the end of its sentence ("said Ayotte campaign manager Jon Kohan. Ayotte called …").
 */
const PHRASE_END = /[,;“”"]|\s(?:in|of|at|on|who|from|with|during|after|before|to|for|and|when|while)\s|\.\s/g;

function firstClauseLength(phrase: string): number {
  for (const end of phrase.matchAll(PHRASE_END)) {
    // "Capt. Jeff Davis", "J.J. MacNab": a title or an initial goes on with the name
    const initials = /(?:^|\s)(?:\p{Lu}\.)*\p{Lu}$/u.test(phrase.slice(0, end.index));
    if (end[0] !== '. ' || !(initials || isAbbreviation(phrase, end.index))) return end.index;
  }
  return phrase.length;
}

/** A capitalised phrase that is a name, not a sentence opener ("But", "The"). */
export function isName(text: string): boolean {
  const first = text
    .split(/\s+/)[0]!
    .replace(/[’']s$/, '')
    .toLowerCase();
  return !NOT_NAMES.has(first) || /^(?:mr|mrs|ms|dr)$/.test(first);
}

/** The subject right before a cue verb at `cueAt`, skipping a parenthetical ", quoting …, ". */
export function subjectBefore(ctx: QuoteContext, from: number, cueAt: number, pattern: string): Attribution | null {
  const { text } = ctx;
  const start = Math.max(from, cueAt - WINDOW);
  let end = cueAt;
  const adverbs = ADVERBS_AT_END.exec(text.slice(start, end));
  end -= adverbs ? adverbs[0].length : 0;
  const aside = ASIDE_AT_END.exec(text.slice(start, end));
  if (!aside) return subjectEndingAt(ctx, start, end, pattern, undefined);
  const asideStart = end - aside[0].length;
  if (!QUOTING.test(aside[1]!)) {
    // "Smith, who leads it, said" · "after winning the primary, Gov. John Kasich (R-OH), said": the subject
    // is before the aside, else the aside is the subject with a stray comma after it
    const before = subjectEndingAt(ctx, start, asideStart, pattern, undefined);
    const strayComma = /,\s{0,3}$/.exec(aside[0])!;
    const inAside = () => subjectEndingAt(ctx, asideStart + 1, end - strayComma[0].length, pattern, undefined);
    // "The chairman of Velmont Bank, Ann Roe, said": the aside names the role's holder
    if (before && !before.entity && isRoleNoun(text.slice(before.surface.start, before.surface.end))) {
      const named = inAside();
      if (named?.entity?.type === 'person') return named;
    }
    return before ?? inAside();
  }
  const quoting = ctx.index
    .entitiesStartingIn(asideStart, end)
    .filter((m) => m.end <= end && m.type === 'person')
    .pop();
  return subjectEndingAt(ctx, start, asideStart, pattern, quoting);
}

/** The subject that ends at `end`: an entity, a name, a pronoun or a role noun. */
function subjectEndingAt(
  ctx: QuoteContext,
  start: number,
  end: number,
  pattern: string,
  quoting: EntityMention | undefined,
): Attribution | null {
  const { text } = ctx;
  const entity = ctx.index
    .entitiesStartingIn(start, end)
    .filter((m) => m.end <= end && m.end >= end - 3 && m.type !== 'place')
    .pop();
  const head = text.slice(start, end);
  // "Anna Holt, the press director for the Farmers Union said", "Tom Hale of the Harbour Trust said": the person
  const person =
    entity && entity.type !== 'person'
      ? (personBeforeRole(ctx, start, entity.start) ?? personBeforeOf(ctx, start, end, head))
      : null;
  if (person) {
    return withQuoting({ pattern, surface: { start: person.start, end: person.end }, entity: person }, quoting);
  }
  const roleOf = ROLE_OF_AT_END.exec(head);
  if (roleOf && isRoleOfPhrase(roleOf[1]!) && entity?.type !== 'person') {
    const roleStart = end - roleOf[0].length + roleOf[0].indexOf(roleOf[1]!);
    return withQuoting({ pattern, surface: { start: roleStart, end: roleStart + roleOf[1]!.length } }, quoting);
  }
  if (entity) {
    return withQuoting({ pattern, surface: { start: entity.start, end: entity.end }, entity }, quoting);
  }
  const ofOrganisation = personBeforeOf(ctx, start, end, head);
  if (ofOrganisation) {
    const surface = { start: ofOrganisation.start, end: ofOrganisation.end };
    return withQuoting({ pattern, surface, entity: ofOrganisation }, quoting);
  }
  const name = NAME_AT_END.exec(head);
  if (name && isName(name[1]!)) {
    const nameStart = end - name[0].length + name[0].indexOf(name[1]!);
    const trimmed = name[1]!.replace(/\s+$/, '');
    const person = personBeforeRole(ctx, start, nameStart);
    if (person)
      return withQuoting({ pattern, surface: { start: person.start, end: person.end }, entity: person }, quoting);
    return withQuoting({ pattern, surface: { start: nameStart, end: nameStart + trimmed.length } }, quoting);
  }
  const pronoun = PRONOUNS.exec(head);
  if (pronoun) {
    const pronounStart = end - pronoun[0].length + pronoun[0].indexOf(pronoun[1]!);
    return { pattern, surface: { start: pronounStart, end: pronounStart + pronoun[1]!.length } };
  }
  const nominal = ROLE_NOUN_AT_END.exec(head);
  if (nominal && isRoleNoun(nominal[1]!)) {
    const nominalStart = end - nominal[0].length + nominal[0].indexOf(nominal[1]!);
    return { pattern, surface: { start: nominalStart, end: nominalStart + nominal[1]!.length } };
  }
  return null;
}

/** ", and Acme said": a new clause with its own subject, not a role. */
const CLAUSE_LINK = /^,\s{1,3}(?:and|but|or|while|as|so|yet|then|when|after|before)\s/i;
/** Longest role phrase between a person and the organisation it ends on ("…, president and CEO of …"). */
const ROLE_REACH = 100;

/**
 * "Anthony Anton, president and CEO of Washington Restaurant Association stated": a name right before
 * the cue (at `at`) that ends a role written after a person and a comma stands for that person.
 */
function personBeforeRole(ctx: QuoteContext, start: number, at: number): EntityMention | null {
  const person = ctx.index
    .entitiesStartingIn(Math.max(start, at - ROLE_REACH), at)
    .filter((m) => m.type === 'person' && m.end <= at)
    .pop();
  if (!person) return null;
  const between = ctx.text.slice(person.end, at);
  // "press director for the Ohio Farmers Union": a role the tagger tied to the person it names
  if (/^\p{Ll}/u.test(ctx.text.slice(person.start, person.end)) && /^\s{1,3}(?:the\s{1,3})?$/.test(between)) {
    return person;
  }
  const role = /^,\s[^.;:!?“”"\n]*\p{Ll}[^.;:!?“”"\n]*$/u.test(between) && !between.includes(',', 1);
  return role && !CLAUSE_LINK.test(between) ? person : null;
}

/** " of The Nation", " from the Wildlife Trust": where a speaker works, written after the name. */
const OF_ORGANISATION_AT_END = /\s(?:of|from|at)\s{1,3}(?:the\s{1,3})?\p{Lu}[\p{L}.&'’ -]{0,60}$/u;

/** "George Zornick of The Nation wrote": the person whose name ends right before " of …". */
function personBeforeOf(ctx: QuoteContext, start: number, end: number, head: string): EntityMention | null {
  const of = OF_ORGANISATION_AT_END.exec(head);
  if (!of) return null;
  const at = end - of[0].length;
  const person = ctx.index
    .entitiesStartingIn(Math.max(start, at - 60), at)
    .filter((m) => m.type === 'person' && m.end <= at && m.end >= at - 1)
    .pop();
  return person ?? null;
}

function withQuoting(attribution: Attribution, quoting: EntityMention | undefined): Attribution {
  if (quoting) attribution.quoting = quoting;
  return attribution;
}

/** "the senator", "a spokesperson", "the mayor of Velmont": a phrase that names someone by role. */
export function isRoleNoun(phrase: string): boolean {
  const head = roleHead(phrase);
  return ROLE_HEADS.has(head) || OTHER_ROLE_NOUNS.test(head);
}

/**
 * A verb in what reads as a role phrase: "A group of comedians is performing a play called", "A spokesman
 * for the firm declined to comment but said". The words are a clause, not who spoke.
 */
const PREDICATE = /\s(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|but|\p{Ll}+(?:ed|ing))\s/u;

/** "the mayor of Lakeview", "a spokesman for the harbour trust": a role, where it is held, and no verb. */
export function isRoleOfPhrase(phrase: string): boolean {
  return ROLE_OF_PHRASE.test(phrase) && isRoleNoun(phrase) && !PREDICATE.test(` ${phrase} `);
}

/** The noun a role phrase is about: its last word, or the word before "of" ("the mayor of Velmont" → "mayor"). */
export function roleHead(phrase: string): string {
  const words = phrase.toLowerCase().split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|for|at)$/.test(w));
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}
