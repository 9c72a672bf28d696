import nlp from 'compromise';
import { sentencesOf, type Span } from '../../text/sentences.js';
import { STOP_WORDS } from '../../text/terms.js';

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

/** A term as compromise keeps it once its offsets are computed. */
interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/**
 * Tags the words of the text with compromise, runs of sentences at a time (by default the runs
 * that may hold a name; a caller may name the runs it needs). Sentences that
 * can hold no name are left out (no quotation mark, no capital letter after the first word,
 * and a first word that is a common opener): tagging is most of the cost of annotating.
 */
export function tagTerms(text: string, chunks: Span[] = nameChunks(text)): Term[] {
  const terms: Term[] = [];
  let sentenceIndex = 0;
  for (const chunk of chunks) {
    // compromise's own sentences of terms, read as they are: its JSON output copies every term
    const doc = nlp(text.slice(chunk.start, chunk.end));
    doc.compute('offset');
    for (const sentence of doc.docs as unknown as CompromiseTerm[][]) {
      sentence.forEach((term, position) => {
        if (!term.text) return;
        const start = chunk.start + term.offset.start;
        terms.push({
          text: term.text,
          lower: term.text.toLowerCase(),
          start,
          end: start + term.offset.length,
          tags: new Set(term.tags),
          pre: term.pre,
          post: term.post,
          sentence: sentenceIndex,
          position,
        });
      });
      sentenceIndex++;
    }
  }
  return terms;
}

/** Spans of consecutive sentences that may hold a name or a quotation. */
function nameChunks(text: string): Span[] {
  const chunks: Span[] = [];
  let current: Span | null = null;
  for (const sentence of sentencesOf(text)) {
    if (mayHoldName(text.slice(sentence.start, sentence.end))) {
      if (current) current.end = sentence.end;
      else current = { start: sentence.start, end: sentence.end };
    } else if (current) {
      chunks.push(current);
      current = null;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** A quotation mark, a capital letter after the first word, or a first word that may be a name. */
function mayHoldName(sentence: string): boolean {
  if (/["“”«»]/.test(sentence)) return true;
  const firstWordEnd = sentence.search(/\s/);
  if (firstWordEnd === -1) return false;
  if (/\p{Lu}/u.test(sentence.slice(firstWordEnd))) return true;
  const first = sentence
    .slice(0, firstWordEnd)
    .replace(/[^\p{L}']/gu, '')
    .toLowerCase();
  return first.length > 1 && !STOP_WORDS.has(first) && !COMMON_OPENERS.has(first);
}

/** Words capitalised only because they open a sentence (financial table labels among them): never a name. */
const COMMON_OPENERS = new Set([
  'however',
  'meanwhile',
  'according',
  'earlier',
  'later',
  'last',
  'next',
  'today',
  'yesterday',
  'net',
  'shr',
  'revs',
  'sales',
  'profit',
  'loss',
  'company',
  'analysts',
  'officials',
  'prices',
  'shares',
]);
