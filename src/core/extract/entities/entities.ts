import type { EntityMention, EntityType } from '../../types.js';
import { tagTerms, type Term } from './terms.js';
import { COURTESY, NAME_CONNECTORS, NOT_NAMES, ORG_HEADS, PLACE_ALIASES, PLACE_HEADS, ROLE_HEADS, ROLE_MODIFIERS, THING_HEADS } from './words.js';
import { joinMentions } from './canonical.js';

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Address'];
const NOT_NAME_TAGS = ['Date', 'Month', 'WeekDay', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Value', 'Adverb', 'QuestionWord'];

/** A run of adjacent capitalised words (with connectors) inside one sentence. */
interface Run {
  terms: Term[];
}

/**
 * People, organisations and places of a text, with canonical names and roles.
 * Compromise tags the words; the patterns here find where names start and end,
 * what kind they are, and the role the text gives a person.
 */
export function extractEntities(text: string): EntityMention[] {
  const terms = tagTerms(text);
  const mentions: EntityMention[] = [];
  for (const run of nameRuns(terms)) mentions.push(...classifyRun(run, terms, text));
  return joinMentions(text, mentions);
}

function isNameWord(term: Term): boolean {
  const first = term.text[0];
  if (!first || !/\p{Lu}/u.test(first)) return false;
  if (term.tags.has('ProperNoun') || PERSON_TAGS.some((t) => term.tags.has(t)) || term.tags.has('Organization') || PLACE_TAGS.some((t) => term.tags.has(t))) {
    return !NOT_NAMES.has(stripPossessive(term.lower)) || COURTESY.has(term.lower.replace(/\.$/, ''));
  }
  if (NOT_NAME_TAGS.some((t) => term.tags.has(t))) return false;
  if (NOT_NAMES.has(stripPossessive(term.lower)) && !COURTESY.has(term.lower.replace(/\.$/, ''))) return false;
  return term.position > 0 || term.tags.has('Acronym') || ROLE_HEADS.has(term.lower) || ORG_HEADS.has(term.lower);
}

/** A capitalised first word of a sentence followed by a name: "Northrop Grumman CEO …". */
function startsName(term: Term, next: Term | undefined): boolean {
  if (term.position !== 0 || !next || next.sentence !== term.sentence || !joined(term, next)) return false;
  if (!/^\p{Lu}/u.test(term.text) || NOT_NAMES.has(term.lower) || NOT_NAME_TAGS.some((t) => term.tags.has(t))) return false;
  return isNameWord(next);
}

/** Only spaces between the two words (or an abbreviation's period). */
function joined(term: Term, next?: Term): boolean {
  if (next && next.pre.trim() !== '') return false;
  const post = term.post;
  if (/^\s*$/.test(post)) return true;
  return /^\.\s*$/.test(post) && (COURTESY.has(term.lower) || /^\p{Lu}$/u.test(term.text) || term.tags.has('Abbreviation'));
}

function nameRuns(terms: Term[]): Run[] {
  const runs: Run[] = [];
  let current: Term[] = [];
  const close = () => {
    while (current.length && NAME_CONNECTORS.has(current[current.length - 1]!.lower)) current.pop();
    if (current.length) runs.push({ terms: current });
    current = [];
  };
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const previous = current[current.length - 1];
    const continues = previous !== undefined && previous.sentence === term.sentence && joined(previous, term);
    const next = terms[i + 1];
    if (isNameWord(term) || startsName(term, next)) {
      if (!continues) close();
      current.push(term);
      if (term.lower.endsWith("'s") || term.lower.endsWith('’s')) close();
      continue;
    }
    if (continues && NAME_CONNECTORS.has(term.lower) && joined(term, next) && next && next.sentence === term.sentence && (isNameWord(next) || next.lower === 'the')) {
      current.push(term);
      continue;
    }
    close();
  }
  close();
  return runs;
}

function classifyRun(run: Run, all: Term[], text: string): EntityMention[] {
  const terms = run.terms;
  const thing = THING_HEADS.has(stripPossessive(terms[terms.length - 1]!.lower));
  const personEnd = thing ? -1 : lastIndexWhere(terms, (t) => /^\p{L}/u.test(t.text) && PERSON_TAGS.some((tag) => t.tags.has(tag)) && !isTitleWord(t));
  if (personEnd >= 0) {
    let personIndex = personEnd;
    // extend left over first names and initials, never over a title word or past "of"
    while (personIndex > 0) {
      const left = terms[personIndex - 1]!;
      const beforeLeft = terms[personIndex - 2];
      if (isTitleWord(left) || ['of', 'for', 'the', '&'].includes(left.lower) || PLACE_TAGS.some((tag) => left.tags.has(tag) && !left.tags.has('Person'))) break;
      if (beforeLeft && NAME_CONNECTORS.has(beforeLeft.lower) && !PERSON_TAGS.some((tag) => left.tags.has(tag))) break;
      if (beforeLeft && ['of', 'for', 'the'].includes(beforeLeft.lower)) break;
      personIndex--;
    }
    let end = personEnd + 1;
    // a suffix after the surname ("Jr.") stays with the name
    while (end < terms.length && /^(?:jr|sr|ii|iii|iv)\.?$/i.test(terms[end]!.text)) end++;
    const nameTerms = terms.slice(personIndex, end);
    const prefix = terms.slice(0, personIndex);
    const out: EntityMention[] = [person(nameTerms, prefix, all, text)];
    const rest = terms.slice(end).filter((t, i) => i > 0 || !NAME_CONNECTORS.has(t.lower));
    if (rest.length) out.push(...classifyRun({ terms: rest }, all, text));
    out.push(...organizationBeforeRole(prefix, text));
    return out.filter((m): m is EntityMention => m !== null);
  }
  const cleaned = dropLeadingThe(terms);
  if (cleaned.length === 0) return [];
  const lowers = cleaned.map((t) => stripPossessive(t.lower));
  const surface = spanText(text, cleaned);
  if (lowers.some((w) => ROLE_HEADS.has(w)) && !lowers.some((w) => ORG_HEADS.has(w))) {
    // a role on its own ("The Minister of Defense"): not an entity, but places inside count
    return placesInside(cleaned, text).concat(organizationBeforeRole(cleaned, text));
  }
  const type = runType(cleaned) ?? (namedAfterRoleNoun(cleaned, all) ? 'person' : guessType(cleaned, all, terms));
  if (!type) return [];
  const out = mention(type, cleaned, text, surface);
  if (type === 'person') {
    const role = roleBefore([], all, cleaned[0]!, text);
    if (role) out.role = role;
  }
  return [out];
}

/**
 * The kind of a capitalised name the tagger knew nothing of, from where it stands:
 * "the Broncos" and "Denver Broncos" are teams or bodies; "DeMarcus Ware" and
 * "Newton was sacked" are people.
 */
function guessType(terms: Term[], all: Term[], run: Term[]): EntityType | null {
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  const at = all.indexOf(run[0]!);
  const previous = at > 0 ? all[at - 1] : undefined;
  const next = all[all.indexOf(last) + 1];
  const sameSentence = (t: Term | undefined): t is Term => t !== undefined && t.sentence === first.sentence;
  if (terms.some((t) => NAME_CONNECTORS.has(t.lower) || isTitleWord(t) || /\d|['’](?:ve|re|ll|d|m|t)$/.test(t.text))) return null;
  if (terms.length === 1 && ['Adjective', 'Demonym', 'Pronoun', 'Verb'].some((tag) => first.tags.has(tag))) return null;
  if (first.position === 0 && terms.length === 1 && !first.tags.has('ProperNoun') && !namesInText(all).has(first.text)) return null;
  const plural = /[^s]s$/.test(last.lower) && !/(?:ss|us|is)$/.test(last.lower);
  if (sameSentence(previous) && previous.lower === 'the') return terms.length > 1 || plural ? 'organization' : null;
  if (plural) return 'organization';
  if (terms.length >= 2 && terms.length <= 3) return 'person';
  const followedByVerb = sameSentence(next) && next.tags.has('Verb') && !next.tags.has('Gerund') && joined(last, next);
  const afterAgent = sameSentence(previous) && ['by', 'and', 'with', 'from', 'to'].includes(previous.lower);
  const gerundAfter = sameSentence(next) && next.tags.has('Gerund') && joined(last, next);
  return followedByVerb || afterAgent || (gerundAfter && namesInText(all).has(first.text)) || (sameSentence(previous) && previous.tags.has('Gerund') && namesInText(all).has(first.text)) ? 'person' : null;
}

const nameCache = new WeakMap<Term[], Set<string>>();

/** Capitalised words that stand inside sentences and never in lower case: names, wherever they stand. */
function namesInText(all: Term[]): Set<string> {
  let names = nameCache.get(all);
  if (!names) {
    const lower = new Set(all.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.lower));
    names = new Set(all.filter((t) => t.position > 0 && /^\p{Lu}\p{Ll}/u.test(t.text) && !lower.has(t.lower) && !NOT_NAMES.has(t.lower)).map((t) => t.text));
    nameCache.set(all, names);
  }
  return names;
}

/**
 * A capitalised name the tagger could not place, right after a lower-case noun that
 * describes a person: "defensive tackle Kawann Short", "quarterback Manning".
 */
function namedAfterRoleNoun(terms: Term[], all: Term[]): boolean {
  if (terms.length > 3 || terms.some((t) => NAME_CONNECTORS.has(t.lower) || isTitleWord(t) || t.tags.has('Acronym'))) return false;
  const before = all[all.indexOf(terms[0]!) - 1];
  if (!before || before.sentence !== terms[0]!.sentence || !joined(before, terms[0])) return false;
  return isRoleNoun(before);
}

/** A lower-case common noun for a person's job or part: "tackle", "linebacker", "analyst". */
function isRoleNoun(term: Term): boolean {
  if (!/^\p{Ll}/u.test(term.text)) return false;
  if (ROLE_HEADS.has(term.lower) || term.tags.has('Actor')) return true;
  return term.tags.has('Noun') && term.tags.has('Singular') && !term.tags.has('Pronoun') && !NAME_CONNECTORS.has(term.lower) && !NOT_NAMES.has(term.lower);
}

function isTitleWord(term: Term): boolean {
  const word = stripPossessive(term.lower).replace(/\.$/, '');
  return term.tags.has('Honorific') || COURTESY.has(word) || ROLE_HEADS.has(word) || ROLE_MODIFIERS.has(word) || ORG_HEADS.has(word);
}

function lastIndexWhere<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

function runType(terms: Term[]): EntityType | null {
  const lowers = terms.map((t) => stripPossessive(t.lower));
  const whole = lowers.join(' ');
  const head = lowers[lowers.length - 1]!;
  if (THING_HEADS.has(head)) return PLACE_HEADS.has(head) ? 'place' : null;
  if (PLACE_ALIASES.has(whole)) return 'place';
  if (lowers.some((w) => ORG_HEADS.has(w)) || terms.some((t) => t.tags.has('Organization') || t.tags.has('SportsTeam'))) return 'organization';
  if (terms.every((t) => PLACE_TAGS.some((tag) => t.tags.has(tag)) || NAME_CONNECTORS.has(t.lower))) return 'place';
  if (terms.length === 1 && /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(terms[0]!.text.replace(/[’']s$/, '')) && !/^[-\d]/.test(terms[0]!.post)) return 'organization';
  if (terms.some((t) => PLACE_TAGS.some((tag) => t.tags.has(tag))) && terms.length <= 3) return 'place';
  return null;
}

function person(nameTerms: Term[], prefix: Term[], all: Term[], text: string): EntityMention {
  const mentionOut = mention('person', nameTerms, text, spanText(text, nameTerms));
  const role = roleBefore(prefix, all, nameTerms[0]!, text) ?? roleAfter(nameTerms[nameTerms.length - 1]!, text);
  if (role) mentionOut.role = role;
  return mentionOut;
}

/** "US Secretary of Defense James Mattis", "UBS analyst David Strauss", "the Minister of Defense, Colonel General Zakir Hasanov". */
function roleBefore(prefix: Term[], all: Term[], first: Term, text: string): string | undefined {
  let index = all.indexOf(first) - 1;
  const taken: Term[] = [];
  // courtesy titles are dropped; ranks and roles in the run are kept
  let k = prefix.length - 1;
  while (k >= 0 && COURTESY.has(prefix[k]!.lower.replace(/\.$/, ''))) {
    k--;
    index--;
  }
  for (; index >= 0; index--) {
    const term = all[index]!;
    if (term.sentence !== first.sentence || !joined(term)) break;
    const initial = term.position === 0 && /^\p{Lu}/u.test(term.text) && !NOT_NAMES.has(term.lower);
    if (isNameWord(term) || initial || ROLE_HEADS.has(term.lower) || ROLE_MODIFIERS.has(term.lower) || (NAME_CONNECTORS.has(term.lower) && taken.length > 0 && term.lower !== 'the')) {
      taken.unshift(term);
      continue;
    }
    // one plain noun right before the name is a role too: "linebacker Von Miller", "tight end Owen Daniels"
    if (taken.length === 0 && isRoleNoun(term)) {
      taken.unshift(term);
      const modifier = all[index - 1];
      if (modifier && modifier.sentence === term.sentence && joined(modifier, term) && /^\p{Ll}/u.test(modifier.text) && (modifier.tags.has('Adjective') || modifier.tags.has('Noun')) && !NOT_NAMES.has(modifier.lower)) {
        taken.unshift(modifier);
        index--;
      }
      continue;
    }
    break;
  }
  while (taken.length && NAME_CONNECTORS.has(taken[0]!.lower)) taken.shift();
  const hasHead = taken.some((t) => ROLE_HEADS.has(stripPossessive(t.lower)) || (/^\p{Ll}/u.test(t.text) && isRoleNoun(t)));
  const direct = hasHead ? cleanRole(spanText(text, taken)) : undefined;
  // an appositive before the name: "the Minister of Defense of the Republic of Azerbaijan, Colonel General Zakir Hasanov"
  const comma = all[index];
  if (comma && comma.sentence === first.sentence && /^,\s*$/.test(comma.post)) {
    const appositive: Term[] = [];
    for (let j = index; j >= 0; j--) {
      const term = all[j]!;
      if (term.sentence !== first.sentence || (j !== index && !joined(term))) break;
      const connector = NAME_CONNECTORS.has(term.lower) && (term.lower !== 'the' || NAME_CONNECTORS.has(all[j - 1]?.lower ?? ''));
      if (isNameWord(term) || ROLE_HEADS.has(term.lower) || ROLE_MODIFIERS.has(term.lower) || (connector && appositive.length > 0)) {
        appositive.unshift(term);
        continue;
      }
      break;
    }
    while (appositive.length && NAME_CONNECTORS.has(appositive[0]!.lower)) appositive.shift();
    if (appositive.some((t) => ROLE_HEADS.has(stripPossessive(t.lower)))) return cleanRole(spanText(text, appositive));
  }
  return direct;
}

const ROLE_AFTER = /^,\s+(?:the\s+|a\s+|an\s+)?([^,;:()“”"]{3,90}?)(?=,|;|\s+(?:said|says|told|noted|added|stated|explained)\b)/;

/** "Laura Cooper, the US Deputy Assistant Secretary of Defense, said". */
function roleAfter(last: Term, text: string): string | undefined {
  const after = text.slice(last.end, last.end + 120);
  const match = ROLE_AFTER.exec(after.replace(/^[’']s/, ''));
  if (!match) return undefined;
  const words = match[1]!.toLowerCase().split(/\s+/);
  if (words.length > 10 || !words.some((w) => ROLE_HEADS.has(w.replace(/[^a-z-]/g, '')))) return undefined;
  if (/\b(?:who|which|that|was|is|has|had|and|quoting|citing)\b/.test(match[1]!) || /^\S+ing\b/.test(match[1]!)) return undefined;
  return cleanRole(match[1]!);
}

function cleanRole(role: string): string | undefined {
  const cleaned = role.replace(/\s+/g, ' ').replace(/^(?:the|a|an)\s+/i, '').replace(/[’']s$/, '').replace(/[\s,.;:]+$/, '').trim();
  return cleaned.length >= 2 ? cleaned : undefined;
}

/** "Northrop Grumman CEO" → Northrop Grumman, an organisation. */
function organizationBeforeRole(prefix: Term[], text: string): EntityMention[] {
  const roleAt = prefix.findIndex((t) => ROLE_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower));
  if (roleAt <= 0) return [];
  const head = dropLeadingThe(prefix.slice(0, roleAt)).filter((t) => !COURTESY.has(t.lower));
  if (head.length === 0 || head.some((t) => NAME_CONNECTORS.has(t.lower))) return [];
  const type = PLACE_ALIASES.has(head.map((t) => t.lower).join(' ')) || head.every((t) => PLACE_TAGS.some((tag) => t.tags.has(tag))) ? 'place' : 'organization';
  return [mention(type, head, text, spanText(text, head))];
}

function placesInside(terms: Term[], text: string): EntityMention[] {
  return terms
    .filter((t) => PLACE_TAGS.some((tag) => t.tags.has(tag)) || PLACE_ALIASES.has(t.lower))
    .map((t) => mention('place', [t], text, spanText(text, [t])));
}

function dropLeadingThe(terms: Term[]): Term[] {
  let i = 0;
  while (i < terms.length && (terms[i]!.lower === 'the' || COURTESY.has(terms[i]!.lower))) i++;
  return terms.slice(i);
}

function mention(type: EntityType, terms: Term[], text: string, surface: string): EntityMention {
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

function spanText(text: string, terms: Term[]): string {
  return text.slice(terms[0]!.start, terms[terms.length - 1]!.end).replace(/\s+/g, ' ');
}

function stripPossessive(word: string): string {
  return word.replace(/[’']s$/, '');
}
