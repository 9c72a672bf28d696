import { isCommonWord } from './commonWords.js';
import { lexiconTags } from './lexicon.js';

/** Tags of compromise's lexicon that say a word is never a noun for someone: "ever", "either", "towards", "older". */
const NOT_NOUN_TAGS = new Set([
  'Adverb',
  'Conjunction',
  'Negative',
  'Adjective',
  'Preposition',
  'Comparative',
  'Superlative',
  'Determiner',
  'Pronoun',
  'Possessive',
  'Expression',
  'Condition',
]);

const PREPOSITION_TAGS = new Set(['Preposition']);

/** Whether compromise's lexicon (a maintained package) lists the lower-case word, with tags all among `allowed`. */
function taggedOnly(word: string, allowed: ReadonlySet<string>): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((t) => allowed.has(t));
}

/** Whether compromise's lexicon gives the lower-case word only tags that are no noun's. */
export function isNotNoun(word: string): boolean {
  return taggedOnly(word, NOT_NOUN_TAGS);
}

/** Whether compromise's lexicon gives the word (any case) only as a preposition: "upon", "despite", "after". */
export function isPreposition(word: string): boolean {
  return taggedOnly(word.toLowerCase(), PREPOSITION_TAGS);
}

/**
 * Prepositions compromise's lexicon gives only as adjectives, adverbs or conjunctions ("under",
 * "behind", "near"): the closed class of English grammar, completed where the lexicon is not.
 */
const PREPOSITIONS_THE_LEXICON_MISSES = new Set([
  'aboard',
  'above',
  'against',
  'alongside',
  'before',
  'behind',
  'below',
  'beneath',
  'beside',
  'beyond',
  'inside',
  'near',
  'outside',
  'over',
  'under',
  'underneath',
]);

/** Whether the word is a preposition of English: the lexicon's, and those it gives other tags ("under", "near"). */
export function isAnyPreposition(word: string): boolean {
  return isPreposition(word) || PREPOSITIONS_THE_LEXICON_MISSES.has(word.toLowerCase());
}

/** Tags of words that join or qualify a sentence and never name anyone: "often", "otherwise", "yeah". */
const FUNCTION_TAGS = new Set(['Adverb', 'Conjunction', 'Preposition', 'Expression', 'Negative', 'Condition']);

/**
 * Whether compromise's lexicon gives the word (any case) only as an adverb, conjunction, preposition
 * or interjection. Adjectives are not among them: many are surnames ("White", "Brown").
 */
export function isFunctionWord(word: string): boolean {
  return taggedOnly(word.toLowerCase(), FUNCTION_TAGS);
}

/**
 * Whether a word is an adverb made of a common adjective and "-ly" ("Certainly", "Clearly",
 * "Happily"): compromise's lexicon lists few of them. Names that end in "ly" are made of no common
 * word ("Kelly", "Emily", "Italy").
 */
export function isLyAdverb(word: string): boolean {
  const lower = word.toLowerCase();
  if (!lower.endsWith('ly') || lower.length < 5) return false;
  const base = lower.slice(0, -2);
  return isCommonWord(base) || (base.endsWith('i') && isCommonWord(`${base.slice(0, -1)}y`));
}
