import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/core/text/editDistance.js';

describe('editDistance', () => {
  it.each([
    ['independence', 'independence', 0],
    ['independance', 'independence', 1],
    ['recieve', 'receive', 1],
    ['captian', 'captain', 1],
    ['comittee', 'committee', 1],
    ['goverment', 'government', 1],
    ['Bismark', 'Bismarck', 1],
    ['adress', 'address', 1],
    ['acheive', 'achieve', 1],
    ['kitten', 'sitting', 3],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b, 3)).toBe(distance);
    expect(editDistance(b, a, 3)).toBe(distance);
  });

  it.each([
    ['lengths too far apart', 'velmont', 'velmontian', 2],
    ['every letter changed', 'abcdef', 'uvwxyz', 2],
    ['the bound passed in the middle', 'parliament', 'partnership', 2],
  ])('more than the bound gives the bound plus one: %s', (_why, a, b, max) => {
    expect(editDistance(a, b, max)).toBe(max + 1);
  });
});
