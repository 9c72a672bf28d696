import { describe, expect, it } from 'vitest';
import { alternateTerms, initialsOf, spelledOut } from '../../../src/core/text/initialisms.js';
import { termsOf } from '../../../src/core/text/terms.js';

describe('alternateTerms: a title searched the other way it is written', () => {
  it.each([
    [
      'Who is the CEO of Velmont?',
      [
        { term: 'chief', asked: 'ceo', initials: false },
        { term: 'executiv', asked: 'ceo', initials: false },
      ],
    ],
    [
      'Who is the chief executive of Velmont?',
      [{ term: 'ceo', asked: 'executiv', alsoAsked: 'chief', initials: true }],
    ],
    ['Velmont chief financial officer', [{ term: 'cfo', asked: 'financial', alsoAsked: 'chief', initials: true }]],
    [
      'the COO of Korvex',
      [
        { term: 'chief', asked: 'coo', initials: false },
        { term: 'operat', asked: 'coo', initials: false },
      ],
    ],
  ])('%j', (question, alternates) => {
    expect(alternateTerms(termsOf(question))).toEqual(alternates);
  });

  it.each([
    // one word of the title alone is no title
    'Who is the chief of police?',
    'Who is the executive producer?',
    // no title at all
    'Who won the election in Ardena?',
    '',
  ])('none for %j', (question) => {
    expect(alternateTerms(termsOf(question))).toEqual([]);
  });

  it('adds only the words the question lacks', () => {
    expect(alternateTerms(termsOf('chief CEO of Velmont'))).toEqual([
      { term: 'executiv', asked: 'ceo', initials: false },
    ]);
  });
});

describe('spelledOut: initials written out for comparing titles', () => {
  it.each([
    ['Velmont CEO', ['velmont', 'chief', 'executiv']],
    ['CFO and chief of staff', ['chief', 'financial', 'staff']],
    ['head of Velmont', ['head', 'velmont']],
  ])('%j', (role, terms) => {
    expect(spelledOut(termsOf(role))).toEqual(terms);
  });
});

describe('initialsOf: the initials a name is written as', () => {
  it.each([
    ['Korvex Harbour Trust', 'KHT'],
    ['Bank of Lakeview', 'BL'],
    ['North-West Rail', 'NWR'],
    ['Organisation for Economic Co-operation and Development', 'OECD'],
    ['Velmont  Motors', 'VM'],
    ['Velmont Motors Corp', 'VM'],
    ['Korvex Harbour Trust Inc.', 'KHT'],
  ])('%s → %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });

  it.each([
    ['one word', 'Reuters'],
    ['one word and its legal form', 'Velmont Corp'],
    ['one word with small words', 'the Velmont'],
    ['a word in lower case', 'the harbour board'],
    ['a name with a common noun in it', 'Velmont harbour Trust'],
    ['nothing', ''],
  ])('none: %s (%j)', (_why, name) => {
    expect(initialsOf(name)).toBeNull();
  });
});
