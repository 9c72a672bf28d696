import { describe, expect, it } from 'vitest';
import { joinPlaceBodies } from '../../../src/core/extract/entities/placeBodies.js';
import { namesOfType } from '../../helpers/entities.js';

const organisations = (text: string) => namesOfType(text, 'organization');

describe('a place followed by the words of a body is the body', () => {
  it.each([
    ['Shares fell after the Japan Credit Rating Agency lowered its outlook.', 'Japan Credit Rating Agency'],
    ['Trading on the Dhaka Stock Exchange was halted on Friday.', 'Dhaka Stock Exchange'],
  ])('%s → %s', (text, name) => {
    expect(organisations(text)).toContain(name);
  });

  it.each([
    // capitalised words after the place that end in no body's head word
    ['Dhaka Central Park', [{ start: 0, end: 5, type: 'LOC' }]],
    // a name found in those words that runs past them keeps the place apart
    [
      'Lagos Stock Exchange Chairman Smith',
      [
        { start: 0, end: 5, type: 'LOC' },
        { start: 12, end: 35, type: 'PER' },
      ],
    ],
    // a blank line between the place and the words: a new paragraph
    ['Dhaka\n\nStock Exchange', [{ start: 0, end: 5, type: 'LOC' }]],
    // a person is not a place
    ['Smith Stock Exchange', [{ start: 0, end: 5, type: 'PER' }]],
  ] as const)('leaves %j as it is', (text, spans) => {
    expect(joinPlaceBodies(text, [...spans])).toEqual(spans);
  });

  it('takes a name found inside the body words into the body', () => {
    const text = 'Dhaka Stock Exchange rose';
    const spans = [
      { start: 0, end: 5, type: 'LOC' },
      { start: 6, end: 20, type: 'PER' },
    ] as const;
    expect(joinPlaceBodies(text, [...spans])).toEqual([{ start: 0, end: 20, type: 'ORG' }]);
  });
});

describe('the body ends where its words end', () => {
  it('across a line break and double spaces', () => {
    const text = 'Japan  Credit\nRating Agency said';
    const [body] = joinPlaceBodies(text, [{ start: 0, end: 5, type: 'LOC' }]);
    expect(text.slice(body!.start, body!.end)).toBe('Japan  Credit\nRating Agency');
    expect(body!.type).toBe('ORG');
  });
});
