import { describe, expect, it } from 'vitest';
import { joinAdjacentNames } from '../../../src/core/extract/entities/adjacentNames.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';

/** Tagged spans over the first place each of the words stands in the text. */
const spans = (text: string, tagged: Array<[string, NerSpan['type']]>): NerSpan[] =>
  tagged.map(([words, type]) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, type };
  });
const joined = (text: string, tagged: Array<[string, NerSpan['type']]>) =>
  joinAdjacentNames(text, spans(text, tagged)).map((s) => [text.slice(s.start, s.end), s.type]);

describe('joinAdjacentNames: two names with only a space between are one', () => {
  it.each([
    [
      'one kind stays that kind',
      'Shares of Velmont Zentrix Holdings rose.',
      ['Velmont', 'Zentrix Holdings'],
      'ORG',
      'ORG',
      'ORG',
    ],
    [
      'two people read apart are one person',
      'The coach Robert Lane Marsh left.',
      ['Robert Lane', 'Marsh'],
      'PER',
      'PER',
      'PER',
    ],
    [
      'a place and a body make a body',
      'Fans of Korvex Ardena United sang.',
      ['Korvex', 'Ardena United'],
      'LOC',
      'ORG',
      'ORG',
    ],
    [
      'a person and a place make a body',
      'He joined Tom Hale Velmont last year.',
      ['Tom Hale', 'Velmont'],
      'PER',
      'LOC',
      'ORG',
    ],
    [
      "an other name before a company's full name opens it",
      'It rejected Trans Velmont Airlines Inc on Monday.',
      ['Trans', 'Velmont Airlines Inc'],
      'MISC',
      'ORG',
      'ORG',
    ],
  ] as Array<[string, string, [string, string], NerSpan['type'], NerSpan['type'], string]>)(
    '%s',
    (_, text, [first, second], firstType, secondType, type) => {
      expect(
        joined(text, [
          [first, firstType],
          [second, secondType],
        ]),
      ).toEqual([[`${first} ${second}`, type]]);
    },
  );

  it('a run of three is one name', () => {
    const text = 'He played for Korvex Ardena Velmont in May.';
    expect(
      joined(text, [
        ['Korvex', 'ORG'],
        ['Ardena', 'LOC'],
        ['Velmont', 'ORG'],
      ]),
    ).toEqual([['Korvex Ardena Velmont', 'ORG']]);
  });

  it.each([
    [
      'a comma between',
      'Velmont, Ardena and Korvex met.',
      [
        ['Velmont', 'LOC'],
        ['Ardena', 'LOC'],
      ],
    ],
    [
      '"and" between',
      'Velmont and Ardena met.',
      [
        ['Velmont', 'LOC'],
        ['Ardena', 'LOC'],
      ],
    ],
    [
      'a line break between',
      'Velmont\nArdena met.',
      [
        ['Velmont', 'LOC'],
        ['Ardena', 'LOC'],
      ],
    ],
    [
      'two spaces between',
      'Velmont  Ardena met.',
      [
        ['Velmont', 'LOC'],
        ['Ardena', 'LOC'],
      ],
    ],
    [
      'an other name before a person',
      'The Ardenan Tom Hale won.',
      [
        ['Ardenan', 'MISC'],
        ['Tom Hale', 'PER'],
      ],
    ],
    [
      "a people's adjective before a company",
      'The Australian Velmont Corp met.',
      [
        ['Australian', 'MISC'],
        ['Velmont Corp', 'ORG'],
      ],
    ],
    [
      'a modifier with a hyphen before a company',
      'The Ardena-based Velmont Inc met.',
      [
        ['Ardena-based', 'MISC'],
        ['Velmont Inc', 'ORG'],
      ],
    ],
    [
      'an other name before a body without a legal form',
      'The Republican Congress met.',
      [
        ['Republican', 'MISC'],
        ['Congress', 'ORG'],
      ],
    ],
    [
      'a person before an other name',
      'Tom Hale Cup games',
      [
        ['Tom Hale', 'PER'],
        ['Cup', 'MISC'],
      ],
    ],
  ] as Array<[string, string, Array<[string, NerSpan['type']]>]>)('stay apart: %s', (_, text, tagged) => {
    expect(joined(text, tagged)).toEqual(tagged);
  });
});
