import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { joinOfTheBodies } from '../../../src/core/extract/entities/ofTheBodies.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';

/** Spans of each `[name, type]` in `text`, in order, as the tagger gives them. */
const spans = (text: string, names: Array<[string, NerSpan['type']]>): NerSpan[] => {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: from, type };
  });
};
const read = (text: string, found: NerSpan[]) => found.map((s) => `${s.type} ${text.slice(s.start, s.end)}`);

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
    expect(read(text, joinOfTheBodies(text, spans(text, names)))).toEqual([joined]);
  });

  it('reads the whole name in a sentence', () => {
    const text =
      'Ann Roe of the Ministry of the Interior said on Monday that the Museum of the Moving Image would close.';
    const bodies = extractEntities(text).filter((m) => m.type === 'organization');
    expect(bodies.map((m) => m.text)).toEqual(['Ministry of the Interior', 'Museum of the Moving Image']);
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
    const tagged = spans(text, names);
    expect(joinOfTheBodies(text, tagged)).toEqual(tagged);
  });
});
