import { describe, expect, it } from 'vitest';
import { companyWords } from '../../../src/core/extract/entities/companyCues.js';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import type { EntityMention, EntityType } from '../../../src/core/types.js';

function mentionOf(text: string, word: string, type: EntityType): EntityMention {
  const start = text.indexOf(word);
  return { text: word, type, surface: word, start, end: start + word.length };
}

describe('a word the report writes as a company', () => {
  it.each([
    ['Velmont stock fell 5 pct.', 'place'],
    ["Velmont's shareholders will vote.", 'person'],
    ['Korvex bought a stake in Velmont last year.', 'place'],
    ['The acquisition of Velmont was approved.', 'person'],
    ["Velmont's unit said no.", 'person'],
  ] as const)('%j', (text, type) => {
    expect(companyWords(text, [mentionOf(text, 'Velmont', type)])).toEqual(new Set(['Velmont']));
  });
});

describe('negative: no company', () => {
  it.each([
    // a known place: shares traded there, a unit there
    ['Japan shares rose on Monday.', 'Japan', 'place'],
    ['It sold its U.S. unit.', 'U.S.', 'place'],
    // a place the tagger read, before a part of a company
    ['Korvex sold its Ardena unit.', 'Ardena', 'place'],
    // the name qualifies the body that is held
    ['It bought a stake in Ardena firm Velmont.', 'Ardena', 'place'],
    // a given name
    ['Shares of Ann rose.', 'Ann', 'person'],
    // a person's spokesman is no company's
    ['Velmont spokesman Tom Hale said no.', 'Velmont', 'person'],
  ] as const)('%j', (text, word, type) => {
    expect(companyWords(text, [mentionOf(text, word, type)])).toEqual(new Set());
  });
});

describe('in the extractor', () => {
  it('every lone mention of the word is the company', () => {
    const text =
      'Stockholders sued to halt the sale of Korvex to Velmont Holdings. The acquisition of Korvex ' +
      'was announced in March. Korvex directors denied the claims, and Korvex said it would fight.';
    const korvex = extractEntities(text).filter((m) => m.text === 'Korvex');
    expect(korvex.length).toBeGreaterThan(1);
    expect(korvex.every((m) => m.type === 'organization')).toBe(true);
  });
});
