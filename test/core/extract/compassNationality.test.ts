import { describe, expect, it } from 'vitest';
import { opensNationality } from '../../../src/core/extract/entities/compassNationality.js';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';

/** Whether the first `word` of `text` opens a people's adjective. */
function opens(text: string, word: string): boolean {
  const start = text.indexOf(word);
  return opensNationality(text, start, start + word.length);
}

describe('a compass word that opens a people’s adjective', () => {
  it.each([
    ["Ford's North American losses", 'North'],
    ['the South African rand', 'South'],
    ['Latin American leaders', 'Latin'],
    ['a West German court', 'West'],
  ])('%j: %s is no place', (text, word) => {
    expect(opens(text, word)).toBe(true);
  });

  it('is dropped where the tagger reads it as a place', () => {
    const names = extractEntities('Ford posted North American losses by 2008.').map((m) => m.text);
    expect(names).toEqual(['Ford']);
  });
});

describe('negative: the compass word is a place, or opens another name', () => {
  it.each([
    // a sentence ends between the two words
    ['He went North. American troops followed.', 'North'],
    // a place's name after it, not a people's adjective
    ['Troops in South Ardena moved.', 'South'],
    // not a compass word
    ['New York Italian restaurants', 'New York'],
    // a people's adjective after a line break is another line's
    ['the West\nAmerican troops', 'West'],
  ])('%j: %s', (text, word) => {
    expect(opens(text, word)).toBe(false);
  });
});
