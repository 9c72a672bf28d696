import { describe, expect, it } from 'vitest';
import { joinEpithets } from '../../../src/core/extract/entities/epithets.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';
import { namesOfType, readSpans, taggedSpans } from '../../helpers/entities.js';

describe('a name and its epithet are one person', () => {
  it.each([
    // the tagger read the epithet as a body of its own
    [
      'The fort was built by Korvex the Great, who ruled Trelby.',
      [
        ['Korvex', 'PER'],
        ['Great', 'ORG'],
      ],
      ['PER Korvex the Great', 'LOC Trelby'],
    ],
    // a regnal number before the epithet
    ['It was designed in 1762 by Velmont II the Wise.', [['Velmont II', 'PER']], ['PER Velmont II the Wise']],
    // a ruler's name read as a nationality's word
    [
      'Under the reign of Korvex the Magnificent, the state grew.',
      [['Korvex', 'MISC']],
      ['PER Korvex the Magnificent'],
    ],
    // a name the tagger missed, inside the sentence
    ['His teacher was Velmont the Elder.', [], ['PER Velmont the Elder']],
    // a known given name may open the sentence
    ['Peter the Great founded the city.', [], ['PER Peter the Great']],
  ] as Array<[string, Array<[string, NerSpan['type']]>, string[]]>)('%s', (text, names, joined) => {
    const tagged = taggedSpans(text, names);
    if (text.includes('Trelby')) tagged.push(taggedSpans(text, [['Trelby', 'LOC']])[0]!);
    expect(readSpans(text, joinEpithets(text, tagged))).toEqual(joined);
  });

  it('reads the whole name in a sentence', () => {
    expect(namesOfType('Trade grew under the reign of Korvex the Magnificent, the records say.', 'person')).toEqual([
      'Korvex the Magnificent',
    ]);
  });
});

describe('no epithet where "the" starts something else', () => {
  it.each([
    // another capital after the word: a name of its own
    ['Tom Hale visited the Great Wall.', [['Tom Hale', 'PER']]],
    ['Ann Roe the Great Korvex Fund chair spoke.', [['Ann Roe', 'PER']]],
    // a word that is no epithet
    ['Ann Roe the Chairman spoke.', [['Ann Roe', 'PER']]],
    // a place or a body before it
    ['Trelby the Great lay in ruins.', [['Trelby', 'LOC']]],
    ['Korvex Holdings the Great', [['Korvex Holdings', 'ORG']]],
    // a word opening the sentence that is not a given name
    ['During the Great fire many fled.', []],
    // lower case before "the"
    ['He is the Great one.', []],
  ] as Array<[string, Array<[string, NerSpan['type']]>]>)('%s', (text, names) => {
    const tagged = taggedSpans(text, names);
    expect(joinEpithets(text, tagged)).toEqual(tagged);
  });
});
