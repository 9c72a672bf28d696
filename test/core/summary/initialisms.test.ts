import { describe, expect, it } from 'vitest';
import { joinInitialisms } from '../../../src/core/summary/initialisms.js';
import type { EntityType } from '../../../src/core/types.js';

type Counts = Partial<Record<EntityType, Array<[string, number]>>>;

const joined = (counts: Counts) => {
  const out = joinInitialisms({
    person: new Map(counts.person ?? []),
    organization: new Map(counts.organization ?? []),
    place: new Map(counts.place ?? []),
  });
  return Object.fromEntries(
    Object.entries(out)
      .filter(([, names]) => names.size > 0)
      .map(([type, names]) => [type, Object.fromEntries(names)]),
  );
};

describe("a day's names: an initialism counted under the name it stands for", () => {
  it.each<[string, Counts, Record<string, Record<string, number>>]>([
    [
      'the letters join the name written out',
      {
        organization: [
          ['Korvex Harbour Trust', 3],
          ['KHT', 2],
        ],
      },
      { organization: { 'Korvex Harbour Trust': 5 } },
    ],
    [
      'periods between the letters',
      {
        place: [
          ['Velmont Republic', 2],
          ['V.R.', 1],
        ],
      },
      { place: { 'Velmont Republic': 3 } },
    ],
    [
      'letters the tagger read as a place join the body written out',
      {
        organization: [
          ['Lakeview Motors', 3],
          ['LM', 1],
        ],
        place: [
          ['LM', 1],
          ['Ardena', 2],
        ],
      },
      { organization: { 'Lakeview Motors': 5 }, place: { Ardena: 2 } },
    ],
    [
      'small words are not among the capitals',
      {
        organization: [
          ['Bank of Lakeview', 1],
          ['BL', 1],
        ],
      },
      { organization: { 'Bank of Lakeview': 2 } },
    ],
    [
      'of two names of those capitals, the one the day writes far more often',
      {
        organization: [
          ['Korvex Harbour Trust', 6],
          ['Kent Hill Tigers', 2],
          ['KHT', 3],
        ],
      },
      { organization: { 'Korvex Harbour Trust': 9, 'Kent Hill Tigers': 2 } },
    ],
    [
      'the legal form is not among the capitals',
      {
        organization: [
          ['Velmont Motors Corp', 2],
          ['VM', 1],
        ],
      },
      { organization: { 'Velmont Motors Corp': 3 } },
    ],
  ])('%s', (_label, counts, expected) => {
    expect(joined(counts)).toEqual(expected);
  });

  it.each<[string, Counts]>([
    [
      'two names of those capitals: which one is meant is not known',
      {
        organization: [
          ['Lakeview Motors', 1],
          ['Lakeview Mining', 1],
          ['LM', 2],
        ],
      },
    ],
    [
      'one name written more often, but not far more often',
      {
        organization: [
          ['Lakeview Motors', 5],
          ['Lakeview Mining', 2],
          ['LM', 2],
        ],
      },
    ],
    ['a person’s initials are no name of the day’s bodies', { person: [['Ann Roe', 2]], organization: [['AR', 1]] }],
    [
      'a word of capitals and small letters is no initialism',
      {
        organization: [
          ['Lakeview Motors', 1],
          ['Lm', 1],
        ],
      },
    ],
    [
      'one letter is no initialism',
      {
        organization: [
          ['Lakeview', 1],
          ['L', 1],
        ],
      },
    ],
  ])('no join: %s', (_label, counts) => {
    const before = Object.fromEntries(Object.entries(counts).map(([type, names]) => [type, Object.fromEntries(names)]));
    expect(joined(counts)).toEqual(before);
  });
});
