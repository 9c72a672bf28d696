import { describe, expect, it } from 'vitest';
import { joinIrishNames, joinNameParticles } from '../../../src/core/extract/entities/nameParticles.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';
import { namesOfType } from '../../helpers/entities.js';

/** A tagged span over the first place the words stand in the text. */
const at = (text: string, words: string, type: NerSpan['type']): NerSpan => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, type };
};
const joined = (text: string, spans: NerSpan[]) =>
  joinNameParticles(text, spans).map((s) => [text.slice(s.start, s.end), s.type]);

describe('joinNameParticles: a family name after a particle is part of the person', () => {
  it.each([
    ['The troops were led by Paul von Roe.', [['Paul', 'PER']], 'Paul von Roe'],
    ['Ann van der Hale saved a penalty.', [['Ann', 'PER']], 'Ann van der Hale'],
    [
      'Cesar dal Velt won the stage.',
      [
        ['Cesar', 'PER'],
        ['Velt', 'PER'],
      ],
      'Cesar dal Velt',
    ],
    [
      'The envoy Omar bin Basri arrived.',
      [
        ['Omar', 'PER'],
        ['Basri', 'ORG'],
      ],
      'Omar bin Basri',
    ],
    ["Paul von Roe-Hale's men held the line.", [['Paul', 'PER']], 'Paul von Roe-Hale'],
  ] as Array<[string, Array<[string, NerSpan['type']]>, string]>)('%s', (text, tagged, name) => {
    expect(
      joined(
        text,
        tagged.map(([words, type]) => at(text, words, type)),
      ),
    ).toEqual([[name, 'PER']]);
  });

  it.each([
    ['a particle before a lower-case word', 'Paul de facto ran the firm.', 'Paul', 'PER'],
    ['a place before a particle', 'Rome de Velt is a song.', 'Rome', 'LOC'],
    ['a word that only begins like a particle', 'Paul vonder Roe spoke.', 'Paul', 'PER'],
    ['a particle ending the sentence', 'It was sung by Ann de. Then Roe left.', 'Ann', 'PER'],
  ] as Array<[string, string, string, NerSpan['type']]>)('no particle: %s', (_why, text, words, type) => {
    expect(joined(text, [at(text, words, type)])).toEqual([[words, type]]);
  });

  it('leaves a name that runs past the family name as it is', () => {
    const text = 'Paul von Roe Holdings said so.';
    const spans = [at(text, 'Paul', 'PER'), at(text, 'Roe Holdings', 'ORG')];
    expect(joined(text, spans)).toEqual([
      ['Paul', 'PER'],
      ['Roe Holdings', 'ORG'],
    ]);
  });
});

describe('entities keep a family name after its particle', () => {
  it('reads "Lt Col Paul von Roe-Hale" as one person', () => {
    expect(namesOfType('The forces were led by Lt Col Paul von Roe-Hale until 1918.', 'person')).toContain(
      'Paul von Roe-Hale',
    );
  });
});

describe("joinIrishNames: an Irish family name's O' runs on into the rest", () => {
  it.each([
    [
      "Velmont Air chief Tom O' Hale said no.",
      [at("Velmont Air chief Tom O' Hale said no.", 'Tom O', 'PER')],
      [["Tom O' Hale", 'PER']],
    ],
    // the tagger reads the lone "O" as a body and the rest as a person: both are taken in
    [
      "Later O' Hale said no.",
      [at("Later O' Hale said no.", 'O', 'ORG'), at("Later O' Hale said no.", 'Hale', 'PER')],
      [["O' Hale", 'PER']],
    ],
  ] as Array<[string, NerSpan[], Array<[string, string]>]>)('%s', (text, spans, expected) => {
    expect(joinIrishNames(text, spans).map((s) => [text.slice(s.start, s.end), s.type])).toEqual(expected);
  });

  it.each([
    // a name that does not end in the word "O"
    ["Tom Roe' Hale said no.", 'Tom Roe'],
    ["Tom Leo' Hale said no.", 'Tom Leo'],
    // no capitalised word after the apostrophe
    ["Tom O' said no.", 'Tom O'],
  ])('leaves %j as it is', (text, name) => {
    const spans = [at(text, name, 'PER')];
    expect(joinIrishNames(text, spans)).toEqual(spans);
  });

  it('a later "O\' Hale" is the person named in full before', () => {
    const people = namesOfType("Velmont Air chief Tom O' Hale said no. O' Hale later left.", 'person');
    expect(people).toContain("Tom O' Hale");
    expect(people).not.toContain("O' Hale");
  });
});
