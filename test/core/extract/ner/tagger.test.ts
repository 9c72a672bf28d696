import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../src/core/extract/entities/entities.js';
import { findNames, spansOf } from '../../../../src/core/extract/ner/tagger.js';
import { tokenize } from '../../../../src/core/extract/ner/tokens.js';

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
    // the angle brackets a newswire puts around a company's name are no part of it
    ['Shares of <Velmont Holdings Ltd> rose.', [['ORG', 'Velmont Holdings Ltd']]],
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

describe('spansOf: marks at the edges of a name are not part of it', () => {
  const tokens = (text: string) => tokenize(text);
  const names = (text: string, tags: string[]) => spansOf(tokens(text), tags).map((s) => text.slice(s.start, s.end));

  it.each([
    // a sentence's full stop the tagger took into the name
    ['Ardena Hospital .', ['B-LOC', 'I-LOC', 'I-LOC'], ['Ardena Hospital']],
    // an opening quote mark before it
    ["' Tom Hale", ['B-PER', 'I-PER', 'I-PER'], ['Tom Hale']],
    // inside the name a mark stays
    ['Velmont & Roe', ['B-ORG', 'I-ORG', 'I-ORG'], ['Velmont & Roe']],
    // a name that opens on "&" keeps it, for the name before to join
    ['Velmont & Roe', ['B-ORG', 'B-ORG', 'I-ORG'], ['Velmont', '& Roe']],
    // marks alone are no name
    ['" .', ['B-PER', 'I-PER'], []],
  ])('%s %j → %j', (text, tags, expected) => {
    expect(names(text, tags)).toEqual(expected);
  });
});

describe('names do not run over the end of a sentence', () => {
  it('a name before a full stop stays in its sentence', () => {
    const text = "She was treated at Boston Children's Hospital. Britain's Parliament voted.";
    const found = extractEntities(text);
    expect(found.map((e) => e.text)).toContain("Boston Children's Hospital");
    for (const e of found) expect(text.slice(e.start, e.end)).not.toContain('. ');
  });
});
