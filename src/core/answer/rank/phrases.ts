import { SEASONS } from '../../extract/dates/seasons.js';
import { ROLE_HEADS } from '../../extract/entities/words.js';
import { isActor } from '../../extract/ner/gazetteer.js';
import { lexiconTags } from '../../text/lexicon.js';
import { nounKind, type NounKind } from '../../text/nounKinds.js';
import { isAnyPreposition, isNotNoun } from '../../text/notNoun.js';
import { processTerm, wordsWithOffsets } from '../../text/terms.js';
import { opensSentence } from './names.js';

/** A noun phrase that names a group or a role ("the Florida legislature", "bishops"), as offsets into its text. */
export interface GroupPhrase {
  text: string;
  start: number;
  end: number;
  /** The phrase with the describing word and quantifier before it ("elderly nurses", "other guilds"). */
  modified?: boolean;
}

/** Singular nouns that name a body of people; general English, not words of any data set. */
const BODY_NOUNS = new Set([
  'council',
  'legislature',
  'government',
  'committee',
  'court',
  'parliament',
  'congress',
  'senate',
  'police',
  'army',
  'public',
  'church',
  'board',
  'assembly',
  'administration',
  'military',
  'navy',
  'family',
  'jury',
  'clergy',
  'crew',
  'staff',
  'faculty',
  'electorate',
  'opposition',
  'cabinet',
  'regime',
  'monarchy',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'many',
  'some',
  'all',
  'several',
  'most',
  'these',
  'those',
]);
/** Plural-looking endings that are not plurals ("glass", "bus", "basis", "famous", "politics"). */
const NOT_PLURAL = /(?:ss|us|is|ics|ous)$/;
const MAX_MODIFIERS = 3;
const NUMBER = /^\d/;
const NUMBER_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozen',
  'hundred',
  'thousand',
  'million',
]);

type Word = { word: string; start: number; end: number };

/**
 * Endings of English nouns that name people by what they do or are ("teachers", "engineers",
 * "scientists", "Christians", "residents", "employees", "chairmen", "actresses"); "-ments" names things.
 */
const PERSON_ENDING = /(?:[^m]ents?|ers?|ors?|ists?|ians?|ants?|ees?|m[ae]n|esses)$/;
/** Plurals of people that no ending shows: general English. */
const PEOPLE_WORDS = new Set([
  'people',
  'children',
  'parents',
  'individuals',
  'professionals',
  'girls',
  'boys',
  'friends',
  // bodies and groups of people by what they are: general English
  'officials',
  'troops',
  'fans',
  'nurses',
  'representatives',
  'families',
  'couples',
  'groups',
  'parties',
  'governments',
  'authorities',
  'agencies',
  'unions',
  'teams',
  'clubs',
  'tribes',
  'crowds',
  'communities',
  'banks',
  'companies',
  'firms',
  'states',
  'countries',
  'nations',
  'allies',
  'rebels',
  'militants',
  'forces',
]);

/** The last word of a phrase, lower case: the head noun of a group phrase. */
function headOf(phrase: string): string {
  return (
    phrase
      .split(/[\s-]+/)
      .pop()
      ?.toLowerCase() ?? ''
  );
}

/**
 * Whether a group phrase's last word names people ("the city council", "elderly nurses") rather
 * than things ("plans", "drawings"): a body noun, a plural of people, a noun WordNet reads as a
 * person or a group, else a person ending or a person's noun in compromise's lexicon.
 */
export function namesPeople(phrase: string): boolean {
  const head = headOf(phrase);
  if (BODY_NOUNS.has(head) || PEOPLE_WORDS.has(head)) return true;
  // WordNet settles most nouns: "analysts" name people, "numbers" and "incidents" do not
  const kind = kindOfPlural(head);
  if (kind) return kind !== 'thing';
  return PERSON_ENDING.test(head) || singularForms(head).some(isActor);
}

/** What a plural (or singular) noun names, read from the first of its forms that WordNet settles. */
function kindOfPlural(word: string): NounKind | undefined {
  for (const form of singularForms(word)) {
    const kind = nounKind(form);
    if (kind) return kind;
  }
  return undefined;
}

/** The singulars a plural may come from: "bishops" → bishop, "deputies" → deputy, "clergymen" → clergyman. */
function singularForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('men')) forms.push(`${word.slice(0, -3)}man`);
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

/** Plurals of people without an -s: general English. */
const PEOPLE_PLURALS = new Set(['people', 'children', 'folk']);
/** Words in -men that are no plural of people ("specimen", "omen"): general English. */
const NOT_PEOPLE_MEN = new Set([
  'specimen',
  'abdomen',
  'omen',
  'amen',
  'regimen',
  'acumen',
  'stamen',
  'semen',
  'bitumen',
  'albumen',
  'lumen',
  'hymen',
]);

/** Money: "billions of dollars" names no one ("millions" may: "millions watched"). General English. */
const MONEY_WORDS = new Set([
  'dollars',
  'euros',
  'pounds',
  'cents',
  'pence',
  'francs',
  'marks',
  'pesos',
  'rupees',
  'rubles',
  'roubles',
  'yuan',
]);

function isHead(word: string): boolean {
  if (!/^[a-z]{3,}$/.test(word) || processTerm(word) === null || MONEY_WORDS.has(word)) return false;
  if (BODY_NOUNS.has(word) || PEOPLE_PLURALS.has(word)) return true;
  // "women", "firemen", "businessmen"
  if (word.endsWith('men') && !NOT_PEOPLE_MEN.has(word)) return true;
  return word.endsWith('s') && !NOT_PLURAL.test(word) && !isNotNoun(word);
}

/** A word as a head noun reads it: lower case where only its place at a sentence's start capitalises it. */
function headForm(text: string, word: Word): string {
  return /^\p{Lu}\p{Ll}+$/u.test(word.word) && opensSentence(text, word.start) ? word.word.toLowerCase() : word.word;
}

/** Endings of singular nouns that name a person by what they do ("surveyor", "engineer", "historian"). */
const ONE_PERSON_ENDING = /(?:er|or|ist|ian)$/;

/**
 * A singular noun naming one person by role ("owner", "inspector", "surveyor"): a phrase only after
 * a determiner. A season has a person's ending but names a time ("the summer", "the winter").
 */
function isRoleHead(word: string): boolean {
  return (
    /^[a-z]{4,}$/.test(word) &&
    processTerm(word) !== null &&
    !Object.hasOwn(SEASONS, word) &&
    // "the list", "the quarter" end as "analyst" and "owner" do, but WordNet reads them as things
    (ROLE_HEADS.has(word) || (ONE_PERSON_ENDING.test(word) && !isNotNoun(word) && nounKind(word) !== 'thing'))
  );
}

const joined = (text: string, left: Word, right: Word) => /^[ -]$/.test(text.slice(left.end, right.start));
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** How far left the phrase reaches: capitalised modifiers, or any content words after a determiner. */
function phraseStart(text: string, words: Word[], head: number): number {
  let first = head;
  let lowercase = 0;
  for (let j = head - 1; j >= 0 && head - j <= MAX_MODIFIERS; j--) {
    const w = words[j]!;
    if (!joined(text, w, words[j + 1]!)) break;
    const lower = w.word.toLowerCase();
    if (DETERMINERS.has(lower)) return j + 1;
    if (processTerm(w.word) === null) break;
    // capitalised words right before the head belong to it ("Florida legislature"); lowercase ones only
    // when a determiner comes before them ("the relevant authority"), which the return above handles
    if (isCapitalised(w.word)) {
      if (lowercase === 0) first = j;
    } else if (++lowercase > 2) break;
  }
  return first;
}

/** What follows a verb, never a plural noun: an article, a possessive, an object pronoun ("gets the", "helps them"). */
const OBJECT_WORDS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'them',
  'him',
  'us',
  'me',
]);
/** Subject pronouns: the word after one is its verb ("it stimulates", "she says"). */
const SUBJECT_WORDS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which']);

/**
 * Adverbs of how often, said of a deed: the word after one is its verb ("typically takes",
 * "normally supervises"). Not "mostly", "mainly", "only", which come before nouns too ("mostly women").
 */
const FREQUENCY_ADVERBS = new Set([
  'usually',
  'typically',
  'normally',
  'generally',
  'often',
  'always',
  'rarely',
  'seldom',
  'frequently',
  'regularly',
  'commonly',
  'sometimes',
  'reportedly',
  'allegedly',
  'repeatedly',
]);
/** An amount right after the word: "costs $499", "weighs 5 kg" (a plural noun is not followed by one). */
const AMOUNT_AFTER = /^ [$€£¥]?\d/;

/** A word ending in -s that the words around it show to be a verb, not a plural noun. */
function readsAsVerb(text: string, words: Word[], i: number): boolean {
  const [previous, word, next] = [words[i - 1], words[i]!, words[i + 1]];
  const objectAfter =
    (next !== undefined && joined(text, word, next) && OBJECT_WORDS.has(next.word.toLowerCase())) ||
    AMOUNT_AFTER.test(text.slice(word.end, word.end + 3));
  const before = previous !== undefined && joined(text, previous, word) ? previous.word.toLowerCase() : undefined;
  const subjectBefore = before !== undefined && (SUBJECT_WORDS.has(before) || FREQUENCY_ADVERBS.has(before));
  return objectAfter || subjectBefore;
}

/** The group and role phrases of a passage, each ending on its head noun. */
export function groupPhrases(text: string): GroupPhrase[] {
  const words = wordsWithOffsets(text);
  const found: GroupPhrase[] = [];
  // "the family offers its thanks": a word ending in -s may be the verb after the group
  // "Residents fled": a plural opening a sentence is a head as much as one inside it
  const isGroupHead = (i: number) => {
    const head = headForm(text, words[i]!);
    return isHead(head) && (BODY_NOUNS.has(head) || !readsAsVerb(text, words, i));
  };
  words.forEach((w, i) => {
    const group = isGroupHead(i);
    if (!group && !isRoleHead(w.word)) return;
    const next = words[i + 1];
    // "teachers' unions", "the project manager": the phrase ends on the later head
    if (next && (isGroupHead(i + 1) || isRoleHead(next.word)) && joined(text, w, next)) return;
    // "the assembly plant", "a police car": a body noun before a thing's noun only describes it
    if (group && next && joined(text, w, next) && BODY_NOUNS.has(w.word) && namesThing(next.word)) return;
    // "three years", "50 members": a count of things, not a named group
    const previous = words[i - 1]?.word.toLowerCase();
    if (previous && (NUMBER.test(previous) || NUMBER_WORDS.has(previous))) return;
    const at = phraseStart(text, words, i);
    const first = words[at]!;
    // one person named by role only with its article: "the owner", not "owner" of "owner-occupied"
    const article = words[at - 1];
    if (!group && !(article && DETERMINERS.has(article.word.toLowerCase()) && joined(text, article, first))) return;
    found.push({ text: text.slice(first.start, w.end), start: first.start, end: w.end });
    const from = modifiedStart(text, words, at);
    if (from < at)
      found.push({
        text: text.slice(words[from]!.start, w.end),
        start: words[from]!.start,
        end: w.end,
        modified: true,
      });
  });
  return found;
}

/** compromise's tags of a thing's noun; a person's ("Actor") is not one. */
const THING_TAG = /^(?:Singular|Plural|Uncountable)$/;
/** Endings of abstract nouns: "bankruptcy", "decision", "agreement", "readiness", "authority". */
const THING_ENDING = /(?:cy|tion|sion|ment|ness|ity)$/;

/** Whether a lowercase word after a body noun is the noun of a thing it describes ("plant", "bankruptcy"). */
function namesThing(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  return THING_ENDING.test(word) || lexiconTags(word).some((t) => THING_TAG.test(t));
}

/** Articles: scoring drops them from an answer anyway. */
const ARTICLES = new Set(['the', 'a', 'an']);
/**
 * Quantifiers and possessives an answer keeps ("other guilds", "their stewards"): the determiners
 * but the articles, and the quantifiers only the longer reading takes.
 */
const KEPT_DETERMINERS = new Set([...[...DETERMINERS].filter((w) => !ARTICLES.has(w)), 'other', 'few', 'both']);
/** compromise's tags of verbs: "ignore students" is a verb and its object, not a kind of students. */
const VERB_TAG = /^(?:Infinitive|PresentTense|PastTense|Verb|Gerund|Modal|Auxiliary|Copula|Participle|PhrasalVerb)$/;

/**
 * Where the longer reading of a group phrase starts: one lowercase describing word before it
 * ("elderly nurses", "guild stewards") and a quantifier or possessive before that ("other
 * guilds", "their stewards"); `at` when there is none. The ranker weighs the two readings (tune parts:
 * the answer often keeps the word, as often not).
 */
function modifiedStart(text: string, words: Word[], at: number): number {
  let from = at;
  const previous = words[at - 1];
  // "near Fort Hood military": a preposition describes nothing
  if (
    previous &&
    joined(text, previous, words[at]!) &&
    /^[a-z][a-z-]+$/.test(previous.word) &&
    !isAnyPreposition(previous.word)
  ) {
    if (KEPT_DETERMINERS.has(previous.word)) return at - 1;
    const tags = lexiconTags(previous.word);
    const describes = processTerm(previous.word) !== null && !isNotNoun(previous.word);
    if (tags.includes('Adjective') || (describes && !tags.some((t) => VERB_TAG.test(t)))) from = at - 1;
  }
  const determiner = words[from - 1];
  if (from < at && determiner && joined(text, determiner, words[from]!) && KEPT_DETERMINERS.has(determiner.word))
    from--;
  return from;
}
