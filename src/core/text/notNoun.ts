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

/** Whether compromise's lexicon (a maintained package) gives the lower-case word only tags that are no noun's. */
export function isNotNoun(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && tags.every((t) => NOT_NOUN_TAGS.has(t));
}

/** Whether compromise's lexicon gives the word (any case) only as a preposition: "upon", "despite", "after". */
export function isPreposition(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase());
  return tags.length > 0 && tags.every((t) => t === 'Preposition');
}

/** Tags of words that join or qualify a sentence and never name anyone: "often", "otherwise", "yeah". */
const FUNCTION_TAGS = new Set(['Adverb', 'Conjunction', 'Preposition', 'Expression', 'Negative', 'Condition']);

/**
 * Whether compromise's lexicon gives the word (any case) only as an adverb, conjunction, preposition
 * or interjection. Adjectives are not among them: many are surnames ("White", "Brown").
 */
export function isFunctionWord(word: string): boolean {
  const tags = lexiconTags(word.toLowerCase());
  return tags.length > 0 && tags.every((t) => FUNCTION_TAGS.has(t));
}
