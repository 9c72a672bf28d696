import { describe, expect, it } from 'vitest';
import { sentencePairs, termPairs } from '../../../../src/core/answer/rank/bigrams.js';
import { passageWords } from '../../../../src/core/answer/rank/passageWords.js';
import { termsOf } from '../../../../src/core/text/terms.js';

const span = (text: string, words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
const pairsOf = (question: string) => termPairs(termsOf(question));

describe('termPairs', () => {
  it.each([
    ['neighbouring terms pair up, stop words skipped', 'who was the ferry pilot of the harbour', 2],
    ['one term makes no pair', 'who is Cooper', 0],
    ['a term said twice running makes no pair with itself', 'port port', 0],
  ])('%s', (_, question, size) => {
    expect(pairsOf(question).size).toBe(size);
  });
});

describe('sentencePairs', () => {
  const text = 'The harbour hired Ann Rees as ferry pilot in 1990. Tom Hale, a pilot, ran the ferry office.';
  const pairs = pairsOf('who was the ferry pilot in 1990');

  it.each([
    ['the sentence that holds the question phrase whole', 'Ann Rees', 1],
    ['a sentence that holds its words apart', 'Tom Hale', 0],
  ])('a name in %s', (_, words, share) => {
    const [start, end] = span(text, words);
    expect(sentencePairs(passageWords(text), start, end, pairs)).toBeCloseTo(share, 6);
  });

  it('a pair counts in either order: "ferry pilot" is found in "piloted the ferry"', () => {
    const line = 'Ann Rees piloted the ferry.';
    const [start, end] = span(line, 'Ann Rees');
    expect(sentencePairs(passageWords(line), start, end, pairsOf('who was the ferry pilot'))).toBe(1);
  });

  it('the span itself does not join a pair across it', () => {
    const line = 'The ferry Ann Rees pilot sailed.';
    const [start, end] = span(line, 'Ann Rees');
    expect(sentencePairs(passageWords(line), start, end, pairsOf('ferry pilot'))).toBe(0);
  });

  it('no pairs asked: nothing to share', () => {
    const [start, end] = span(text, 'Ann Rees');
    expect(sentencePairs(passageWords(text), start, end, new Set())).toBe(0);
  });
});
