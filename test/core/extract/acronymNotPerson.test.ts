import { describe, expect, it } from 'vitest';
import { acronymNotPerson } from '../../../src/core/extract/entities/acronymNotPerson.js';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';

/** Whether the first `name` in `text` is read as an acronym, so no person. */
const readAsAcronym = (text: string, name: string) => {
  const at = text.indexOf(name);
  return acronymNotPerson(text, at, at + name.length);
};

describe('a name in capitals on a line in mixed case is an acronym', () => {
  it.each([
    ['Launch customer EDNA has ordered 55 jets.', 'EDNA'],
    ['The jets bear EDNA’s livery.', 'EDNA'],
    ['A HEADLINE IN CAPITALS\nThe jets bear EDNA’s livery.', 'EDNA'],
    ['Staff at VELMO went on strike.', 'VELMO'],
  ])('%j: %s', (text, name) => {
    expect(readAsAcronym(text, name)).toBe(true);
  });
});

describe('negative: a person after all', () => {
  it.each([
    // a headline written in capitals: every name is
    ['EDNA ROE WINS THE RACE', 'EDNA'],
    // a transcript's speaker label
    ['EDNA: Thank you, and good evening.', 'EDNA'],
    ['EDNA : Thank you.', 'EDNA'],
    // after a title
    ['Mr. EDNA said no.', 'EDNA'],
    // not one run of capitals: a name in mixed case, one letter, seven letters, a digit
    ['Edna Roe said no.', 'Edna'],
    ['Then E said no.', 'E'],
    ['Staff at VELMONT went on strike.', 'VELMONT'],
    ['The B52 flew.', 'B52'],
  ])('%j: %s', (text, name) => {
    expect(readAsAcronym(text, name)).toBe(false);
  });
});

describe('in the extractor', () => {
  it.each([
    // the tagger reads these as people: EDNA spells a given name
    ['Launch customer EDNA has ordered 55 jets.'],
    ['The jets bear EDNA’s livery.'],
  ])('%j: EDNA is an organisation', (text) => {
    expect(extractEntities(text).find((m) => m.surface.startsWith('EDNA'))?.type).toBe('organization');
  });

  it('keeps a transcript speaker a person', () => {
    const text = 'EDNA: Thank you, and good evening to Tom Hale.';
    expect(extractEntities(text).find((m) => m.surface === 'EDNA')?.type).not.toBe('organization');
  });
});

describe('the body a role names before it', () => {
  it.each([
    // a sentence's first word that is a common word is no body
    ['Former chief executive Tom Hale said no.', 'Former'],
    ['Veteran defender Tom Hale scored twice.', 'Veteran'],
    ['He left. Veteran defender Tom Hale scored twice.', 'Veteran'],
  ])('negative: %j names no body %j', (text, word) => {
    const mentions = extractEntities(text);
    expect(mentions.find((m) => m.text === 'Tom Hale')?.type).toBe('person');
    expect(mentions.some((m) => m.text === word)).toBe(false);
  });

  it.each([
    // a name of no list, a common word that is a listed company
    ['Velmont chief executive Tom Hale said no.', 'Velmont'],
    ['Apple chief executive Tom Hale said no.', 'Apple'],
  ])('%j names the body %j', (text, word) => {
    expect(extractEntities(text).find((m) => m.text === word)?.type).toBe('organization');
  });
});
