import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../src/core/extract/entities/entities.js';
import { extractQuotes } from '../../../../src/core/extract/quotes/quotes.js';

function speakerOf(text: string, words: string): string | null | undefined {
  return extractQuotes(text, extractEntities(text)).find((q) => q.text.includes(words))?.speaker;
}

describe('who said a quotation: the name after an inverted cue', () => {
  it.each([
    [
      'a comma before the cue: the name after it, not the object before it',
      'Laura Cooper wants to win. “This will be a challenge” for Cooper, said Madeleine Kunin, a former governor.',
      'a challenge',
      'Madeleine Kunin',
    ],
    [
      'the paraphrase names someone last',
      '“It seems extremely unlikely” that Bernie Sanders can catch Hillary Clinton, said Steve Elmendorf.',
      'extremely unlikely',
      'Steve Elmendorf',
    ],
    [
      'no comma: the subject before the cue',
      '“It is over now” was what Laura Cooper said on Monday about the vote in the county.',
      'It is over',
      'Laura Cooper',
    ],
  ])('%s', (_label, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });
});
