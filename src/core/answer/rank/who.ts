import { demonymWords } from '../../extract/ner/gazetteer.js';
import { initialsOf, spelledOut } from '../../text/initialisms.js';
import { withoutLegalForm } from '../../text/legalForms.js';
import { STOP_WORDS, termsOf } from '../../text/terms.js';
import type { Annotations, EntityMention } from '../../types.js';
import type { ParsedQuery } from '../query.js';
import { namesInModifier } from './attributive.js';
import { CandidatePool, type RankCandidate } from './candidates.js';
import { asksPlural, coordinations } from './coordinated.js';
import { inAskedRole } from './askedRole.js';
import { expectedWho, type ExpectedWho } from './expected.js';
import { inQuotation, shareInQuestion, spanFeatures, type Features, type HitContext } from './features.js';
import { leadershipTerms, SECOND_IN_COMMAND } from './leadership.js';
import { namePhrases, opensSentence } from './names.js';
import { pairedPeople } from './pairedPeople.js';
import { groupPhrases, namesPeople, type GroupPhrase } from './phrases.js';
import { styledName } from './styledName.js';
import { asksWhose, possessiveLength } from './whoseAsked.js';

/** Group and role phrases are read from this many of the best passages only (they cost a pass over the words). */
const PHRASE_PASSAGES = 10;

type CandidateType = EntityMention['type'] | 'group';

/** The role each entity of a report is given (first one found). */
export function rolesOf(entities: EntityMention[]): Map<string, string> {
  const roles = new Map<string, string>();
  for (const m of entities) if (m.role && !roles.has(m.text)) roles.set(m.text, m.role);
  return roles;
}

/** F1 of the question's terms against the role's terms: "US Secretary of Defense" fits Mattis better than Cooper. */
export function roleMatch(asked: string[], role: string): number {
  const { query: queryTerms, role: roleTerms } = leadershipTerms(spelledOut(asked), spelledOut(termsOf(role)));
  if (roleTerms.length === 0 || queryTerms.length === 0) return 0;
  // a vice chairman or a deputy secretary is not the chairman or the secretary asked for
  if (roleTerms.some((t) => SECOND_IN_COMMAND.has(t) && !queryTerms.includes(t))) return 0;
  // the Brazilian finance minister is not the Japanese one asked for
  const askedPeoples = queryTerms.filter(isDemonymTerm);
  const rolePeoples = roleTerms.filter(isDemonymTerm);
  if (askedPeoples.length > 0 && rolePeoples.length > 0 && !rolePeoples.some((t) => askedPeoples.includes(t))) return 0;
  const roleSet = new Set(roleTerms);
  const overlap = queryTerms.filter((t) => roleSet.has(t)).length;
  if (overlap === 0) return 0;
  const precision = overlap / roleTerms.length;
  const recall = overlap / queryTerms.length;
  return (2 * precision * recall) / (precision + recall);
}

let demonyms: Set<string> | undefined;

/** Whether an index term is a people's adjective the word lists hold ("japanes", "brazilian"). */
function isDemonymTerm(term: string): boolean {
  demonyms ??= new Set(demonymWords().flatMap((word) => termsOf(word)));
  return demonyms.has(term);
}

/**
 * The question names this entity ("Who met Laura Cooper?" is not answered by Laura Cooper). A
 * company's legal form is seldom asked: "the Velmont Stores bonds" names Velmont Stores Inc.
 */
export function namedInQuery(name: string, parsed: ParsedQuery): boolean {
  const nameTerms = termsOf(withoutLegalForm(name));
  if (nameTerms.length === 0) return false;
  const queryTerms = new Set(parsed.terms);
  const all = nameTerms.every((t) => queryTerms.has(t));
  const some = nameTerms.some((t) => queryTerms.has(t));
  const last = queryTerms.has(nameTerms[nameTerms.length - 1]!);
  const surnameAsked = last && !onlyInOtherNames(name, parsed.raw);
  return (
    all || (some && nameTerms.length > 1 && parsed.terms.length > 1 && surnameAsked) || abbreviatedIn(name, parsed.raw)
  );
}

/** A run of capitalised words in a question ("Kearney Boulevard", "Tom Hale"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu;

/**
 * The question writes the name's last word only inside a longer name of something else: "Who
 * founded Woodward Park?" does not name Ralph Woodward, "Who is Kearney Boulevard named after?"
 * not M. Theo Kearney. Things are often named after the people a report names in full.
 */
function onlyInOtherNames(name: string, question: string): boolean {
  const words = name.split(/\s+/);
  const surname = words[words.length - 1]!.toLowerCase();
  const own = new Set(words.map((w) => w.toLowerCase()));
  let found = false;
  for (const run of question.matchAll(CAPITALISED_RUN)) {
    // a capitalised opening word ("After Hale resigned, …") is no part of a name
    const runWords = run[0]
      .split(/\s+/)
      .map((w) => w.toLowerCase().replace(/['’]s$/, ''))
      .filter((w, i) => i > 0 || !STOP_WORDS.has(w));
    if (!runWords.includes(surname)) continue;
    found = true;
    if (runWords.every((w) => own.has(w))) return false;
  }
  return found;
}

/**
 * The question writes the name as its initials: "Who did the FCC rule for?" names the Federal
 * Communications Commission, "in the US" the United States.
 */
export function abbreviatedIn(name: string, question: string): boolean {
  const initials = initialsOf(name);
  if (!initials) return false;
  const abbreviations: string[] = question.replace(/\./g, '').match(/\b\p{Lu}{2,}\b/gu) ?? [];
  return abbreviations.includes(initials);
}

/** Type features: the candidate's type and whether it is the one the question asks for. */
function typeFeatures(type: CandidateType, expected: ExpectedWho): Features {
  const agrees = expected !== 'any' && (type === expected || (expected === 'group' && type === 'organization'));
  return { [type]: 1, typeAgrees: agrees ? 1 : 0, typeDisagrees: expected !== 'any' && !agrees ? 1 : 0 };
}

/** Every person, organisation, place and group phrase of the passages, with its features. */
export function whoCandidates(
  contexts: HitContext[],
  annotated: Array<Annotations | null>,
  parsed: ParsedQuery,
  maxCitations: number,
): RankCandidate[] {
  const pool = new CandidatePool(maxCitations);
  const expected = expectedWho(parsed.raw);
  const asking: Asking = { parsed, expected, asked: new Set(parsed.terms) };
  const whose = asksWhose(parsed.raw);
  contexts.forEach((context, i) => {
    const annotations = annotated[i];
    if (!annotations) return;
    const { hit } = context;
    const inQuote = (s: { start: number; end: number }) => inQuotation(annotations, s);
    const roles = rolesOf(annotations.entities);
    const pairs = pairedPeople(annotations.entities, hit.passage.text, hit.passage.start);
    const askedRoles = annotations.entities.flatMap((m) => (m.role && namedInQuery(m.text, parsed) ? [m.role] : []));
    const taken: Array<{ start: number; end: number }> = [];
    for (const mention of annotations.entities) {
      if (mention.start < hit.passage.start || mention.end > hit.passage.end || namedInQuery(mention.text, parsed))
        continue;
      const at = mention.end - hit.passage.start;
      if (namesInModifier(hit.passage.text.slice(at, at + 40))) continue;
      taken.push(mention);
      const role = roles.get(mention.text);
      const features: Features = {
        ...spanFeatures(context, mention, inQuote(mention)),
        ...typeFeatures(mention.type, expected),
        role: role ? 1 : 0,
        roleMatch: role ? roleMatch(parsed.terms, role) : 0,
        words: Math.min(termsOf(mention.text).length, 5) / 5,
        opensSentence: opensSentence(hit.passage.text, mention.start - hit.passage.start) ? 1 : 0,
        // the full name the report gives is one word: a capital the tagger may have misread
        oneWord: /\s/.test(mention.text) ? 0 : 1,
        inAskedRole: inAskedRole(mention.text, askedRoles) ? 1 : 0,
      };
      // two people named together answer together, unless the question names one of them; the
      // candidate and its features stay the mention's, only the answer's words and highlight grow
      const pair = pairs.get(mention);
      const paired = pair && !namedInQuery((pair.first === mention ? pair.second : pair.first).text, parsed);
      const span = paired ? { start: pair.start, end: pair.end } : mention;
      const name = paired
        ? hit.passage.text.slice(pair.start - hit.passage.start, pair.end - hit.passage.start)
        : mention.text;
      // "Queen Margaret": a person's title of address is part of the answer, not of the tagged name
      const styled =
        mention.type === 'person'
          ? styledName(name, hit.passage.text.slice(0, span.start - hit.passage.start))
          : { text: name, lead: 0 };
      // "whose army …": the owner as written, "Napoleon's"
      const spanEnd = span.end - hit.passage.start;
      const owner = whose ? possessiveLength(name, hit.passage.text.slice(spanEnd)) : 0;
      const text = owner ? styled.text + hit.passage.text.slice(spanEnd, spanEnd + owner) : styled.text;
      const make = () => ({ text, score: 0, type: mention.type, ...(role ? { role } : {}) });
      const cited = { start: span.start - styled.lead, end: span.end + owner };
      pool.add(`${mention.type}:${mention.text.toLowerCase()}`, make, features, hit, cited);
    }
    addPeopleLists(pool, context, annotations.entities, asking, inQuote);
    if (context.rank < PHRASE_PASSAGES) {
      addNames(pool, context, { taken, roles: [...roles.values()] }, parsed, inQuote);
      addGroups(pool, context, taken, asking, inQuote);
    }
  });
  return pool.list();
}

/** What the question asks: as parsed, the type of answer it expects, and its terms. */
interface Asking {
  parsed: ParsedQuery;
  expected: ExpectedWho;
  asked: Set<string>;
}

/** Features of a list as one answer: that it is one, and whether the question asks in the plural. */
function listFeatures(parsed: ParsedQuery): Features {
  return { coordinated: 1, coordinatedPlural: asksPlural(parsed.raw) ? 1 : 0 };
}

/**
 * Three or more people a passage names as one list ("Ann Roe, Tom Hale and Ida Berg"), as an
 * answer beside each of them; two are a pair, which the mention's own answer already reads.
 */
function addPeopleLists(
  pool: CandidatePool,
  context: HitContext,
  entities: EntityMention[],
  { parsed, expected }: Asking,
  inQuote: (s: { start: number; end: number }) => boolean,
): void {
  const { passage } = context.hit;
  const people = entities
    .filter((m) => m.type === 'person' && m.start >= passage.start && m.end <= passage.end)
    .sort((a, b) => a.start - b.start);
  for (const list of coordinations(passage.text, people, passage.start, 3)) {
    const members = people.filter((m) => m.start >= list.start && m.end <= list.end);
    if (members.some((m) => namedInQuery(m.text, parsed))) continue;
    const text = passage.text.slice(list.start - passage.start, list.end - passage.start);
    const features: Features = {
      ...spanFeatures(context, list, inQuote(list)),
      ...typeFeatures('person', expected),
      words: 1,
      opensSentence: opensSentence(passage.text, list.start - passage.start) ? 1 : 0,
      ...listFeatures(parsed),
    };
    pool.add(`people:${text.toLowerCase()}`, () => ({ text, score: 0, type: 'person' }), features, context.hit, list);
  }
}

function addGroups(
  pool: CandidatePool,
  context: HitContext,
  taken: Array<{ start: number; end: number }>,
  asking: Asking,
  inQuote: (s: { start: number; end: number }) => boolean,
): void {
  const { hit } = context;
  const { asked, expected } = asking;
  const kept: GroupPhrase[] = [];
  for (const phrase of groupPhrases(hit.passage.text)) {
    const span = { start: hit.passage.start + phrase.start, end: hit.passage.start + phrase.end };
    // a name may be the modifier of a group of people ("Lisbon traders", "Porto merchants")
    const people = namesPeople(phrase.text);
    const crosses = (t: { start: number; end: number }) =>
      span.start < t.end && t.start < span.end && !(people && t.start >= span.start && t.end < span.end);
    if (taken.some(crosses)) continue;
    const terms = termsOf(phrase.text);
    if (shareInQuestion(terms, asked) === 1) continue;
    const features: Features = {
      ...spanFeatures(context, span, inQuote(span)),
      ...typeFeatures('group', expected),
      inQuestion: shareInQuestion(terms, asked),
      words: Math.min(terms.length, 5) / 5,
      namesPeople: people ? 1 : 0,
      modified: phrase.modified ? 1 : 0,
    };
    pool.add(`group:${phrase.text.toLowerCase()}`, () => ({ text: phrase.text, score: 0 }), features, hit, span);
    kept.push(phrase);
  }
  addGroupLists(pool, context, longestEach(kept), asking, inQuote);
}

/** Of the phrases ending on one head, the longest reading ("some teachers" over "teachers"). */
function longestEach(phrases: GroupPhrase[]): GroupPhrase[] {
  const byEnd = new Map<number, GroupPhrase>();
  for (const p of phrases) if ((byEnd.get(p.end)?.start ?? Infinity) > p.start) byEnd.set(p.end, p);
  return [...byEnd.values()].sort((a, b) => a.start - b.start);
}

/** Group phrases a passage joins as one list ("cost engineers and estimators"), as answers beside each. */
function addGroupLists(
  pool: CandidatePool,
  context: HitContext,
  phrases: GroupPhrase[],
  asking: Asking,
  inQuote: (s: { start: number; end: number }) => boolean,
): void {
  const { passage } = context.hit;
  // phrases are offsets into the passage's text: the passage starts at 0 among them
  for (const list of coordinations(passage.text, phrases, 0)) {
    const text = passage.text.slice(list.start, list.end);
    const members = phrases.filter((p) => p.start >= list.start && p.end <= list.end);
    const span = { start: passage.start + list.start, end: passage.start + list.end };
    const terms = termsOf(text);
    const features: Features = {
      ...spanFeatures(context, span, inQuote(span)),
      ...typeFeatures('group', asking.expected),
      inQuestion: shareInQuestion(terms, asking.asked),
      words: Math.min(terms.length, 5) / 5,
      namesPeople: members.some((p) => namesPeople(p.text)) ? 1 : 0,
      ...listFeatures(asking.parsed),
    };
    pool.add(`group:${text.toLowerCase()}`, () => ({ text, score: 0 }), features, context.hit, span);
  }
}

/** What the entities of a passage already cover: their spans, and the roles the report gives them. */
interface Covered {
  taken: Array<{ start: number; end: number }>;
  roles: string[];
}

/**
 * Capitalised names the entity tagger left untyped, as candidates of their own kind; a title the
 * report gives an entity ("US Deputy Assistant Secretary of Defense") is that entity's role, not a name.
 */
function addNames(
  pool: CandidatePool,
  context: HitContext,
  { taken, roles }: Covered,
  parsed: ParsedQuery,
  inQuote: (s: { start: number; end: number }) => boolean,
): void {
  const { hit } = context;
  for (const name of namePhrases(hit.passage.text)) {
    const span = { start: hit.passage.start + name.start, end: hit.passage.start + name.end };
    if (taken.some((t) => span.start < t.end && t.start < span.end) || namedInQuery(name.text, parsed)) continue;
    if (roles.some((role) => role.includes(name.text))) continue;
    const features: Features = {
      ...spanFeatures(context, span, inQuote(span)),
      untyped: 1,
      words: Math.min(termsOf(name.text).length, 5) / 5,
    };
    pool.add(`name:${name.text.toLowerCase()}`, () => ({ text: name.text, score: 0 }), features, hit, span);
  }
}
