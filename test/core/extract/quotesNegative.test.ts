import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { extractQuotes } from '../../../src/core/extract/quotes/quotes.js';
import { findQuoteSpans } from '../../../src/core/extract/quotes/quoteSpans.js';

describe('findQuoteSpans: marks that make no quotation', () => {
  it.each([
    ['a height in inches', 'He stands 6\'2" tall and weighs 180 pounds.'],
    ['closing marks alone', 'word” word” word”'],
    ['an opening mark never closed', 'She said “this goes on and on without end.'],
    ['a paragraph left open, the next not reopening', '“Open here\n\nNext paragraph without a mark.”'],
    ['marks around nothing', 'An empty “ ” pair.'],
    ['a straight mark inside a word', 'The file is named a"b and c"d.'],
  ])('%s', (_label, text) => {
    expect(findQuoteSpans(text)).toEqual([]);
  });
});

describe('extractQuotes: quoted words that are not quotations', () => {
  it.each([
    ['a title in quotes', 'The film "Modern Times" opens on Friday.'],
    ['a scare-quoted word', 'The so-called "reform" passed.'],
    ['a short partial quote with no speaker', 'The plan was "a costly gamble" by most accounts.'],
    ['a nickname', 'Joe "The Hammer" Smith fought on Saturday.'],
  ])('%s', (_label, text) => {
    expect(extractQuotes(text, extractEntities(text))).toEqual([]);
  });

  it.each([
    ['a place is not a speaker', 'In Paris, “the talks will go on for another week or two,” according to Paris.'],
    ['no person before a pronoun', '“We will not stop now or ever again,” he said.'],
  ])('%s: no speaker', (_label, text) => {
    const found = extractQuotes(text, extractEntities(text));
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBeNull();
  });
});
