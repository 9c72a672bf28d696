import { describe, expect, it } from 'vitest';
import { isFunctionWord, isLyAdverb, isNotNoun, isPreposition } from '../../../src/core/text/notNoun.js';

describe('words the lexicon never gives as a noun', () => {
  it.each(['ever', 'either', 'towards', 'older', 'however', 'always'])('%j is no noun', (word) => {
    expect(isNotNoun(word)).toBe(true);
  });

  it.each(['leader', 'owner', 'order', 'teachers', 'zentrix', ''])('negative: %j may be a noun', (word) => {
    expect(isNotNoun(word)).toBe(false);
  });
});

describe('prepositions and function words', () => {
  it.each([
    ['Upon', true],
    ['despite', true],
    ['Per', true],
    ['under', false],
    ['Roe', false],
  ])('%j is a preposition alone: %s', (word, expected) => {
    expect(isPreposition(word)).toBe(expected);
  });

  it.each([
    ['Often', true],
    ['otherwise', true],
    ['Yeah', true],
    ['Upon', true],
    ['White', false],
    ['Magnetic', false],
    ['Zentrix', false],
  ])('%j is a function word: %s', (word, expected) => {
    expect(isFunctionWord(word)).toBe(expected);
  });
});

describe('adverbs made with "-ly"', () => {
  it.each(['Certainly', 'clearly', 'Finally', 'happily'])('%j is an adverb', (word) => {
    expect(isLyAdverb(word)).toBe(true);
  });

  it.each(['Kelly', 'Emily', 'Italy', 'Beverly', 'Shelly', 'Donnelly', 'supply', 'fly', 'ly', ''])(
    'negative: %j is no adverb of a common word',
    (word) => {
      expect(isLyAdverb(word)).toBe(false);
    },
  );
});
