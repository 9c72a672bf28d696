import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { splitSurnameBeforePlace } from '../../../src/core/extract/entities/surnameBeforePlace.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';

const at = (text: string, words: string, type: NerSpan['type'], from = 0): NerSpan => {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, type };
};
const split = (text: string, spans: NerSpan[]) =>
  splitSurnameBeforePlace(text, spans).map((s) => [text.slice(s.start, s.end), s.type]);

describe('splitSurnameBeforePlace: a known surname before a country', () => {
  it('cuts the surname the report gives in full elsewhere from the country after it', () => {
    const text = 'Tova Brill met Hale. Hale told Brill Chile had to pay.';
    expect(split(text, [at(text, 'Tova Brill', 'PER'), at(text, 'Brill Chile', 'PER')])).toEqual([
      ['Tova Brill', 'PER'],
      ['Brill', 'PER'],
      ['Chile', 'LOC'],
    ]);
  });

  it.each([
    ['a name the report never gives with a given name', 'Hale told Brill Chile had to pay.', [['Brill Chile', 'PER']]],
    ['a given name and a country as surname', 'Tova Jordan spoke.', [['Tova Jordan', 'PER']]],
    [
      'a last word that is no country',
      'Tova Brill met Brill Velmont.',
      [
        ['Tova Brill', 'PER'],
        ['Brill Velmont', 'PER'],
      ],
    ],
    [
      'an organisation',
      'Tova Brill met Brill Chile.',
      [
        ['Tova Brill', 'PER'],
        ['Brill Chile', 'ORG'],
      ],
    ],
  ] as Array<[string, string, Array<[string, NerSpan['type']]>]>)('stays whole: %s', (_why, text, tagged) => {
    const spans = tagged.map(([words, type]) =>
      at(text, words, type, words.startsWith('Brill ') ? text.indexOf('met') : 0),
    );
    expect(split(text, spans)).toEqual(tagged);
  });

  it('gives the person and the place as entities', () => {
    const found = extractEntities(
      'Finance Minister Carlos Ribeiro met Lawson on Monday. But Lawson told Ribeiro Brazil had to solve its problems.',
    ).map((m) => `${m.text}/${m.type}`);
    expect(found).toContain('Brazil/place');
    expect(found.some((f) => f.startsWith('Ribeiro Brazil'))).toBe(false);
  });
});
