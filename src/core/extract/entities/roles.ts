import { isCommonWord } from '../../text/commonWords.js';
import type { EntityMention, EntityType } from '../../types.js';
import { isGivenName } from '../ner/gazetteer.js';
import { keepsPeriod } from '../ner/tokens.js';
import type { Term } from './terms.js';
import { COURTESY, NAME_CONNECTORS, NOT_NAMES, ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS } from './words.js';

export const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
export const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Address'];
export const NOT_NAME_TAGS = [
  'Date',
  'Month',
  'WeekDay',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Value',
  'Adverb',
  'QuestionWord',
];

export function isNameWord(term: Term): boolean {
  const first = term.text[0];
  if (!first || !/\p{Lu}/u.test(first)) return false;
  if (
    term.tags.has('ProperNoun') ||
    PERSON_TAGS.some((t) => term.tags.has(t)) ||
    term.tags.has('Organization') ||
    PLACE_TAGS.some((t) => term.tags.has(t))
  ) {
    return !NOT_NAMES.has(stripPossessive(term.lower)) || COURTESY.has(term.lower.replace(/\.$/, ''));
  }
  if (NOT_NAME_TAGS.some((t) => term.tags.has(t))) return false;
  if (NOT_NAMES.has(stripPossessive(term.lower)) && !COURTESY.has(term.lower.replace(/\.$/, ''))) return false;
  return term.position > 0 || term.tags.has('Acronym') || ROLE_HEADS.has(term.lower) || ORG_HEADS.has(term.lower);
}

/** Only spaces between the two words (or an abbreviation's period). */
export function joined(term: Term, next?: Term): boolean {
  if (next && next.pre.trim() !== '') return false;
  const post = term.post;
  if (/^\s*$/.test(post)) return true;
  return (
    /^\.\s*$/.test(post) && (COURTESY.has(term.lower) || /^\p{Lu}$/u.test(term.text) || term.tags.has('Abbreviation'))
  );
}

/**
 * "and" inside the name of the body a role is of ("Minister of Trade and Industry", "Ways and Means
 * Committee chairman"): between two capitalised common words, the first no person's name ("Tom Hale
 * and Finance Minister Ann Roe" names two people) and the second no role's ("Minister for Finance and
 * Member for Lakeview Tom Hale" gives Tom Hale only the second role).
 */
function andInBodyName(all: Term[], index: number): boolean {
  const before = all[index - 1];
  const after = all[index + 1];
  if (!before || !after || before.sentence !== all[index]!.sentence || !joined(before)) return false;
  if (!/^\p{Lu}/u.test(before.text) || !/^\p{Lu}/u.test(after.text) || ROLE_HEADS.has(after.lower)) return false;
  if (PERSON_TAGS.some((t) => before.tags.has(t)) || !isCommonWord(before.lower) || !isCommonWord(after.lower)) {
    return false;
  }
  const name = all[index - 2];
  return !(name && name.sentence === before.sentence && isGivenName(name.text));
}

/** A lower-case common noun for a person's job or part: "tackle", "linebacker", "analyst". */
export function isRoleNoun(term: Term): boolean {
  if (!/^\p{Ll}/u.test(term.text)) return false;
  if (ROLE_HEADS.has(term.lower) || term.tags.has('Actor')) return true;
  return (
    term.tags.has('Noun') &&
    term.tags.has('Singular') &&
    !term.tags.has('Pronoun') &&
    !NAME_CONNECTORS.has(term.lower) &&
    !NOT_NAMES.has(term.lower)
  );
}

export function isTitleWord(term: Term): boolean {
  const word = stripPossessive(term.lower).replace(/\.$/, '');
  return (
    term.tags.has('Honorific') ||
    COURTESY.has(word) ||
    ROLE_HEADS.has(word) ||
    ROLE_MODIFIERS.has(word) ||
    ORG_HEADS.has(word)
  );
}

/**
 * "US Secretary of Defense James Mattis", "UBS analyst David Strauss",
 * "the Minister of Defense, Colonel General Zakir Hasanov".
 */
export function roleBefore(prefix: Term[], all: Term[], first: Term, text: string): string | undefined {
  let index = all.indexOf(first) - 1;
  const taken: Term[] = [];
  // courtesy titles are dropped; ranks and roles in the run are kept
  let k = prefix.length - 1;
  while (k >= 0 && COURTESY.has(prefix[k]!.lower.replace(/\.$/, ''))) {
    k--;
    index--;
  }
  // set once a plain noun is read as the role ("linebacker"): a person's name before it makes it a
  // verb between two people ("Tom Hale of Ardena beat Ann Roe"), and no role at all
  let plainNoun = false;
  let nounModifiers = 0;
  for (; index >= 0; index--) {
    const term = all[index]!;
    if (term.sentence !== first.sentence || !joined(term)) break;
    if (plainNoun && PERSON_TAGS.some((t) => term.tags.has(t))) {
      taken.length = 0;
      break;
    }
    const initial = term.position === 0 && /^\p{Lu}/u.test(term.text) && !NOT_NAMES.has(term.lower);
    if (
      isNameWord(term) ||
      (term.lower === 'and' && taken.length > 0 && andInBodyName(all, index)) ||
      initial ||
      ROLE_HEADS.has(term.lower) ||
      ROLE_MODIFIERS.has(term.lower) ||
      (NAME_CONNECTORS.has(term.lower) && taken.length > 0 && term.lower !== 'the')
    ) {
      taken.unshift(term);
      continue;
    }
    // a noun before a role's word says what the role is of: "bank chief", "economy minister", "fire chief";
    // a people's adjective before them says whose ("German economy minister")
    if (
      (nounModifies(term, taken) && ++nounModifiers <= MAX_NOUN_MODIFIERS) ||
      (term.tags.has('Demonym') && taken.length > 0)
    ) {
      taken.unshift(term);
      continue;
    }
    // one plain noun right before the name is a role too: "linebacker Von Miller", "tight end Owen Daniels"
    if (taken.length === 0 && isRoleNoun(term)) {
      taken.unshift(term);
      plainNoun = !ROLE_HEADS.has(term.lower) && !term.tags.has('Actor');
      const modifier = all[index - 1];
      if (
        modifier &&
        modifier.sentence === term.sentence &&
        joined(modifier, term) &&
        /^\p{Ll}/u.test(modifier.text) &&
        (modifier.tags.has('Adjective') || modifier.tags.has('Noun')) &&
        !NOT_NAMES.has(modifier.lower)
      ) {
        taken.unshift(modifier);
        index--;
      }
      continue;
    }
    break;
  }
  while (taken.length && NAME_CONNECTORS.has(taken[0]!.lower)) taken.shift();
  const hasHead = taken.some(
    (t) => ROLE_HEADS.has(stripPossessive(t.lower)) || (/^\p{Ll}/u.test(t.text) && isRoleNoun(t)),
  );
  const direct = hasHead ? cleanRole(spanText(text, taken)) : undefined;
  // an appositive before the name:
  // "the Minister of Defense of the Republic of Azerbaijan, Colonel General Zakir Hasanov"
  return appositiveRole(all, index, first, text) ?? direct;
}

/** The role written as an appositive before the name, ending at the comma `all[index]`; undefined if none. */
function appositiveRole(all: Term[], index: number, first: Term, text: string): string | undefined {
  const comma = all[index];
  if (!comma || comma.sentence !== first.sentence || !/^,\s*$/.test(comma.post)) return undefined;
  const appositive: Term[] = [];
  let modifiers = 0;
  for (let j = index; j >= 0; j--) {
    const term = all[j]!;
    if (term.sentence !== first.sentence || (j !== index && !joined(term))) break;
    const connector =
      NAME_CONNECTORS.has(term.lower) && (term.lower !== 'the' || NAME_CONNECTORS.has(all[j - 1]?.lower ?? ''));
    if (
      isNameWord(term) ||
      ROLE_HEADS.has(term.lower) ||
      ROLE_MODIFIERS.has(term.lower) ||
      (connector && appositive.length > 0) ||
      // "the country director, Ann Roe": a noun before the role's word says what the role is of
      (nounModifies(term, appositive) && ++modifiers <= MAX_NOUN_MODIFIERS)
    ) {
      appositive.unshift(term);
      continue;
    }
    // "the general secretary of the British union Unite,": what a role is held of may hold any words
    const of = roleOfAt(all, j, first.sentence);
    if (of < 0) break;
    appositive.unshift(...all.slice(of, j + 1));
    j = of;
  }
  while (appositive.length && NAME_CONNECTORS.has(appositive[0]!.lower)) appositive.shift();
  // "Treasury Secretary James Baker, Federal Reserve Board chairman Paul Volcker": a list of people, each
  // with a role, not one person's appositive
  const namesSomeone = appositive.some(
    (t, i) => PERSON_TAGS.some((tag) => t.tags.has(tag)) || fullNameAt(appositive, i),
  );
  if (namesSomeone || !appositive.some((t) => ROLE_HEADS.has(stripPossessive(t.lower)))) return undefined;
  return cleanRole(spanText(text, appositive));
}

/**
 * A given name and a capitalised word after it, neither a role's nor a body's word: "John Tower"
 * in "former Texas Sen. John Tower", which compromise may tag as a place.
 */
function fullNameAt(terms: Term[], i: number): boolean {
  const [given, next] = [terms[i]!, terms[i + 1]];
  if (!next || !/^\p{Lu}\p{Ll}/u.test(given.text) || !/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  const plain = (t: Term) => stripPossessive(t.lower).replace(/\.$/, '');
  if ([given, next].some((t) => ROLE_HEADS.has(plain(t)) || ORG_HEADS.has(plain(t)))) return false;
  return isGivenName(given.text);
}

/** Words the noun phrase after "of" may run to before its name: "of the British union Unite". */
const OF_REACH = 5;

/**
 * Where "of" stands when the words from it to `at` are what a role is held of ("secretary of the
 * British union"): the word before "of" is a role, and the words between are joined words of a
 * noun phrase, no verb among them. -1 when they are not.
 */
function roleOfAt(all: Term[], at: number, sentence: number): number {
  for (let k = at; k >= Math.max(1, at - OF_REACH); k--) {
    const term = all[k]!;
    // the last word may be the one the comma follows
    if (term.sentence !== sentence || (k < at && !joined(term))) return -1;
    if (term.lower === 'of') return ROLE_HEADS.has(all[k - 1]!.lower) && joined(all[k - 1]!) ? k : -1;
    if (term.tags.has('Verb') || term.tags.has('Pronoun') || !/^[\p{L}-]+$/u.test(term.text)) return -1;
  }
  return -1;
}

/** Nouns read before a role's word: "central bank chief" has two. */
const MAX_NOUN_MODIFIERS = 2;
/** Nouns that tell when, not what a role is of: "last week minister Ann Roe said". */
const TIME_NOUNS = /^(?:week|month|year|day|night|morning|evening|afternoon|weekend|time|today|tonight)s?$/;

/**
 * A lower-case noun right before a role's lower-case word, or before another such noun, names what
 * the role is of: "bank chief Ben Bernanke", "economy minister Rainer Bruederle".
 */
function nounModifies(term: Term, taken: Term[]): boolean {
  const next = taken[0];
  if (!next || !/^\p{Ll}/u.test(next.text) || !/^\p{Ll}[\p{Ll}-]+$/u.test(term.text)) return false;
  if (!ROLE_HEADS.has(next.lower) && !(next.tags.has('Noun') && taken.length > 1)) return false;
  // "bank" before "chief" is a noun, whatever the tagger read it as on its own
  const noun = term.tags.has('Noun') || term.tags.has('Infinitive');
  return (
    noun &&
    !term.tags.has('Plural') &&
    !NOT_NAME_TAGS.some((t) => term.tags.has(t)) &&
    !NOT_NAMES.has(term.lower) &&
    !TIME_NOUNS.test(term.lower)
  );
}

const ROLE_AFTER =
  /^,\s+(?:the\s+|a\s+|an\s+)?([^,;:()“”"]{3,90}?)(?=,|;|\s+(?:said|says|told|noted|added|stated|explained)\b)/;

/** "Laura Cooper, the US Deputy Assistant Secretary of Defense, said". */
export function roleAfter(last: Term, text: string): string | undefined {
  // the sentence's end also ends the role ("said Ann Roe, the chair of Velmont.")
  const after = `${firstSentenceOf(text.slice(last.end, last.end + 120))},`;
  const match = ROLE_AFTER.exec(after.replace(/^[’']s/, ''));
  if (!match) return undefined;
  const role = match[1]!;
  if (/\b(?:who|which|that|was|is|has|had|and|quoting|citing)\b/.test(role) || /^\S+ing\b/.test(role)) return undefined;
  return postNamed(role, 10);
}

/** A word ending in a period, then a space and a capital: where a sentence may end. */
const PERIOD_THEN_CAPITAL = /(\S+\.)\s+(?=\p{Lu})/gu;

/**
 * The words up to the end of their sentence, so that a role never takes the next sentence's words;
 * "U.S." and "Corp." end none, a line break always does.
 */
function firstSentenceOf(words: string): string {
  const line = words.split('\n')[0]!;
  for (const match of line.matchAll(PERIOD_THEN_CAPITAL)) {
    if (!keepsPeriod(match[1]!)) return line.slice(0, match.index + match[1]!.length);
  }
  return line;
}

/** The role `words` give, when they name a post: a role's head word among at most `maxWords` words. */
function postNamed(words: string, maxWords: number): string | undefined {
  const lowers = words.toLowerCase().split(/\s+/);
  if (lowers.length > maxWords || !lowers.some((w) => ROLE_HEADS.has(w.replace(/[^a-z-]/g, '')))) return undefined;
  return cleanRole(words);
}

/** Verbs that give a person a post: "named Ann Roe as its new chief executive". */
const APPOINTED_BEFORE =
  /\b(?:named|appointed|elected|chose|chosen|hired|promoted|tapped|picked|nominated|installed|confirmed)\s+$/i;
/** The post after the name: "as its new chief executive", up to the clause's end. */
const ROLE_AS = new RegExp(
  String.raw`^\s+as\s+(?:its|their|his|her|the|a|an)\s+(?:new\s+|next\s+)?([^,;:.()“”"]{3,60}?)` +
    String.raw`(?=[,.;]|\s+(?:on|in|at|from|after|with|to|effective|and|until|for)\b|$)`,
);

/** "General Motors named Ann Roe as its new chief executive": the post a person is given. */
export function roleGiven(first: Term, last: Term, text: string): string | undefined {
  if (!APPOINTED_BEFORE.test(text.slice(Math.max(0, first.start - 30), first.start))) return undefined;
  const match = ROLE_AS.exec(text.slice(last.end, last.end + 100).replace(/^[’']s/, ''));
  return match ? postNamed(match[1]!, 6) : undefined;
}

export function cleanRole(role: string): string | undefined {
  const cleaned = role
    .replace(/\s+/g, ' ')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[’']s$/, '')
    .replace(/[\s,;:]+$/, '')
    .trim();
  // a sentence's full stop goes; an abbreviation's stays ("Sen.")
  const lastWord = /\S+$/.exec(cleaned)?.[0] ?? '';
  const unstopped = lastWord.endsWith('.') && keepsPeriod(lastWord) ? cleaned : cleaned.replace(/[\s,.;:]+$/, '');
  return unstopped.length >= 2 ? unstopped : undefined;
}

export function mention(type: EntityType, terms: Term[], text: string, surface: string): EntityMention {
  const start = terms[0]!.start;
  let end = terms[terms.length - 1]!.end;
  let name = surface;
  const possessive = /[’']s$/.exec(name);
  if (possessive) {
    name = name.slice(0, -possessive[0].length);
    end -= possessive[0].length;
  }
  return { text: name, type, surface: text.slice(start, end), start, end };
}

/** The words of `terms` as the text writes them; an abbreviation's period stays ("former Texas Sen."). */
export function spanText(text: string, terms: Term[]): string {
  const last = terms[terms.length - 1]!;
  const end = text[last.end] === '.' && keepsPeriod(`${last.text}.`) ? last.end + 1 : last.end;
  return text.slice(terms[0]!.start, end).replace(/\s+/g, ' ');
}

export function stripPossessive(word: string): string {
  return word.replace(/[’']s$/, '');
}
