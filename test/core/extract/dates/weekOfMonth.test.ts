import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { weekOfMonthMentions } from '../../../../src/core/extract/dates/weekOfMonth.js';

const REPORT = new Date(Date.UTC(2016, 0, 6)); // a Wednesday

describe('days, weeks and weekends counted in a month', () => {
  it.each([
    ['The race is on the second Sunday of May 2010.', 'the second Sunday of May 2010', '2010-05-09', undefined],
    ['Polls close on the last Friday of February 2016.', 'the last Friday of February 2016', '2016-02-26', undefined],
    ['Talks open the first Monday in March, 1999.', 'the first Monday in March, 1999', '1999-03-01', undefined],
    // a week: the Monday of the week holding the month's first (or last) day, and its ISO week
    ['The vote falls in the first week of June 2015.', 'the first week of June 2015', '2015-06-01', '2015-W23'],
    ['Sales slowed in the last week of March 2014.', 'the last week of March 2014', '2014-03-31', '2014-W14'],
    // a weekend: its Saturday, and the ISO week's weekend
    [
      'The fair is held on the last weekend of September 2011.',
      'the last weekend of September 2011',
      '2011-09-24',
      '2011-W38-WE',
    ],
    // the year read off the report: the nearest such month, a past one preferred
    [
      'The fair is held on the last weekend of September.',
      'the last weekend of September',
      '2015-09-26',
      '2015-W39-WE',
    ],
  ])('%s', (text, written, value, timex) => {
    const [found] = weekOfMonthMentions(text, REPORT);
    expect(found).toMatchObject({ text: written, value, precision: 'day' });
    expect(found?.timex).toBe(timex);
  });

  it.each([
    ['a count past the month', 'The fifth Sunday of February 2015 never came.'],
    ['no month after', 'The first week of the trial ended.'],
    ['a count of weeks', 'In the first two weeks of May sales rose.'],
    ['a day of no month', 'The last Sunday of Advent fell late.'],
  ])('none: %s', (_why, text) => {
    expect(weekOfMonthMentions(text, REPORT)).toEqual([]);
  });

  it('reads none without a year written or a report date', () => {
    expect(weekOfMonthMentions('The fair is held on the last weekend of September.', null)).toEqual([]);
  });

  it('wins over reading the weekday or the weekend against the report', () => {
    const found = extractDates('The fair is held on the last weekend of September.', '2016-01-06');
    expect(found.map((m) => [m.text, m.value])).toEqual([['the last weekend of September', '2015-09-26']]);
  });
});
