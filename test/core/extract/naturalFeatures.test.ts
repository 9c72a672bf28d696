import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { namesNaturalFeature } from '../../../src/core/extract/entities/naturalFeatures.js';

describe('a name whose head word is a natural feature', () => {
  it.each([
    'Red Sea',
    'Palk Strait',
    'South Island',
    'Northern Cape',
    'Bay of Velmo',
    'Gulf of Ardena',
    'Isle of Velm',
  ])('%j', (name) => {
    expect(namesNaturalFeature(name)).toBe(true);
  });
});

describe('negative: no feature, or not its head', () => {
  it.each([
    // one word: the feature's word alone, or a name
    'Sea',
    'Velmont',
    // the feature word first, without "of": a body or a town named after it
    'Cape Town',
    'Bay Co Building Authority',
    // "bay" and "channel" end names of teams and broadcasters
    'Tampa Bay',
    'Velmo Channel',
    // a feature inside a war's or body's name, not at its end
    'Gulf War',
    'Lake Velmo Organising Committee',
  ])('%j', (name) => {
    expect(namesNaturalFeature(name)).toBe(false);
  });
});

describe('in the extractor', () => {
  it.each([
    ['The aircraft circled the Bay of Velmo before it landed.', 'Bay of Velmo'],
    ['Ships crossed the Velmo Sea on Monday.', 'Velmo Sea'],
    ['Ships crossed the Ardena Strait on Monday.', 'Ardena Strait'],
    ['Tankers left the Gulf of Ardena.', 'Gulf of Ardena'],
    ['The ferry reached North Velm Island.', 'North Velm Island'],
  ])('%j: %j is a place', (text, name) => {
    expect(extractEntities(text).find((m) => m.text === name)?.type).toBe('place');
  });

  it('keeps a body whose own head word is in the name', () => {
    const text = 'The Association for Relations Across the Velmo Straits met on Monday.';
    expect(extractEntities(text).some((m) => m.type === 'organization' && m.text.startsWith('The Association'))).toBe(
      true,
    );
  });
});
