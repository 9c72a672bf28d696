import { describe, expect, it } from 'vitest';
import { isNotNoun } from '../../../src/core/text/notNoun.js';

describe('words the lexicon never gives as a noun', () => {
  it.each(['ever', 'either', 'towards', 'older', 'however', 'always'])('%j is no noun', (word) => {
    expect(isNotNoun(word)).toBe(true);
  });

  it.each(['leader', 'owner', 'order', 'teachers', 'zentrix', ''])('negative: %j may be a noun', (word) => {
    expect(isNotNoun(word)).toBe(false);
  });
});
