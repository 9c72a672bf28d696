import nlp from 'compromise';

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

let lexicon: Record<string, string | string[]> | undefined;

/** Whether compromise's lexicon (a maintained package) gives the lower-case word only tags that are no noun's. */
export function isNotNoun(word: string): boolean {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = lexicon[word];
  if (tags === undefined) return false;
  return (Array.isArray(tags) ? tags : [tags]).every((t) => NOT_NOUN_TAGS.has(t));
}
