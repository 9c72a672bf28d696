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

const words = (list: string) => new RegExp(`\\b(?:${list})\\b`, 'i');
const ORGANIZATION = words(ORGANIZATION_NOUNS);
const PLACE = words(PLACE_NOUNS);
const GROUP = words(GROUP_NOUNS);
const PERSON = words(PERSON_NOUNS);
/** "Which company …", "What team …": the noun right after which/what. */
const WHICH_NOUN = /\b(?:which|what)\s+([a-z]+)/i;

/** The entity type a who-question expects ("who" + "company" → organisation), else `any`. */
export function expectedWho(question: string): ExpectedWho {
  const which = WHICH_NOUN.exec(question)?.[1];
  const probe = which ?? question;
  if (ORGANIZATION.test(probe)) return 'organization';
  if (PLACE.test(probe)) return 'place';
  if (GROUP.test(probe)) return 'group';
  if (PERSON.test(probe)) return 'person';
  // a bare "who" leaves the type open: the learned type weights carry the prior
  return 'any';
}

/** The precision a when-question expects ("what year" → year, "how long" → span). */
export function expectedWhen(question: string): ExpectedWhen {
  if (/\b(?:year|decade|century|era)\b/i.test(question)) return 'year';
  if (/\bmonth\b/i.test(question)) return 'month';
  if (/\b(?:day|date)\b/i.test(question)) return 'day';
  if (/\bhow\s+long\b/i.test(question)) return 'span';
  return 'any';
}
