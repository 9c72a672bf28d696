import { describe, expect, it } from 'vitest';
import { splitNameOfCountry } from '../../../src/core/extract/entities/ofCountry.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';

/** The names the rule leaves of one tagged span over the first place `words` stand in `text`. */
const split = (text: string, words: string, type: NerSpan['type']) => {
  const start = text.indexOf(words);
  return splitNameOfCountry(text, [{ start, end: start + words.length, type }]).map((s) => [
    text.slice(s.start, s.end),
    s.type,
  ]);
};

describe('splitNameOfCountry: a name read on through "of" into a country', () => {
  it.each([
    [
      'a player and the country',
      'Tom Hale of Sweden beat Ann Roe.',
      'Tom Hale of Sweden',
      'PER',
      [
        ['Tom Hale', 'PER'],
        ['Sweden', 'LOC'],
      ],
    ],
    [
      'a club and the country',
      'Velmont United of Turkey lost.',
      'Velmont United of Turkey',
      'ORG',
      [
        ['Velmont United', 'ORG'],
        ['Turkey', 'LOC'],
      ],
    ],
    [
      'a country of two words',
      'Ann Roe of New Zealand won.',
      'Ann Roe of New Zealand',
      'ORG',
      [
        ['Ann Roe', 'ORG'],
        ['New Zealand', 'LOC'],
      ],
    ],
  ] as Array<[string, string, string, NerSpan['type'], string[][]]>)('%s', (_, text, words, type, expected) => {
    expect(split(text, words, type)).toEqual(expected);
  });

  it.each([
    ['an institution of the country', 'The Bank of Sweden held rates.', 'Bank of Sweden', 'ORG'],
    ['a council of the country', 'The National Council of Turkey met.', 'National Council of Turkey', 'ORG'],
    ["the state's long name", 'The Republic of Turkey said so.', 'Republic of Turkey', 'LOC'],
    [
      "the state's long name, read as a body",
      "The People's Republic of China said so.",
      "People's Republic of China",
      'ORG',
    ],
    ['"of" and no country', 'The Duke of Velmont came.', 'Duke of Velmont', 'PER'],
    ['a city, not a country', 'Ann Roe of Velmont won.', 'Ann Roe of Velmont', 'PER'],
  ] as Array<[string, string, string, NerSpan['type']]>)('stays whole: %s', (_, text, words, type) => {
    expect(split(text, words, type)).toEqual([[words, type]]);
  });
});
