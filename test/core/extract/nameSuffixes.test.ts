import { describe, expect, it } from 'vitest';
import { joinNameSuffixes } from '../../../src/core/extract/entities/nameSuffixes.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';
import { namesOfType } from '../../helpers/entities.js';

/** A tagged span over the first place the words stand in the text. */
const at = (text: string, words: string, type: NerSpan['type']): NerSpan => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, type };
};
const joined = (text: string, spans: NerSpan[]) =>
  joinNameSuffixes(text, spans).map((s) => [text.slice(s.start, s.end), s.type]);

describe('joinNameSuffixes: a legal form or a generation is part of the name', () => {
  it.each([
    ['In 1979 the label went to Corda Inc. for a sum.', 'Corda', 'ORG', 'Corda Inc.', 'ORG'],
    ['Shares of Velt Holdings Ltd fell.', 'Velt Holdings', 'ORG', 'Velt Holdings Ltd', 'ORG'],
    ['The rings were made by Hale & Co. in Leeds.', 'Hale', 'PER', 'Hale & Co.', 'ORG'],
    ['Lumen AG said profits rose.', 'Lumen', 'LOC', 'Lumen AG', 'ORG'],
    ['Tom Roe Jr. caught the ball.', 'Tom Roe', 'PER', 'Tom Roe Jr.', 'PER'],
    ['Ann Lee, Sr. spoke first.', 'Ann Lee', 'PER', 'Ann Lee, Sr.', 'PER'],
    ['John Marsh III won the seat.', 'John Marsh', 'PER', 'John Marsh III', 'PER'],
    ['It hired Tova Brill and Co Inc as adviser.', 'Tova Brill', 'PER', 'Tova Brill and Co Inc', 'ORG'],
    ['Shares went to Garvin and Sons Ltd.', 'Garvin', 'PER', 'Garvin and Sons Ltd.', 'ORG'],
  ] as Array<[string, string, NerSpan['type'], string, string]>)('%s', (text, words, type, name, joinedType) => {
    expect(joined(text, [at(text, words, type)])).toEqual([[name, joinedType]]);
  });

  it('takes in a name the tagger found inside the suffix', () => {
    const text = 'The rings were made by Hale & Co. in Leeds.';
    const spans = [at(text, 'Hale', 'LOC'), at(text, '& Co.', 'ORG'), at(text, 'Leeds', 'LOC')];
    expect(joined(text, spans)).toEqual([
      ['Hale & Co.', 'ORG'],
      ['Leeds', 'LOC'],
    ]);
  });

  it.each([
    ['a word that only begins like a form', 'He joined Acme Co-operative Bank.', 'Acme', 'ORG'],
    ['a form written apart by a comma', 'Ask Corda, Inc. for more.', 'Corda', 'ORG'],
    ['a generation after a company', 'Velt III was launched.', 'Velt', 'ORG'],
    ['a form in lower case', 'The Acme co. store shut.', 'Acme', 'ORG'],
    ['a word that begins with a form', 'Rita Cole Incorporated nothing.', 'Rita Cole', 'PER'],
    ['"and" before a word that begins like a form', 'Tom Hale and Co-op members met.', 'Tom Hale', 'PER'],
    ['"and" before a company word that is no form', 'Tom Hale and Company law met.', 'Tom Hale', 'PER'],
  ] as Array<[string, string, string, NerSpan['type']]>)('no suffix: %s', (_why, text, words, type) => {
    expect(joined(text, [at(text, words, type)])).toEqual([[words, type]]);
  });

  it('leaves a name that runs past the suffix as it is', () => {
    const text = 'Hale & Co. Holdings said so.';
    const spans = [at(text, 'Hale', 'PER'), at(text, '& Co. Holdings', 'ORG')];
    expect(joined(text, spans)).toEqual([
      ['Hale', 'PER'],
      ['& Co. Holdings', 'ORG'],
    ]);
  });
});

describe('entities keep the legal form and the generation', () => {
  it.each([
    ['In 1979, the network sold its record label to Corda Inc. for a sum.', 'organization', 'Corda Inc.'],
    ['The rings were designed by Hale & Co. in New York.', 'organization', 'Hale & Co.'],
    ['Tom Roe Jr. caught the ball on the opening drive.', 'person', 'Tom Roe Jr.'],
  ] as Array<[string, 'person' | 'organization', string]>)('%s', (text, type, name) => {
    expect(namesOfType(text, type)).toContain(name);
  });
});
