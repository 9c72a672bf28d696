import { describe, expect, it } from 'vitest';
import { joinByAcronym } from '../../../src/core/extract/entities/acronymJoin.js';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';

const at = (text: string, words: string, type: NerSpan['type']): NerSpan => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, type };
};
const joined = (text: string, tagged: Array<[string, NerSpan['type']]>) =>
  joinByAcronym(
    text,
    tagged.map(([words, type]) => at(text, words, type)),
  ).map((s) => [text.slice(s.start, s.end), s.type]);

describe('joinByAcronym: two names whose acronym in brackets spells the whole', () => {
  it.each([
    [
      'It joined the General Accord on Korvex Trade (GAKT) in May.',
      'General Accord',
      'Korvex Trade',
      'General Accord on Korvex Trade',
    ],
    [
      'The Velmont Union of the Ardena Ports (VUAP) said so.',
      'Velmont Union',
      'Ardena Ports',
      'Velmont Union of the Ardena Ports',
    ],
  ])('%s', (text, first, second, whole) => {
    expect(
      joined(text, [
        [first, 'ORG'],
        [second, 'LOC'],
      ]),
    ).toEqual([[whole, 'ORG']]);
  });

  it.each([
    ['an acronym that spells another name', 'It joined the General Accord on Korvex Trade (GATT) in May.'],
    ['no acronym', 'It joined the General Accord on Korvex Trade in May.'],
    ['a word that initials keep between', 'It joined the General Accord with Korvex Trade (GAKT) in May.'],
  ])('stays apart: %s', (_why, text) => {
    const tagged: Array<[string, NerSpan['type']]> = [
      ['General Accord', 'ORG'],
      ['Korvex Trade', 'ORG'],
    ];
    expect(joined(text, tagged)).toEqual(tagged);
  });

  it('gives the body, not a person with the role "General"', () => {
    const found = extractEntities(
      'Ardena must be a member of the General Agreement on Shipping and Trade (GAST), for which it applied.',
    );
    expect(found.map((m) => [m.surface, m.type])).toContainEqual([
      'General Agreement on Shipping and Trade',
      'organization',
    ]);
    expect(found.some((m) => m.role === 'General')).toBe(false);
  });
});
