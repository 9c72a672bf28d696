import { describe, expect, it } from 'vitest';
import { joinRegnalRealms } from '../../../src/core/extract/entities/regnalOf.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';
import { namesOfType, readSpans, taggedSpans } from '../../helpers/entities.js';

describe('a ruler with a number and a realm is one name', () => {
  it.each([
    // the realm read as a place of its own
    [
      'Stadtholder Korvex III of Velmont opposed the king.',
      [
        ['Korvex III', 'PER'],
        ['Velmont', 'LOC'],
      ],
      ['PER Korvex III of Velmont'],
    ],
    // the first of the name
    ['It was the court of Korvex I of Trelby.', [['Korvex I', 'PER']], ['PER Korvex I of Trelby']],
    // a realm of two words, left untagged
    ['The treaty was signed by Tom XIV of South Trelby.', [['Tom XIV', 'PER']], ['PER Tom XIV of South Trelby']],
  ] as Array<[string, Array<[string, NerSpan['type']]>, string[]]>)('%s', (text, names, joined) => {
    expect(readSpans(text, joinRegnalRealms(text, taggedSpans(text, names)))).toEqual(joined);
  });

  it('reads the whole name in a sentence', () => {
    expect(namesOfType('Korvex III of Velmont later became king of Trelby.', 'person')).toContain(
      'Korvex III of Velmont',
    );
  });
});

describe('no realm joined where the name or the words after say otherwise', () => {
  it.each([
    // no number: "of" says where a person comes from
    [
      'Ann Roe of Trelby won the race.',
      [
        ['Ann Roe', 'PER'],
        ['Trelby', 'LOC'],
      ],
    ],
    // a body's name runs on after the realm
    ['Korvex III of Velmont Holdings Ltd spoke.', [['Korvex III', 'PER']]],
    // a lower-case word after "of"
    ['Korvex III of the family ruled.', [['Korvex III', 'PER']]],
    // not a person
    ['Velmont II of Trelby sailed.', [['Velmont II', 'ORG']]],
  ] as Array<[string, Array<[string, NerSpan['type']]>]>)('%s', (text, names) => {
    const tagged = taggedSpans(text, names);
    expect(joinRegnalRealms(text, tagged)).toEqual(tagged);
  });
});
