import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { checkedType, isNationality } from '../../../src/core/extract/entities/notNames.js';

const typed = (text: string) => extractEntities(text).map((e) => `${e.text}/${e.type}`);

describe('names that are not people, bodies or places', () => {
  it.each([
    ['Azerbaijani', true],
    ['Armenian', true],
    ['French', true],
    ['Israeli', true],
    ['Kenyan', true],
    ['Azerbaijan', false],
    ['Milan', false],
    ['Jordan', false],
    ['Cooper', false],
  ])('%s is a people’s adjective: %s', (word, expected) => {
    expect(isNationality(word)).toBe(expected);
  });

  it.each([
    ['Azerbaijani', 'organization', null],
    ['Azerbaijani Minister', 'person', null],
    ['US', 'organization', 'place'],
    ['U.S.', 'organization', 'place'],
    ['US Air Force', 'organization', 'organization'],
    ['Zakir Hasanov', 'person', 'person'],
    // words without a capital are no name
    ['c.', 'person', null],
    ['von', 'person', null],
    ['eBay', 'organization', 'organization'],
    ['1.5', 'organization', null],
    // a script without capitals
    ['東京', 'place', 'place'],
    // an adverb, conjunction or interjection alone is no name; an adjective may be a surname
    ['Often', 'person', null],
    ['Otherwise', 'person', null],
    ['Yeah', 'person', null],
    ['Certainly', 'person', null],
    ['Happily', 'organization', null],
    ['Kelly', 'person', 'person'],
    ['White', 'person', 'person'],
    ['Often Roe', 'person', 'person'],
    // an index is a figure; a one-word "Index" may name a body
    ['Ardena Composite Index', 'place', null],
    ['Korvex Price Index', 'organization', null],
    ['Index', 'organization', 'organization'],
  ] as const)('%s tagged %s keeps %s', (name, type, expected) => {
    expect(checkedType(name, type)).toBe(expected);
  });

  it('a people’s adjective in a sentence is not typed as a body or a person; "US" alone is the country', () => {
    const found = typed('US and Azerbaijani officials met in Baku.');
    expect(found).toContain('United States/place');
    expect(found.some((e) => e.startsWith('Azerbaijani'))).toBe(false);
  });

  it.each([
    ['Minister of Defense Zakir Hasanov met the delegation on Monday.', 'Minister of Defense'],
    ['The Minister of Defense Zakir Hasanov said the talks went well.', 'Minister of Defense'],
    ['Azerbaijani Minister of Defense Zakir Hasanov said the talks went well.', 'Azerbaijani Minister of Defense'],
  ])('the person after a role and its body: %s', (text, role) => {
    const people = extractEntities(text).filter((e) => e.type === 'person');
    expect(people.map((p) => [p.text, p.role])).toEqual([['Zakir Hasanov', role]]);
  });
});

describe('an agency named by its web address', () => {
  it('is a body where the tagger took its one-word name for a person', () => {
    const text = 'Baku. 5 December. REPORT.AZ/ The minister met the delegation, Report informs citing the ministry.';
    const report = extractEntities(text).find((e) => e.text === 'Report');
    expect(report?.type).not.toBe('person');
  });

  it('leaves a person alone when no web address names them', () => {
    expect(extractEntities('Laura Cooper met the minister. Cooper said so.').every((e) => e.type === 'person')).toBe(
      true,
    );
  });
});
