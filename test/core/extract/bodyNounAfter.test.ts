import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { bodyNounAfter } from '../../../src/core/extract/entities/bodyNounAfter.js';

const after = (written: string) => bodyNounAfter(written, 'Korvex'.length);

describe('an appositive that calls the name before it a body', () => {
  it.each([
    'Korvex, the financing arm of Velmont, lent more.',
    'Korvex, a Danish firm, said yes.',
    'Korvex, the carmaker.',
    'Korvex, the Paris-based bank that lent the money, said no.',
    'Korvex, the group; Velmont, the other.',
    'Korvex, a unit of Velmont, said no.',
  ])('%j', (written) => {
    expect(after(written)).toBe(true);
  });
});

describe('negative: no body named after the name', () => {
  it.each([
    // a person's role, the head noun a possessive makes someone's
    "Korvex, the company's founder, said no.",
    'Korvex, the chairman of Velmont, said no.',
    // the body noun is the subject of what follows, not an appositive
    'Korvex, the company said on Monday.',
    // no article: a list, not an appositive
    'Korvex, firm and bank alike.',
    // more than four words before the noun
    'Korvex, the very old and much loved local bank, said no.',
    'Korvex said the firm was sold.',
  ])('%j', (written) => {
    expect(after(written)).toBe(false);
  });
});

describe('in the extractor', () => {
  it('a name the tagger reads as a person or a place, with a body appositive, is an organisation', () => {
    const text = 'Velmont also bought a stake in Korvex, the financing arm of Ardena Motors, last year.';
    const korvex = extractEntities(text).find((m) => m.text === 'Korvex');
    expect(korvex?.type).toBe('organization');
  });
});
