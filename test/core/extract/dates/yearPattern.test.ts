import { describe, expect, it } from 'vitest';
import { yearMentions } from '../../../../src/core/extract/dates/yearPattern.js';

const written = (text: string) => yearMentions(text).map((m) => m.text);

describe('old years (before 1600) where their surroundings say they are years', () => {
  it.each([
    ['The Jin dynasty (1115–1234) ruled the north.', ['1115', '1234']],
    ['They were defeated at the Battle of Bach Dang (1288).', ['1288']],
    ['Jacques Lefevre (c. 1455–1536) wrote it.', ['1455', '1536']],
    ['A stained glass window dated 1243–48 came from Paris.', ['1243']],
    ['The church was built in 1390.', ['1390']],
    ['Warsaw has been the capital since 1596.', ['1596']],
  ])('%s → %j', (text, years) => {
    expect(written(text)).toEqual(years);
  });
});

describe('old years: none where the number is a count or a code', () => {
  it.each([
    ['About 1200 soldiers marched.', []],
    ['The fleet had 1400 ships (1200 of them small).', []],
    ['Room 1500-1 is on the left.', []],
    ['The span 1500–1200 metres.', []],
    ['(1288 metres) is its height.', []],
    ['Its code is 1288.', []],
  ])('%s → %j', (text, years) => {
    expect(written(text)).toEqual(years);
  });
});

describe('a year after "mid-"', () => {
  it.each([
    ['The group fell apart in mid-1996.', ['1996']],
    ['Sales rose from mid-2003 on.', ['2003']],
    // another word and a hyphen: a count or a code, not a year
    ['A pre-1990 law was dropped.', []],
    ['Model X-2003 was shown.', []],
  ])('%s → %j', (text, years) => {
    expect(written(text)).toEqual(years);
  });
});
