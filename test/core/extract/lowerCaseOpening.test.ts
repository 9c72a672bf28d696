import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { trimLowerCaseOpening } from '../../../src/core/extract/entities/lowerCaseOpening.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';

const trimmed = (text: string, words: string) => {
  const start = text.indexOf(words);
  const [span] = trimLowerCaseOpening(text, [{ start, end: start + words.length, type: 'ORG' } as NerSpan]);
  return text.slice(span!.start, span!.end);
};

describe('trimLowerCaseOpening: a name starts at its first capital', () => {
  it.each([
    ['The federal Velmont Trade Commission said so.', 'federal Velmont Trade Commission', 'Velmont Trade Commission'],
    ['Ask the new national Velmont Board.', 'new national Velmont Board', 'Velmont Board'],
  ])('%s', (text, words, name) => {
    expect(trimmed(text, words)).toBe(name);
  });

  it.each([
    ['a particle of a name', 'He met de Varga there.', 'de Varga'],
    ['an Arabic particle', 'He met al Rahim there.', 'al Rahim'],
    ['a lower-case word that is no common word', 'He met ebay Velmont there.', 'ebay Velmont'],
    ['a name of lower-case words only', 'He read federal news.', 'federal news'],
  ])('stays: %s', (_why, text, words) => {
    expect(trimmed(text, words)).toBe(words);
  });
});

describe('entities start at their first capital', () => {
  it('leaves "federal" out of the body', () => {
    const found = extractEntities(
      'The federal Velmont and Exchange Commission (VEC) is looking for possible violations.',
    );
    expect(found.map((m) => m.surface)).toContain('Velmont and Exchange Commission');
  });
});
