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

/** Mentions of "Name:kind" pairs separated by "; " ("GM:organization; Velmont:person"), in that order. */
function mentionsOf(text: string, pairs: string): EntityMention[] {
  return pairs.split('; ').map((pair) => {
    const [word, type] = pair.split(':') as [string, EntityType];
    return mentionOf(text, word, type);
  });
}

describe('a one-word name listed with a body, or in apposition with a body noun', () => {
  it.each([
    ['GM and Velmont were given loans.', 'GM:organization; Velmont:person'],
    ['Velmont or Korvex Corp. will buy it.', 'Velmont:person; Korvex Corp.:organization'],
    // a list with commas and one "and": Velmont stands by a place, in the same list as a body
    [
      'Korvex Air, Ardena, Velmont and Tolva lost.',
      'Korvex Air:organization; Ardena:place; Velmont:person; Tolva:place',
    ],
    // three names with commas and ", and"
    ['Korvex, Tolva, and Velmont lost.', 'Korvex:organization; Tolva:place; Velmont:person'],
    ['It came a day after Velmont, another U.S. car maker, said so.', 'Velmont:person'],
    // a place the tagger read, called a company
    ['It was sold to Velmont, a Canadian automobile parts company.', 'Velmont:place'],
    ['Velmont, the Ardena airline based in Tolva, said so.', 'Velmont:person; Ardena:place; Tolva:place'],
  ])('%j', (text, pairs) => {
    expect(companyWords(text, mentionsOf(text, pairs))).toEqual(new Set(['Velmont']));
  });
});

describe('negative: no company in a list or an apposition', () => {
  it.each([
    // a person in the same list
    ['Ann Roe, GM and Velmont met.', 'Ann Roe:person; GM:organization; Velmont:person'],
    // commas alone make no list: a clause follows the body
    ['After the vote in Congress, Velmont said no.', 'Congress:organization; Velmont:person'],
    // ", and" between two names joins two clauses
    ['He was killed by Korvex, and Velmont took the throne.', 'Korvex:organization; Velmont:person'],
    // the body qualifies the person after it: no member of the list
    ['Velmont and Korvex chairman Ann Roe met.', 'Velmont:person; Korvex:organization; Ann Roe:person'],
    // the body's noun does not end the phrase: a robber of banks
    ['Velmont, the bank robber, fled.', 'Velmont:person'],
    // a group of anything is no body
    ['Velmont, a group of islands, lies north.', 'Velmont:place'],
    // the newspaper is the source of what is said of Velmont
    ['It was sold to Velmont, the newspaper said.', 'Velmont:person'],
    // a place alone in the list
    ['Velmont and Ardena met.', 'Velmont:person; Ardena:place'],
  ])('%j', (text, pairs) => {
    expect(companyWords(text, mentionsOf(text, pairs))).toEqual(new Set());
  });
});

describe('a longer name: listed with a body, unless a given name opens it', () => {
  it('"Velmont Grumann and Korvex Corp." lists a body', () => {
    const text = 'Velmont Grumann and Korvex Corp. defeated Tolva.';
    const pairs = 'Velmont Grumann:person; Korvex Corp.:organization';
    expect(companyWords(text, mentionsOf(text, pairs))).toEqual(new Set(['Velmont Grumann']));
  });

  it('negative: a name the report gives a role elsewhere is a person’s', () => {
    const text = 'Chief executive Velmont Grumann spoke. Velmont Grumann and Korvex Corp. defeated Tolva.';
    const start = text.lastIndexOf('Velmont Grumann');
    const listed: EntityMention = { ...mentionOf(text, 'Velmont Grumann', 'person'), start, end: start + 15 };
    const withRole: EntityMention = { ...mentionOf(text, 'Velmont Grumann', 'person'), role: 'Chief executive' };
    const body = mentionOf(text, 'Korvex Corp.', 'organization');
    expect(companyWords(text, [listed, body])).toEqual(new Set(['Velmont Grumann']));
    expect(companyWords(text, [withRole, listed, body])).toEqual(new Set());
  });

  it('negative: "Ann Roe and Korvex Corp." lists a person', () => {
    const text = 'Ann Roe and Korvex Corp. were sued.';
    expect(companyWords(text, mentionsOf(text, 'Ann Roe:person; Korvex Corp.:organization'))).toEqual(new Set());
  });
});

describe('in the extractor', () => {
  it.each([
    'Korvex was hardest hit among the carmakers. Last month, GM and Korvex were given loans.',
    'Sales fell a day after Korvex, another U.S. car maker, released a list. Korvex said so.',
  ])('a one-word name listed with a body, or called a maker, is a body in every mention: %j', (text) => {
    const korvex = extractEntities(text).filter((m) => m.text === 'Korvex');
    expect(korvex.length).toBe(2);
    expect(korvex.every((m) => m.type === 'organization')).toBe(true);
  });

  it('the surname of a person named in full stays the person', () => {
    const text = 'Ann Korvex spoke on Monday. Last month, GM and Korvex were given loans.';
    const korvex = extractEntities(text).filter((m) => m.text === 'Ann Korvex');
    expect(korvex.map((m) => m.type)).toEqual(['person', 'person']);
  });

  it('every lone mention of the word is the company', () => {
    const text =
      'Stockholders sued to halt the sale of Korvex to Velmont Holdings. The acquisition of Korvex ' +
      'was announced in March. Korvex directors denied the claims, and Korvex said it would fight.';
    const korvex = extractEntities(text).filter((m) => m.text === 'Korvex');
    expect(korvex.length).toBeGreaterThan(1);
    expect(korvex.every((m) => m.type === 'organization')).toBe(true);
  });
});

describe('a report that is one long list of names', () => {
  it('is read in one pass: 20,000 bodies and a name listed with them', () => {
    const bodies = Array.from({ length: 20_000 }, (_, i) => `Korv${i.toString(36)}`);
    const text = `${bodies.join(', ')} and Velmont merged.`;
    let from = 0;
    const mentions: EntityMention[] = [...bodies, 'Velmont'].map((word, i) => {
      const start = text.indexOf(word, from);
      from = start + word.length;
      return { text: word, type: i < bodies.length ? 'organization' : 'person', surface: word, start, end: from };
    });
    // a pass per name over the whole list would take minutes here, past the test's time limit
    expect(companyWords(text, mentions)).toEqual(new Set(['Velmont']));
  });
});
