import { describe, expect, it } from 'vitest';
import { clauseAround, termWeights, weightedShares } from '../../../../src/core/answer/rank/weightedShare.js';
import { passageWords } from '../../../../src/core/answer/rank/passageWords.js';
import { termsOf } from '../../../../src/core/text/terms.js';

const span = (text: string, words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;

describe('termWeights', () => {
  const hits = [termsOf('super bowl awarded stadium'), termsOf('super bowl halftime'), termsOf('super bowl tickets')];
  const weights = termWeights(hits, termsOf('when was the stadium awarded the super bowl'));

  it.each([
    ['a word every passage holds weighs least', 'super', Math.log(2)],
    ['a word one passage of three holds weighs most', 'awarded', Math.log(4)],
  ])('%s', (_, word, expected) => {
    const [term] = termsOf(word);
    expect(weights.get(term!)).toBeCloseTo(expected, 6);
  });

  it('a question word no passage holds weighs as one held by a single passage', () => {
    const [term] = termsOf('referee');
    expect(termWeights(hits, [term!]).get(term!)).toBeCloseTo(Math.log(4), 6);
  });

  it('no passages, no question terms: nothing to weigh', () => {
    expect(termWeights([], []).size).toBe(0);
  });
});

describe('weightedShares', () => {
  const text = 'The league chose the stadium on May 21, 2013. The game was played in 2016, after a vote.';
  const weights = new Map(termsOf('league chose stadium').map((t) => [t, 1]));

  it.each([
    ['the sentence that holds the question words', 'May 21, 2013', 1, 1],
    ['another sentence', '2016', 0, 0],
  ])('a date in %s', (_, words, sentence, clause) => {
    const [start, end] = span(text, words);
    expect(weightedShares(passageWords(text), start, end, weights)).toEqual({
      sentenceWeighted: sentence,
      clauseWeighted: clause,
    });
  });

  it('the clause is narrower than the sentence: words past a comma do not count for it', () => {
    const line = 'The vote came in 1990, and the league chose the stadium.';
    const [start, end] = span(line, '1990');
    expect(weightedShares(passageWords(line), start, end, weights)).toEqual({ sentenceWeighted: 1, clauseWeighted: 0 });
  });

  it('the span’s own words do not count, and heavier words count more', () => {
    const heavy = new Map([...weights, [termsOf('league')[0]!, 3]]);
    const line = 'The league met; the stadium was named.';
    const [start, end] = span(line, 'league');
    expect(weightedShares(passageWords(line), start, end, heavy).sentenceWeighted).toBeCloseTo(1 / 5, 6);
  });

  it('no weights: shares are 0, not NaN', () => {
    expect(weightedShares(passageWords(text), 0, 3, new Map())).toEqual({ sentenceWeighted: 0, clauseWeighted: 0 });
  });
});

describe('clauseAround', () => {
  it.each([
    [
      'a clause with words of its own stays as it is',
      'Ann Roe won in 2013, and then left.',
      '2013',
      'Ann Roe won in 2013,',
    ],
    [
      'an opening "In …," takes the clause it opens',
      'In 2011, Ann Roe won, and Tom Hale lost.',
      '2011',
      'In 2011, Ann Roe won,',
    ],
    [
      'a date whose own comma splits it is one span',
      'On May 1, 2013, the owners voted.',
      'May 1, 2013',
      'On May 1, 2013, the owners voted.',
    ],
    [
      'a closing ", in …" takes the clause before it',
      'It rained; Tom Hale won the prize, in 2016.',
      '2016',
      'Tom Hale won the prize, in 2016.',
    ],
    ['an opening clause after a dash', 'Ann Roe lost – in 2016, Tom Hale won.', '2016', 'in 2016, Tom Hale won.'],
    ['a sentence of the date alone is all there is', 'In 2016. Tom Hale won.', '2016', 'In 2016.'],
  ])('%s', (_, text, words, clause) => {
    const [start, end] = span(text, words);
    const [from, to] = clauseAround(passageWords(text), start, end);
    expect(text.slice(from, to)).toBe(clause);
  });
});
