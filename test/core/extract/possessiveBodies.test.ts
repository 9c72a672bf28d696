import { describe, expect, it } from 'vitest';
import { joinPossessiveBodies } from '../../../src/core/extract/entities/possessiveBodies.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';
import { namesOfType, readSpans, taggedSpans } from '../../helpers/entities.js';

describe('a body named with a possessive is one body', () => {
  it.each([
    [
      "The Velmont Developer's Conference opens today.",
      'Velmont Developer',
      'Conference',
      "ORG Velmont Developer's Conference",
    ],
    ["Korvex Investor's Service cut the rating.", 'Korvex Investor', 'Service', "ORG Korvex Investor's Service"],
  ])('%s', (text, first, second, joined) => {
    const tagged = taggedSpans(text, [
      [first, 'ORG'],
      [second, 'ORG'],
    ]);
    expect(readSpans(text, joinPossessiveBodies(text, tagged))).toEqual([joined]);
  });

  it('reads the whole name in a sentence', () => {
    const text = "Roe spoke at the 2007 Korvex Builder's Conference in Paris.";
    expect(namesOfType(text, 'organization')).toEqual(["Korvex Builder's Conference"]);
  });
});

describe('a possessive between two names leaves both', () => {
  it.each([
    // a name after the possessive names a body of its own
    [
      "Korvex's Velmont unit grew.",
      [
        ['Korvex', 'ORG'],
        ['Velmont', 'ORG'],
      ],
    ],
    // a place's or a person's body
    [
      "Velmont's Trade Ministry said no.",
      [
        ['Velmont', 'LOC'],
        ['Trade Ministry', 'ORG'],
      ],
    ],
    [
      "Ann Roe's Office said no.",
      [
        ['Ann Roe', 'PER'],
        ['Office', 'ORG'],
      ],
    ],
    // no possessive between
    [
      'Korvex and Conference met.',
      [
        ['Korvex', 'ORG'],
        ['Conference', 'ORG'],
      ],
    ],
  ] as Array<[string, Array<[string, NerSpan['type']]>]>)('%s', (text, names) => {
    const tagged = taggedSpans(text, names);
    expect(joinPossessiveBodies(text, tagged)).toEqual(tagged);
  });
});
