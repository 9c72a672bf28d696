import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../src/core/extract/entities/entities.js';
import { extractQuotes } from '../../../../src/core/extract/quotes/quotes.js';

function speakerOf(text: string): string | null | undefined {
  return extractQuotes(text, extractEntities(text))[0]?.speaker;
}

describe('colonSubject: a quotation led by a colon is said by the person the sentence names', () => {
  it.each([
    [
      'the subject of the sentence',
      'Laura Cooper went even further on Monday: “We will never accept a deal like this one.”',
      'Laura Cooper',
    ],
    [
      'not the person after a preposition',
      'Laura Cooper sent a blunt message to Tom Berg: “It is time to stop attacking the people you ran against.”',
      'Laura Cooper',
    ],
    [
      'across a paragraph break',
      'When the vote was over, Laura Cooper released the following statement:\n\n“We are proud of every volunteer.”',
      'Laura Cooper',
    ],
  ])('%s', (_label, text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each([
    ['no colon before the quotation', 'Laura Cooper went home. “We will never accept a deal like this one.”'],
    [
      'only an object of a preposition',
      'The board sent a message to Laura Cooper: “It is time to stop attacking them.”',
    ],
    ['a person in the sentence before', 'Laura Cooper spoke. The list reads: “bread, milk, eggs, butter and cheese.”'],
  ])('no speaker: %s', (_label, text) => {
    expect(speakerOf(text) ?? null).toBeNull();
  });
});
