import { describe, expect, it } from 'vitest';
import { joinBrandOpening } from '../../../src/core/extract/entities/brandOpening.js';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';

/** The name as joined, when the tagger read `name` in `text` as a person. */
function joined(text: string, name: string): string {
  const start = text.indexOf(name);
  const [span] = joinBrandOpening(text, [{ start, end: start + name.length, type: 'PER' }]);
  return `${span!.type}:${text.slice(span!.start, span!.end)}`;
}

describe("a name right after a brand's word", () => {
  it.each([
    ['Velmont launched the iVelm Music Store on Monday.', 'Music Store', 'ORG:iVelm Music Store'],
    ['Shoppers used eKorvex Motors to buy cars.', 'Motors', 'ORG:eKorvex Motors'],
    ['(iVelm Music Store)', 'Music Store', 'ORG:iVelm Music Store'],
  ])('%j', (text, name, reading) => {
    expect(joined(text, name)).toBe(reading);
  });

  it('in the extractor, where the tagger reads the rest as a person', () => {
    const text = 'Velmont launched the iVelm Music Store on Monday.';
    expect(extractEntities(text).map((m) => `${m.type}:${m.text}`)).toContain('organization:iVelm Music Store');
  });
});

describe('negative: no brand before the name', () => {
  it.each([
    // an abbreviation in capitals after a lower-case letter
    ['It was a mRNA Velmont.', 'Velmont'],
    // a name's lower-case particle
    ['Paul de Velm spoke on Monday.', 'Velm'],
    // a word of lower-case letters only, or a capital inside a longer word
    ['The music Store Roe spoke.', 'Store Roe'],
    ['The velmoNet Roe spoke.', 'Roe'],
  ])('%j leaves %j as it is', (text, name) => {
    expect(joined(text, name)).toBe(`PER:${name}`);
  });
});
