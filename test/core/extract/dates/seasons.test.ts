import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { seasonMentions } from '../../../../src/core/extract/dates/seasons.js';

describe('months and seasons named relative to the report date', () => {
  it.each([
    // the September before the report, not the report year's
    ['2007-06-15', 'It began last September.', 'last September', '2006-09', undefined],
    ['2007-10-15', 'It began last September.', 'last September', '2007-09', undefined],
    ['2007-09-15', 'It began last September.', 'last September', '2006-09', undefined],
    ['2007-06-15', 'It opens next May.', 'next May', '2008-05', undefined],
    ['2007-02-15', 'It opens next spring.', 'next spring', '2007-03', '2007-SP'],
    ['2007-06-15', 'It opens next spring.', 'next spring', '2008-03', '2008-SP'],
    ['1989-07-15', 'Rates rose this summer.', 'this summer', '1989-06', '1989-SU'],
    ['1998-12-15', 'Talks stalled last fall.', 'last fall', '1998-09', '1998-FA'],
    ['1998-01-15', 'Talks stalled last fall.', 'last fall', '1997-09', '1997-FA'],
    ['2007-06-15', 'Work ends in the summer of 1998.', 'the summer of 1998', '1998-06', '1998-SU'],
  ])('%s: %s → %s = %s', (reportDate, text, written, value, timex) => {
    const [found] = extractDates(text, reportDate);
    expect(found).toMatchObject({ text: written, value, precision: 'month' });
    expect(found?.timex).toBe(timex);
  });
});

describe('seasons: none where no season or month is meant', () => {
  const texts = ['Prices may fall.', 'The spring broke.', 'This may help.', 'Leaves fall in autumn colours.', ''];
  it.each(texts)('%j', (text) => {
    expect(seasonMentions(text, new Date(Date.UTC(2007, 5, 15)))).toEqual([]);
  });
});
