import { sentences } from '../../text/sentences.js';
import { processTerm } from '../../text/terms.js';

/** One word of a passage: its offsets in the passage text, as written, and its index term (null for a stop word). */
export interface PassageWord {
  word: string;
  start: number;
  end: number;
  term: string | null;
}

/** A sentence or clause end in a passage: its first character and how far it runs. */
export interface Mark {
  index: number;
  length: number;
}

/**
 * A passage read once: its words with their terms, and where its sentences and clauses end. Every
 * candidate of a passage reads its features off this, instead of tokenising the passage again.
 */
export interface PassageWords {
  text: string;
  words: PassageWord[];
  sentenceEnds: Mark[];
  clauseEnds: Mark[];
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Where a clause ends inside a sentence: a comma, semicolon, colon or dash between words. */
const CLAUSE_END = /[,;:]\s|\s[–—-]\s/g;

const marks = (text: string, ends: RegExp): Mark[] =>
  [...text.matchAll(ends)].map((m) => ({ index: m.index, length: m[0].length }));

/**
 * Where the sentences end, as the extractors split them: "Gen. J. Smith" and "Dec. 4" go on.
 * A mark runs from the sentence's last character to the start of the next one.
 */
function sentenceMarks(text: string): Mark[] {
  const spans = sentences(text);
  return spans.slice(1).map((next, i) => {
    const index = spans[i]!.end - 1;
    return { index, length: next.start - index };
  });
}

/** The words, sentence ends and clause ends of a passage's text. */
export function passageWords(text: string): PassageWords {
  const words: PassageWord[] = [];
  for (const m of text.matchAll(WORD)) {
    words.push({ word: m[0], start: m.index, end: m.index + m[0].length, term: processTerm(m[0]) });
  }
  const sentenceEnds = sentenceMarks(text);
  const clauseEnds = [...sentenceEnds, ...marks(text, CLAUSE_END)].sort((a, b) => a.index - b.index);
  return { text, words, sentenceEnds, clauseEnds };
}

/** Index of the first word that ends after `from`. */
function firstEndingAfter(words: PassageWord[], from: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid]!.end > from) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The words of `text.slice(from, to)`, exactly as matching words in that slice would give them
 * (offsets in the whole text): a word cut by either end is read again from the part inside.
 */
export function wordsIn({ text, words }: PassageWords, from: number, to: number): PassageWord[] {
  const end = Math.min(to, text.length);
  const out: PassageWord[] = [];
  if (end <= from) return out;
  for (let i = firstEndingAfter(words, from); i < words.length && words[i]!.start < end; i++) {
    const w = words[i]!;
    if (w.start >= from && w.end <= end) {
      out.push(w);
      continue;
    }
    const left = Math.max(w.start, from);
    for (const m of text.slice(left, Math.min(w.end, end)).matchAll(WORD)) {
      const start = left + m.index;
      out.push({ word: m[0], start, end: start + m[0].length, term: processTerm(m[0]) });
    }
  }
  return out;
}

/** The terms `keep` accepts among the passage's words in [from, to) outside the span [start, end). */
export function termsOutside(
  passage: PassageWords,
  [from, to]: [number, number],
  start: number,
  end: number,
  keep: (term: string) => boolean,
): Set<string> {
  const found = new Set<string>();
  for (const words of [wordsIn(passage, from, Math.max(from, start)), wordsIn(passage, Math.min(end, to), to)]) {
    for (const { term } of words) if (term && keep(term)) found.add(term);
  }
  return found;
}

/**
 * The bounds [from, to) of the stretch of a text around [start, end) that `ends` marks off: from just
 * past the last mark before the span, to one character into the first mark at or after its end.
 */
export function around(ends: Mark[], length: number, start: number, end: number): [number, number] {
  let from = 0;
  let to = length;
  for (const m of ends) {
    if (m.index < start) from = m.index + m.length;
    else if (m.index >= end) {
      to = m.index + 1;
      break;
    }
  }
  return [from, to];
}
