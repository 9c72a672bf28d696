import type { EntityMention, EntityType } from '../../types.js';
import type { Term } from './terms.js';
import { COURTESY, NAME_CONNECTORS, NOT_NAMES, ORG_HEADS, PLACE_ALIASES, PLACE_HEADS, ROLE_HEADS, ROLE_MODIFIERS, THING_HEADS } from './words.js';
import { cleanRole, isNameWord, isRoleNoun, isTitleWord, joined, mention, NOT_NAME_TAGS, PERSON_TAGS, PLACE_TAGS, roleAfter, roleBefore, spanText, stripPossessive } from './roles.js';

/** A run of adjacent capitalised words (with connectors) inside one sentence. */
interface Run {
  terms: Term[];
}

/** Names found by the word patterns over compromise's tags (the extractor before the trained tagger). */
export function ruleMentions(terms: Term[], text: string): EntityMention[] {
  return nameRuns(terms).flatMap((run) => classifyRun(run, terms, text));
}

/** A capitalised first word of a sentence followed by a name: "Northrop Grumman CEO …". */
function startsName(term: Term, next: Term | undefined): boolean {
  if (term.position !== 0 || !next || next.sentence !== term.sentence || !joined(term, next)) return false;
  if (!/^\p{Lu}/u.test(term.text) || NOT_NAMES.has(term.lower) || NOT_NAME_TAGS.some((t) => term.tags.has(t))) return false;
  return isNameWord(next);
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
