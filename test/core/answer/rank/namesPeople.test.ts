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
    'charter schools',
    '',
  ])('%j names things', (phrase) => {
    expect(namesPeople(phrase)).toBe(false);
  });
});
