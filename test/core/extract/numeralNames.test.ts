import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { isNumeralOnly } from '../../../src/core/extract/entities/numeralNames.js';

describe('Roman numerals alone are no name', () => {
  it.each([
    ['XXI', true],
    ['XLVIII', true],
    ['XXI XXIV', true],
    ['IV', true],
    // a numeral after a name is part of it; letters that only look like one are names
    ['Henry VIII', false],
    ['DC', false],
    ['CD', false],
    ['CIA', false],
    ['I', false],
    ['Velt', false],
  ])('%s → %s', (name, expected) => {
    expect(isNumeralOnly(name)).toBe(expected);
  });

  it('keeps the numbered games out of the names of a text, and kings with numerals in', () => {
    const text = 'Korvex lost the Velt Cups XXI and XXIV, as King Henry VIII had foretold.';
    const names = extractEntities(text).map((e) => e.text);
    expect(names).not.toContain('XXI');
    expect(names).not.toContain('XXIV');
    expect(names).toContain('Henry VIII');
  });
});
