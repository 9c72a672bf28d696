import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../../src/core/text/commonWords.js';

describe('isCommonWord', () => {
  it.each(['food', 'Means', 'SAVINGS', 'drug', 'industry', 'atmospheric'])('%s is a common word', (word) => {
    expect(isCommonWord(word)).toBe(true);
  });

  it.each(['Velmont', 'Korvex', 'zentrix', 'exxon', '', 'food and'])('%s is not', (word) => {
    expect(isCommonWord(word)).toBe(false);
  });
});
