import { describe, expect, it } from 'vitest';
import { joinOfTheBodies } from '../../../src/core/extract/entities/ofTheBodies.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';
import { namesOfType, readSpans, taggedSpans } from '../../helpers/entities.js';

describe('a body named "<head> of the <Name>" is one body', () => {
  it.each([
    // the tagger kept only the words after "of the"
    [
      'He spoke at the Ministry of the Velmont Interior.',
      [['Velmont Interior', 'ORG']],
      'ORG Ministry of the Velmont Interior',
    ],
    // the head read as a place of its own
    [
      'The Museum of the Korvex Image opened.',
      [
        ['Museum', 'LOC'],
        ['Korvex Image', 'ORG'],
      ],
      'ORG Museum of the Korvex Image',
    ],
    // nothing tagged at all
    ['The Church of the Holy Velmont was closed.', [], 'ORG Church of the Holy Velmont'],
    // the name the head ends opens the body
    [
      'The Great Council of the Velmont Lands met.',
      [['Great Council', 'ORG']],
      'ORG Great Council of the Velmont Lands',
    ],
    // a name that starts inside and runs on carries the end with it
    [
      'The Journal of the Royal Korvex College of Physicians said so.',
      [['Royal Korvex College of Physicians', 'ORG']],
      'ORG Journal of the Royal Korvex College of Physicians',
    ],
  ] as Array<[string, Array<[string, NerSpan['type']]>, string]>)('%s', (text, names, joined) => {
    expect(readSpans(text, joinOfTheBodies(text, taggedSpans(text, names)))).toEqual([joined]);
  });

  it('reads the whole name in a sentence', () => {
    const text =
      'Ann Roe of the Ministry of the Interior said on Monday that the Museum of the Velmont Arts would close.';
    expect(namesOfType(text, 'organization')).toEqual(['Ministry of the Interior', 'Museum of the Velmont Arts']);
  });
});

describe('no "of the" body where the head is no body', () => {
  it.each([
    // a role, not a body: the role's own rules read it
    ['The Chairman of the Velmont Board resigned.', [['Velmont Board', 'ORG']]],
    // a legal form ends a company's name; what follows is where it is
    [
      'Velmont Inc of the United States rose.',
      [
        ['Velmont Inc', 'ORG'],
        ['United States', 'LOC'],
      ],
    ],
    // a person, then where they come from
    [
      'Tom Hale of the Korvex Republic won.',
      [
        ['Tom Hale', 'PER'],
        ['Korvex Republic', 'LOC'],
      ],
    ],
    // lower-case words after "of the"
    ['The Ministry of the interior said no.', [['Ministry', 'ORG']]],
    // a name that starts before the head and runs into it is left as tagged
    ['The Korvex Bank of the West Velmont rose.', [['Korvex Bank of', 'ORG']]],
  ] as Array<[string, Array<[string, NerSpan['type']]>]>)('%s', (text, names) => {
    const tagged = taggedSpans(text, names);
    expect(joinOfTheBodies(text, tagged)).toEqual(tagged);
  });
});
