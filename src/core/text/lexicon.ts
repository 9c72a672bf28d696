import nlp from 'compromise';

/** compromise's lexicon: lower-case word or phrase → its tag or tags. */
export type Lexicon = Record<string, string | string[]>;

/** compromise's own lexicon (a maintained package), as its model holds it. */
export function compromiseLexicon(): Lexicon {
  return (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
}

/** The lexicon's tags of a lower-case word; none when it does not list the word. */
export function lexiconTags(word: string): string[] {
  const tags = compromiseLexicon()[word];
  if (tags === undefined) return [];
  return Array.isArray(tags) ? tags : [tags];
}
