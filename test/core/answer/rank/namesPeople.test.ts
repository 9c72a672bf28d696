import { describe, expect, it } from 'vitest';
import { namesPeople } from '../../../../src/core/answer/rank/phrases.js';

describe('group phrases whose last word names people', () => {
  it.each([
    'motivated students',
    'the teachers',
    'the city council',
    'Christians',
    'local residents',
    'new employees',
    'the chairmen',
    'many individuals',
    'paid professionals',
    'chemical engineers',
    'the actresses',
    // nouns for people that no ending shows, from compromise's lexicon, in the plural
    'Catholic bishops',
    'market analysts',
    'the deputies',
    // bodies and groups of people that neither an ending nor the lexicon shows
    'government officials',
    'the troops',
    'foreign banks',
    'member states',
    'opposition parties',
    'Velmont fans',
    // nouns WordNet reads as people or as a body of them, whatever their ending
    'the hosts',
    'charter schools',
    'the crews',
  ])('%j names people', (phrase) => {
    expect(namesPeople(phrase)).toBe(true);
  });

  it.each([
    'plans',
    'the drawings',
    'requirements',
    'official documents',
    'texts',
    'levels',
    'duties',
    'cardboard boxes',
    // a person's ending on a thing's noun, which WordNet reads as a thing
    'the numbers',
    'recent incidents',
    'power plants',
    'the quarters',
    'old computers',
    'the assets',
    '',
  ])('%j names things', (phrase) => {
    expect(namesPeople(phrase)).toBe(false);
  });
});
