import { describe, expect, it } from 'vitest';
import { pairsAt, sentencePairs, termPairs } from '../../../../src/core/answer/rank/bigrams.js';
import { around, passageWords } from '../../../../src/core/answer/rank/passageWords.js';
import { termsOf } from '../../../../src/core/text/terms.js';

const pairsOf = (question: string) => termPairs(termsOf(question));

/** The share of `question`'s term pairs in the sentence of `words` (its first place in `text`). */
function shareBeside(text: string, words: string, question: string): number {
  const passage = passageWords(text);
  const pairs = pairsOf(question);
  const start = text.indexOf(words);
  const end = start + words.length;
  const sentence = around(passage.sentenceEnds, text.length, start, end);
  return sentencePairs(sentence, start, end, pairsAt(passage, pairs), pairs.size);
}

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
  const question = 'who was the ferry pilot in 1990';

  it.each([
    ['the sentence that holds the question phrase whole', 'Ann Rees', 1],
    ['a sentence that holds its words apart', 'Tom Hale', 0],
  ])('a name in %s', (_, words, share) => {
    expect(shareBeside(text, words, question)).toBeCloseTo(share, 6);
  });

  it('a pair in another sentence of the passage does not count', () => {
    expect(shareBeside(text, 'Tom Hale', 'ferry office')).toBe(1);
    expect(shareBeside(text, 'Ann Rees', 'ferry office')).toBe(0);
  });

  it('a pair counts in either order: "ferry pilot" is found in "piloted the ferry"', () => {
    expect(shareBeside('Ann Rees piloted the ferry.', 'Ann Rees', 'who was the ferry pilot')).toBe(1);
  });

  it('the span itself does not join a pair across it', () => {
    expect(shareBeside('The ferry Ann Rees pilot sailed.', 'Ann Rees', 'ferry pilot')).toBe(0);
  });

  it('a pair with a word inside the span does not count', () => {
    expect(shareBeside('The ferry pilot sailed.', 'pilot', 'ferry pilot')).toBe(0);
  });

  it('no pairs asked: nothing to share', () => {
    expect(shareBeside(text, 'Ann Rees', 'who is Cooper')).toBe(0);
  });
});
