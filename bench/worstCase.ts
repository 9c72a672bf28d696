// Worst-case reports for issue 17: shapes of text that used to make annotation super-linear
// (one line without punctuation, unbalanced quote marks, very long numbers, runs of capitalised
// words, one name over and over), and ordinary news text as the yardstick. Deterministic: the
// same size gives the same text.
import { readFileSync } from 'node:fs';
import { CORPUS } from './corpus.js';

/** The loader's cap on one report's text, in characters. */
export const MAX_REPORT_CHARS = 2_000_000;

/** A named generator of a report of about `chars` characters. */
export interface WorstShape {
  name: string;
  make: (chars: number) => string;
}

const WORDS = [
  'the',
  'minister',
  'said',
  'on',
  'talks',
  'would',
  'resume',
  'after',
  'a',
  'long',
  'pause',
  'in',
  'trade',
];

/** A small deterministic generator (a linear congruential one), so runs compare. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function repeatTo(chars: number, piece: (i: number) => string, separator = ' '): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const next = piece(i);
    parts.push(next);
    length += next.length + separator.length;
  }
  return parts.join(separator).slice(0, chars);
}

/** Lower-case words on one line, with no punctuation at all (a transcript, a scraped page). */
function unpunctuated(chars: number): string {
  const random = seeded(1);
  return repeatTo(chars, () => WORDS[Math.floor(random() * WORDS.length)]!);
}

/** Quote marks that never pair: every fourth word opens a quotation that nothing closes. */
function unbalancedQuotes(chars: number): string {
  const random = seeded(2);
  return repeatTo(chars, (i) => {
    const word = WORDS[Math.floor(random() * WORDS.length)]!;
    return i % 4 === 0 ? (i % 8 === 0 ? `"${word}` : `“${word}`) : word;
  });
}

/** Numbers of 100,000 digits (shorter ones when the report is smaller), separated by a word. */
function longNumbers(chars: number): string {
  const digits = Math.min(100_000, Math.max(10, Math.floor(chars / 4)));
  return repeatTo(chars, (i) => (i % 2 ? 'rose' : '7'.repeat(digits)));
}

/** Capitalised words in one run, as a table flattened by a PDF extractor gives them. */
function capitalisedWords(chars: number): string {
  const random = seeded(3);
  return repeatTo(chars, () => {
    const word = WORDS[Math.floor(random() * WORDS.length)]!;
    return word[0]!.toUpperCase() + word.slice(1);
  });
}

/** One name repeated, as a roll-call or a list of votes gives it. */
function repeatedName(chars: number): string {
  return repeatTo(chars, (i) => (i % 2 ? 'Laura Cooper said' : 'Mr Cooper and'));
}

let corpusText: string | null = null;

/** Reuters articles one after another, paragraphs kept: the yardstick. */
function ordinaryNews(chars: number): string {
  corpusText ??= readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, 4000)
    .map((line) => (JSON.parse(line) as { text?: string }).text ?? '')
    .filter((text) => text.trim())
    .join('\n\n');
  let text = corpusText;
  while (text.length < chars) text += `\n\n${corpusText}`;
  return text.slice(0, chars);
}

/** The shapes the bench and the fuzz run, the yardstick first. */
export const WORST_SHAPES: WorstShape[] = [
  { name: 'ordinary news (yardstick)', make: ordinaryNews },
  { name: 'one line without punctuation', make: unpunctuated },
  { name: 'unbalanced quote marks', make: unbalancedQuotes },
  { name: '100,000-digit numbers', make: longNumbers },
  { name: 'capitalised words', make: capitalisedWords },
  { name: 'one name repeated', make: repeatedName },
];

/** The shapes without the corpus (for tests and the fuzz run, which must not need ../shared). */
export const HOSTILE_SHAPES = WORST_SHAPES.slice(1);
