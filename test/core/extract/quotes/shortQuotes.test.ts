import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../src/core/extract/entities/entities.js';
import { extractQuotes } from '../../../../src/core/extract/quotes/quotes.js';

function quotes(text: string) {
  return extractQuotes(text, extractEntities(text)).map((q) => [q.text, q.speaker]);
}

describe('extractQuotes: short quotations news writes', () => {
  it.each([
    [
      'one word said with a cue beside it',
      'Laura Cooper looked at the plan. “Probably,” Cooper said.',
      [['Probably,', 'Laura Cooper']],
    ],
    [
      'one word after a cue and a comma',
      'Laura Cooper was asked whether the plan would pass. Cooper said, “Probably.”',
      [['Probably.', 'Laura Cooper']],
    ],
    [
      'the short rest of a quotation split by its attribution',
      'Tom Berg runs the campaign.\n\n“It is taxing on the campaign and its staff,” Berg said. “Big time.”',
      [
        ['It is taxing on the campaign and its staff,', 'Tom Berg'],
        ['Big time.', 'Tom Berg'],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('extractQuotes: short quoted words that stay out', () => {
  it.each([
    ['one word with no cue beside it', 'Laura Cooper said the plan was “reckless” and left.'],
    ['one word that does not close on its own punctuation', 'Laura Cooper said “no” to the plan on Monday.'],
    ['a title after a cue verb', 'The group released an ad, titled “Scam,” on Saturday.'],
    ['a short quotation whose speaker resolves to no one', 'The hall was quiet. “Closing really strong,” she said.'],
  ])('%s', (_label, text) => {
    expect(quotes(text)).toEqual([]);
  });

  it.each([
    [
      'a short quote in the next paragraph, after narration',
      'Tom Berg runs the campaign.\n\n“It is taxing on the campaign and its staff,” Berg said.\n\n' +
        'The bus left. “Big time.”',
    ],
    [
      'a short quote after a sentence that is not an attribution',
      '“It is taxing on the campaign and its staff,” Berg said on a long and busy Monday in Iowa, where the rally ' +
        'drew more than two thousand people from across the state and beyond. “Big time.”',
    ],
  ])('%s', (_label, text) => {
    expect(quotes(text).map(([t]) => t)).not.toContain('Big time.');
  });
});
