import { describe, expect, it } from 'vitest';
import { namePhrases } from '../../../../src/core/answer/rank/names.js';

const written = (text: string) => namePhrases(text).map((p) => p.text);

describe('runs of capitalised words as fall-back who-candidates', () => {
  it.each([
    ['The postulate was first proved by Chebyshev in 1852.', ['Chebyshev']],
    ['The vote was run by Digital Spy.', ['Digital Spy']],
    [
      'It shows Madame de Pompadour, painted by François Boucher. In 1758 it was sold.',
      ['Madame de Pompadour', 'François Boucher'],
    ],
    ['It was ruled by Suleiman the Magnificent.', ['Suleiman the Magnificent']],
    ['The ball was picked off by T. J. Ward and recovered by Trevathan.', ['T. J. Ward', 'Trevathan']],
    ['The Tang emperors ruled.', ['Tang']],
    // a title of address alone is no name ("Ms" of "Ms. Ann Roe", where the tagger took only the name)
    ['He met Ms. Ann Roe there.', ['Ann Roe']],
    // a weekday or a month is a date, not a name
    ['On Wednesday, Tom Hale met Ann Roe in June.', ['Tom Hale', 'Ann Roe']],
    // a bracket inside a sentence holds a name
    ['It sold its unit (Velmont) last year.', ['Velmont']],
  ])('%s → %j', (text, names) => {
    expect(written(text)).toEqual(names);
    for (const p of namePhrases(text)) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('runs of capitalised words: none where no name is written', () => {
  it.each([
    'However, it rained all day.',
    'The city was rebuilt.',
    'In the end nothing was done.',
    'It was I who went.',
    'Teachers. Students. Parents.',
    // a bracket that opens a sentence: its capital opens the sentence
    '(Corrects from "bids" in headline)',
    'It rose. (Adds comment in last paragraph)',
    // a capital inside a word opens no name
    'Velmont added a model to its vPhone line, the vPhone mini, sold on eBay.',
    // a currency's code before its sign
    'The loan will be worth CA$1 billion, or HK$ 40 a share.',
    '',
  ])('%j', (text) => {
    expect(written(text)).toEqual([]);
  });
});
