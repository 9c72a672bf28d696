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

describe('who said a quotation: the phrase after the cue and the participle after a short quotation', () => {
  it.each([
    [
      'the name after the cue ends at its sentence',
      'Kelly Ayotte refunded the money. “The campaign has refunded the contributions,” said campaign manager ' +
        'Jon Kohan. Kelly Ayotte called on others to follow.',
      'has refunded',
      'Jon Kohan',
    ],
    [
      'a title that ends with a full stop does not end the phrase',
      '“We are not going to discuss the operation,” said Pentagon spokesman Navy Capt. Jeff Davis.',
      'discuss the operation',
      'Jeff Davis',
    ],
    [
      'a participle after a comma that closes a short quotation',
      'Phil Kerpen needled the CNN “reporter,” saying, “A reporter who writes on request!”',
      'writes on request',
      'Phil Kerpen',
    ],
  ])('%s', (_label, text, words, speaker) => {
    expect(speakerOf(text, words)).toBe(speaker);
  });

  it('no participle: a short quotation without a cue has no speaker', () => {
    const text = 'Phil Kerpen needled the CNN “reporter.” “A reporter who writes on request!”';
    expect(speakerOf(text, 'writes on request') ?? null).toBeNull();
  });
});
