import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../src/core/extract/entities/entities.js';
import { findNames } from '../../../../src/core/extract/ner/tagger.js';

describe('findNames on news sentences written here', () => {
  it.each([
    [
      'Chancellor Angela Merkel met President Barack Obama in Berlin on Friday.',
      [
        ['PER', 'Angela Merkel'],
        ['PER', 'Barack Obama'],
        ['LOC', 'Berlin'],
      ],
    ],
    [
      'Cisco, which is based in San Jose, California, said it would sue.',
      [
        ['ORG', 'Cisco'],
        ['LOC', 'San Jose'],
        ['LOC', 'California'],
      ],
    ],
    ["Germany's central bank left rates unchanged.", [['LOC', 'Germany']]],
    [
      'The United Nations sent aid to Haiti.',
      [
        ['ORG', 'United Nations'],
        ['LOC', 'Haiti'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(findNames(text).map((s) => [s.type, text.slice(s.start, s.end)])).toEqual(expected);
  });
});

describe('extractEntities types the names of business news right', () => {
  const text = [
    'Apple chief executive Steve Jobs showed the new phone in San Francisco on Tuesday.',
    'Jobs said the phone would be sold through one carrier.',
    'Cisco, which is based in San Jose, California, said it would sue Apple over the name.',
    'European planemaker Airbus lost the tanker contract to Lockheed Martin and Boeing.',
    'Shares of Lockheed Martin Corp. rose 2 percent in New York.',
  ].join(' ');
  const mentions = extractEntities(text);

  it.each([
    ['Apple', 'organization'],
    ['Airbus', 'organization'],
    ['Lockheed Martin', 'organization'],
    ['Boeing', 'organization'],
    ['Jobs', 'person'],
    ['San Jose', 'place'],
    ['Cisco', 'organization'],
  ])('%s is typed %s wherever it is written', (surface, type) => {
    const found = mentions.filter((m) => m.surface === surface);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m.type === type)).toBe(true);
  });

  it('joins the surname to the full name and keeps the role', () => {
    expect(mentions.find((m) => m.surface === 'Jobs')?.text).toBe('Steve Jobs');
    expect(mentions.find((m) => m.surface === 'Steve Jobs')?.role).toBe('Apple chief executive');
  });

  it('reads "Lockheed Martin" as the company, not a person named Martin', () => {
    expect(mentions.some((m) => m.type === 'person' && m.surface.includes('Martin'))).toBe(false);
  });

  it('keeps a maker followed by a model number out of the companies', () => {
    const plane = extractEntities('The Airbus A330 landed safely.');
    expect(plane.some((m) => m.surface === 'Airbus' && m.type === 'organization')).toBe(false);
  });
});
