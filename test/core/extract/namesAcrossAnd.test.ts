import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { joinNamesAcrossAnd } from '../../../src/core/extract/entities/namesAcrossAnd.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';

/** A tagged span over the first place the words stand in the text. */
const at = (text: string, words: string, type: NerSpan['type'], from = 0): NerSpan => {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, type };
};
const joined = (text: string, spans: NerSpan[]) =>
  joinNamesAcrossAnd(text, spans).map((s) => [text.slice(s.start, s.end), s.type]);

describe('joinNamesAcrossAnd: names that run across "and" or "&"', () => {
  it.each([
    [
      'Lawyers at Brill & Garvin said so.',
      [
        ['Brill', 'ORG'],
        ['Garvin', 'PER'],
      ],
      'Brill & Garvin',
    ],
    [
      'Ask Tova Brill & Ann Garvin.',
      [
        ['Tova Brill', 'PER'],
        ['Ann Garvin', 'PER'],
      ],
      'Tova Brill & Ann Garvin',
    ],
    [
      'The Ardena Food and Drug Board said so.',
      [
        ['Ardena Food', 'ORG'],
        ['Drug Board', 'ORG'],
      ],
      'Ardena Food and Drug Board',
    ],
    [
      'A plan of the Tax and Means Committee.',
      [
        ['Tax', 'MISC'],
        ['Means Committee', 'ORG'],
      ],
      'Tax and Means Committee',
    ],
    ['It went to the Ways and Means Committee.', [['Means Committee', 'ORG']], 'Ways and Means Committee'],
    [
      'He sued Korvex Savings and Loan Insurance Corp.',
      [
        ['Korvex Savings', 'ORG'],
        ['Loan Insurance Corp', 'ORG'],
      ],
      'Korvex Savings and Loan Insurance Corp',
    ],
    [
      "It was rated by Standard and Poor's Corp today.",
      [
        ['Standard', 'ORG'],
        ["Poor's Corp", 'ORG'],
      ],
      "Standard and Poor's Corp",
    ],
  ] as Array<[string, Array<[string, NerSpan['type']]>, string]>)('%s', (text, tagged, name) => {
    expect(
      joined(
        text,
        tagged.map(([words, type]) => at(text, words, type)),
      ),
    ).toEqual([[name, 'ORG']]);
  });

  it.each([
    ['Shares of Brill and Garvin Securities Corp rose.', 'Brill and Garvin Securities Corp'],
    ['It hired Korby and Lisle Inc.', 'Korby and Lisle Inc'],
  ])('a firm named after its partners: %s', (text, name) => {
    const [partner, company] = name.split(' and ');
    expect(joined(text, [at(text, partner!, 'PER'), at(text, company!, 'ORG')])).toEqual([[name, 'ORG']]);
  });

  it.each([
    ['a given name', 'Maria and Garvin Corp met.', 'Maria'],
    ['a place', 'Paris and Garvin Corp met.', 'Paris'],
    ['a word in capitals', 'KORBY and Garvin Corp met.', 'KORBY'],
  ])('no partners firm: %s', (_why, text, partner) => {
    const company = 'Garvin Corp';
    expect(joined(text, [at(text, partner, 'PER'), at(text, company, 'ORG')])).toEqual([
      [partner, 'PER'],
      [company, 'ORG'],
    ]);
  });

  it('no partners firm: the surname of a person the report names in full', () => {
    const text = 'Tom Brill spoke. Brill and Garvin Corp met.';
    const spans = [at(text, 'Tom Brill', 'PER'), at(text, 'Brill', 'PER', 10), at(text, 'Garvin Corp', 'ORG')];
    expect(joined(text, spans).map(([words]) => words)).toEqual(['Tom Brill', 'Brill', 'Garvin Corp']);
  });

  it('no partners firm: a company without a company word', () => {
    const text = 'Brill and Garvin Group met.';
    expect(joined(text, [at(text, 'Brill', 'PER'), at(text, 'Garvin Group', 'ORG')])).toHaveLength(2);
  });

  it('leaves the possessive before the name out of it', () => {
    const text = "Ardena's Trade and Steel Corp met.";
    expect(joined(text, [at(text, 'Ardena', 'LOC'), at(text, 'Steel Corp', 'ORG')])).toEqual([
      ['Ardena', 'LOC'],
      ['Trade and Steel Corp', 'ORG'],
    ]);
  });

  it.each([
    [
      'a whole name before "and"',
      'Velmont Oil and Drug Corp met.',
      [
        ['Velmont', 'ORG'],
        ['Drug Corp', 'ORG'],
      ],
    ],
    [
      'a company before "and"',
      'Korvex Inc and Drug Corp met.',
      [
        ['Korvex Inc', 'ORG'],
        ['Drug Corp', 'ORG'],
      ],
    ],
    [
      'a body before "and"',
      'The Velmont Group and Drug Corp met.',
      [
        ['Velmont Group', 'ORG'],
        ['Drug Corp', 'ORG'],
      ],
    ],
    [
      'a name that opens on a name of its own',
      'Velmont Oil and Zentrix Steel Corp met.',
      [
        ['Velmont Oil', 'ORG'],
        ['Zentrix Steel Corp', 'ORG'],
      ],
    ],
    [
      'a name that opens on a word that opens names',
      'Velmont Oil and General Motors Corp met.',
      [
        ['Velmont Oil', 'ORG'],
        ['General Motors Corp', 'ORG'],
      ],
    ],
    [
      'a body that opens on a body',
      'The House and Senate Committee met.',
      [
        ['House', 'ORG'],
        ['Senate Committee', 'ORG'],
      ],
    ],
    [
      'a place before "and"',
      'Ardena and Steel Corp met.',
      [
        ['Ardena', 'LOC'],
        ['Steel Corp', 'ORG'],
      ],
    ],
    [
      'an acronym before "and"',
      'The IMF and World Bank met.',
      [
        ['IMF', 'ORG'],
        ['World Bank', 'ORG'],
      ],
    ],
    [
      'a tail of one word',
      'The Food and Drug met.',
      [
        ['Food', 'ORG'],
        ['Drug', 'ORG'],
      ],
    ],
    [
      'a tail that ends as no body does',
      'The Food and Drug Story met.',
      [
        ['Food', 'ORG'],
        ['Drug Story', 'ORG'],
      ],
    ],
    [
      'words more than "and" apart',
      'Tom Brill, and Garvin & Sons met.',
      [
        ['Tom Brill', 'PER'],
        ['Garvin', 'PER'],
      ],
    ],
    [
      '"&" beside another name',
      'The Ardenan & Velmont Corp met.',
      [
        ['Ardenan', 'MISC'],
        ['Velmont Corp', 'ORG'],
      ],
    ],
  ] as Array<[string, string, Array<[string, NerSpan['type']]>]>)('stays apart: %s', (_why, text, tagged) => {
    expect(
      joined(
        text,
        tagged.map(([words, type]) => at(text, words, type)),
      ),
    ).toEqual(tagged);
  });
});

describe('entities across "and"', () => {
  it.each([
    ['The bill went to the House Ways and Means Committee on Tuesday.', 'House Ways and Means Committee'],
    ['Approval came from the Ardena Food and Drug Administration.', 'Ardena Food and Drug Administration'],
    ['Lawyers at Brill & Garvin said the suit would go on.', 'Brill & Garvin'],
    ['It hired Tova Brill and Co Inc as its adviser.', 'Tova Brill and Co Inc'],
  ])('%s', (text, name) => {
    expect(extractEntities(text).map((m) => [m.text, m.type])).toContainEqual([name, 'organization']);
  });
});
