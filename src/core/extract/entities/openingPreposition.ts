import { isFunctionWord, isPreposition } from '../../text/notNoun.js';

/**
 * A capitalised word of four letters or more opening a sentence or line, with what precedes it.
 * Short prepositions stay: they are also given names and particles of names ("Per", "In Home").
 */
const OPENING_WORD = /(^|[.!?]["'”’)]?\s+|\n\s*)(\p{Lu}\p{Ll}{3,})\b/gu;

/**
 * Prepositions compromise's lexicon gives only as adjectives, adverbs or conjunctions ("under",
 * "behind", "before"): the closed class of English grammar, completed where the lexicon is not.
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
  'outside',
  'over',
  'under',
  'underneath',
]);

/**
 * The text with each preposition, conjunction or adverb that opens a sentence in lower case, offsets
 * unchanged: the tagger reads "Upon Roe's death" or "Although Velmont wanted" as one name, but
 * "upon Roe's death" as a preposition and a name.
 */
export function lowerOpeningFunctionWords(text: string): string {
  return text.replace(OPENING_WORD, (whole, before: string, word: string) =>
    isPreposition(word) || isFunctionWord(word) || PREPOSITIONS_THE_LEXICON_MISSES.has(word.toLowerCase())
      ? before + word.toLowerCase()
      : whole,
  );
}
