import nlp from 'compromise';

/** A word as compromise tags it, with its offsets in the text. */
export interface Term {
  text: string;
  lower: string;
  start: number;
  end: number;
  tags: Set<string>;
  /** Punctuation before the word. */
  pre: string;
  /** Punctuation and space after the word. */
  post: string;
  sentence: number;
  /** Position of the word in its sentence. */
  position: number;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Tags every word of the text with compromise. */
export function tagTerms(text: string): Term[] {
  const sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{ terms: CompromiseTerm[] }>;
  const terms: Term[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    sentence.terms.forEach((term, position) => {
      if (!term.text) return;
      terms.push({
        text: term.text,
        lower: term.text.toLowerCase(),
        start: term.offset.start,
        end: term.offset.start + term.offset.length,
        tags: new Set(term.tags),
        pre: term.pre,
        post: term.post,
        sentence: sentenceIndex,
        position,
      });
    });
  });
  return terms;
}
