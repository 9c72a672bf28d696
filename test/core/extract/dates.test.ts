import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/core/extract/dates/dates.js';

const REPORT_DATE = '2018-12-05'; // a Wednesday

describe('extractDates resolves against the report date', () => {
  it.each([
    ['On December 4, the minister met them.', 'December 4', '2018-12-04', 'day'],
    ['It happened yesterday.', 'yesterday', '2018-12-04', 'day'],
    ['The talks began last week.', 'last week', '2018-11-28', 'day'],
    ['Sales fell in March.', 'March', '2018-03', 'month'],
    ['He spoke on Friday.', 'Friday', '2018-11-30', 'day'],
    ['Prices rose last month.', 'last month', '2018-11', 'month'],
    ['The plant opens next year.', 'next year', '2019', 'year'],
    ['It was built in 1998.', '1998', '1998', 'year'],
    ['The record dates from March 2006.', 'March 2006', '2006-03', 'month'],
    ['Signed on July 24, 2003 in Paris.', 'July 24, 2003', '2003-07-24', 'day'],
    ['They meet on January 3.', 'January 3', '2019-01-03', 'day'],
    ['At the end of last year, staff left.', 'the end of last year', '2017', 'year'],
    ['Dealers close after October of next year.', 'October of next year', '2019-10', 'month'],
    ['Sales dropped from the previous year.', 'the previous year', '2017', 'year'],
    ['The first reference to the town is in 1313.', '1313', '1313', 'year'],
  ])('%s → %s = %s', (text, written, value, precision) => {
    const found = extractDates(text, REPORT_DATE);
    const mention = found.find((m) => m.text.toLowerCase().includes(written.toLowerCase()) || written.toLowerCase().includes(m.text.toLowerCase()));
    expect(mention).toMatchObject({ value, precision });
    expect(text.slice(mention!.start, mention!.end)).toBe(mention!.text);
  });

  it('gives "the same day" the day named before it', () => {
    const found = extractDates('The index fell on Monday. It recovered by the end of the same day.', REPORT_DATE);
    expect(found.map((m) => [m.text, m.value])).toEqual([
      ['Monday', '2018-12-03'],
      ['the same day', '2018-12-03'],
    ]);
  });

  it('keeps only absolute dates in an undated report', () => {
    const found = extractDates('Yesterday, on February 7, 2016, and in 1985 it rained.', null);
    expect(found.map((m) => m.value)).toEqual(['2016-02-07', '1985']);
  });
});
