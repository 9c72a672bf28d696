import { describe, expect, it } from 'vitest';
import { joinPossessivePlaces } from '../../../src/core/extract/entities/possessivePlaces.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';
import { namesOfType, readSpans, taggedSpans } from '../../helpers/entities.js';

describe('a building named in the possessive is one name', () => {
  it.each([
    // the tagger stopped at the possessive and read the head as a place of its own
    [
      'The game was at Velmont’s Stadium.',
      [
        ['Velmont', 'LOC'],
        ['Stadium', 'LOC'],
      ],
      'LOC Velmont’s Stadium',
    ],
    // a saint's name, the head left out
    ["They prayed at St Korvex's Cathedral.", [['St Korvex', 'LOC']], "LOC St Korvex's Cathedral"],
    // a body's head makes it an organisation; only the head was tagged
    ["She studied at Velmont's College in Trelby.", [['College', 'LOC']], "ORG Velmont's College"],
    // a possessive without its s
    ["He was treated at St Velmonts' Hospital.", [], "ORG St Velmonts' Hospital"],
    // a capital that opens the sentence is no part of the owner's name
    ["Fans came. At Velmont's Stadium, they cheered.", [], "LOC Velmont's Stadium"],
    // the tagged owner's longer name opens the building's
    ["The San Velmont's Arena opened.", [['San Velmont', 'LOC']], "LOC San Velmont's Arena"],
  ] as Array<[string, Array<[string, NerSpan['type']]>, string]>)('%s', (text, names, joined) => {
    const found = readSpans(text, joinPossessivePlaces(text, taggedSpans(text, names)));
    expect(found.filter((s) => s !== 'LOC Trelby')).toEqual([joined]);
  });

  it('reads the whole name in a sentence', () => {
    const text = 'Ann Roe spoke at Korvex’s Stadium and then at St Velmont’s Cathedral in Trelby.';
    expect(namesOfType(text, 'place')).toEqual(['Korvex’s Stadium', 'St Velmont’s Cathedral', 'Trelby']);
  });
});

describe('no building where the possessive names something else', () => {
  it.each([
    // a person's full name: their hall, not a building's name
    ["Tom Hale's Hall was sold.", [['Tom Hale', 'PER']]],
    // a head that is no building's
    ["Ann Roe's Office said no.", [['Ann Roe', 'PER']]],
    // another capital after the head: a longer name of its own
    [
      "Velmont's College Board met.",
      [
        ['Velmont', 'ORG'],
        ['College Board', 'ORG'],
      ],
    ],
    // a lower-case word after the possessive
    ["Velmont's stadium is new.", [['Velmont', 'ORG']]],
  ] as Array<[string, Array<[string, NerSpan['type']]>]>)('%s', (text, names) => {
    const tagged = taggedSpans(text, names);
    expect(joinPossessivePlaces(text, tagged)).toEqual(tagged);
  });
});
