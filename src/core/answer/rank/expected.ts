import { ROLE_HEADS } from '../../extract/entities/words.js';

/** What kind of entity a who-question asks for, read off its words. */
export type ExpectedWho = 'person' | 'organization' | 'place' | 'group' | 'any';
/** What precision a when-question asks for. */
export type ExpectedWhen = 'year' | 'month' | 'day' | 'span' | 'any';

// General English nouns that say what kind of "who" is wanted, not words of any data set.
const ORGANIZATION_NOUNS =
  'company|companies|firm|corporation|business|team|club|group|organi[sz]ation|agency|party|band|network|' +
  'university|school|college|bank|government|ministry|department|union|league|court|committee|council|' +
  'newspaper|channel|studio|label|manufacturer|airline|institution|body|board|army|navy|force';
const PLACE_NOUNS = 'country|countries|city|cities|state|nation|region|town|province';
const GROUP_NOUNS = 'people|groups|members|workers|students|citizens|those|officials|voters|leaders';
const PERSON_NOUNS =
  'person|man|woman|president|leader|king|queen|minister|director|author|writer|founder|player|coach|' +
  'chairman|ceo|singer|actor|actress|scientist|inventor|mayor|governor|senator|emperor|pope|general';

const whole = (list: string) => new RegExp(`^(?:${list})$`, 'i');
const ORGANIZATION = whole(ORGANIZATION_NOUNS);
const PLACE = whole(PLACE_NOUNS);
const GROUP = whole(GROUP_NOUNS);
const PERSON = whole(PERSON_NOUNS);
/** "Which company …", "What team …": the noun right after which/what. */
const WHICH_NOUN = /\b(?:which|what)\s+([a-z]+)/i;
/** "Who is the new captain of …": what follows "who" and a form of "be". */
const WHO_IS = /^\s*who(?:m)?\s+(?:is|was|are|were|has been|had been|have been|will be|became|becomes)\s+(.+)$/i;
/** An article or a possessive before the noun phrase ("the", "a", "ABC's", "the bank's"). */
const OPENER = /^(?:the|a|an|\S+['’]s?)$/i;
/** Words that end the noun phrase the answer is: prepositions, relatives, participles of naming. */
const PHRASE_END = new Set(
  (
    'of for in at on to that who whom which with by from during when after before as and or whose ' +
    'behind responsible known considered credited called named said'
  ).split(' '),
);

/** The type a noun names, else `any`; a role ("captain", "secretary") names a person. */
function typeOfNoun(noun: string): ExpectedWho {
  if (ORGANIZATION.test(noun)) return 'organization';
  if (PLACE.test(noun)) return 'place';
  if (GROUP.test(noun)) return 'group';
  if (PERSON.test(noun) || ROLE_HEADS.has(noun)) return 'person';
  return 'any';
}

/** The last word of the noun phrase after "who is …": "the new captain of the team" → captain. */
function headAfterWhoIs(rest: string): string | undefined {
  const words = rest
    .toLowerCase()
    .replace(/[?.!]+\s*$/, '')
    .split(/\s+/);
  let first = 0;
  while (first < 2 && OPENER.test(words[first] ?? '')) first++;
  let head: string | undefined;
  for (let i = first; i < words.length; i++) {
    const word = words[i]!.replace(/[,;:]$/, '');
    if (PHRASE_END.has(word) || /['’]s?$/.test(word)) break;
    head = word;
    if (word !== words[i]) break;
  }
  return head;
}

/**
 * The entity type a who-question expects, read off the noun the answer is: the noun after
 * which/what ("which company" → organisation), or the head of the noun phrase after "who is"
 * ("who is the new captain of the football team?" → person, not the team). Nouns elsewhere in
 * the question say nothing of the answer ("who founded the university?"): on the tune parts,
 * reading them typed a question organisation 81 times with 2 organisations among the golds.
 */
export function expectedWho(question: string): ExpectedWho {
  const which = WHICH_NOUN.exec(question)?.[1];
  if (which) return typeOfNoun(which.toLowerCase());
  const rest = WHO_IS.exec(question)?.[1];
  const head = rest === undefined ? undefined : headAfterWhoIs(rest);
  // a bare "who" leaves the type open: the learned type weights carry the prior
  return head === undefined ? 'any' : typeOfNoun(head);
}

/** "What years did the series run?", "in which seasons": a plural time noun asks for a stretch of time. */
const PLURAL_TIME = /\b(?:what|which)\s+(?:years|decades|centuries|seasons)\b/i;

/** Whether a when-question asks for a stretch of time as a whole ("what years …", "how long …"). */
export function asksForSpan(question: string): boolean {
  return PLURAL_TIME.test(question) || /\bhow\s+long\b/i.test(question);
}

/** The units right after "what"/"which": "what month and year", "which month, day and year". */
const ASKED_UNITS =
  /\b(?:what|which)\s+((?:year|month|day|date)(?:\s*(?:,|and|,\s*and)\s*(?:year|month|day|date))*)\b/i;

/** The precision a when-question expects ("what year" → year, "what years" or "how long" → span). */
export function expectedWhen(question: string): ExpectedWhen {
  if (asksForSpan(question)) return 'span';
  // "what month and year", "what month, day and year": the finest unit named asks for that precision
  const units = ASKED_UNITS.exec(question)?.[1]?.toLowerCase();
  if (units) return /\b(?:day|date)\b/.test(units) ? 'day' : /\bmonth\b/.test(units) ? 'month' : 'year';
  if (/\b(?:year|decade|century|era)\b/i.test(question)) return 'year';
  if (/\bmonth\b/i.test(question)) return 'month';
  if (/\b(?:day|date)\b/i.test(question)) return 'day';
  return 'any';
}
