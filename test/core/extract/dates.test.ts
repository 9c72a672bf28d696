import { describe, expect, it } from 'vitest';
import { extractDates, isDateUnknown } from '../../../src/core/extract/dates/dates.js';

const REPORT_DATE = '2018-12-05'; // a Wednesday

describe('extractDates resolves against the report date', () => {
  it.each([
    ['On December 4, the minister met them.', 'December 4', '2018-12-04', 'day'],
    ['It happened yesterday.', 'yesterday', '2018-12-04', 'day'],
    ['The talks began last week.', 'last week', '2018-11-26', 'day'],
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
    const mention = found.find(
      (m) =>
        m.text.toLowerCase().includes(written.toLowerCase()) || written.toLowerCase().includes(m.text.toLowerCase()),
    );
    expect(mention).toMatchObject({ value, precision });
    expect(text.slice(mention!.start, mention!.end)).toBe(mention!.text);
  });

  it('gives "the same day" the day named before it', () => {
    const found = extractDates('The index fell on Monday. It recovered by the end of the same day.', REPORT_DATE);
    expect(found.map((m) => [m.text, m.value])).toEqual([
      ['Monday', '2018-12-03'],
      // TimeML counts "the end of" as part of the expression
      ['the end of the same day', '2018-12-03'],
    ]);
  });

  it('gives an undated report absolute dates their value, and counted ones none', () => {
    const found = extractDates('Yesterday, on February 7, 2016, and in 1985 it rained.', null);
    expect(found.map((m) => m.value)).toEqual(['XXXX-XX-XX', '2016-02-07', '1985']);
  });

  it.each([
    ['The NFL announced on December 3 that the band would play.', 'December 3', 'XXXX-12-03', 'day'],
    ['The fair is held in June.', 'June', 'XXXX-06', 'month'],
    ['Media day was held on Monday.', 'Monday', 'XXXX-WXX-1', 'day'],
    ['Images were sent on Christmas Eve.', 'Christmas Eve', 'XXXX-12-24', 'day'],
    ['The herds move between June and September.', 'between June and September', 'XXXX-06', 'month'],
    ['He left between September and November 1946.', 'between September and November 1946', '1946-09', 'month'],
  ])('an undated report keeps a date without its year, the year unknown: %j', (text, written, value, precision) => {
    expect(extractDates(text, null)).toMatchObject([{ text: written, value, precision }]);
  });

  it.each([
    ['About 22,000 years ago ice covered the valley.', ['About 22,000 years ago'], ['BC19985']],
    ['Prices rose 1,200 days later.', ['1,200 days'], []],
  ])("a number with a thousands separator is not read as a date of the report's year: %j", (text, texts, values) => {
    const found = extractDates(text, '2016-05-01');
    // an age counted back from the report's year is a date; the report's own year is not
    expect(found.filter((m) => m.type === 'date').map((m) => m.value)).toEqual(values);
    expect(found.map((m) => m.text)).toEqual(texts);
  });

  it.each([
    ['Last week it rained.', 'Last week', 'XXXX-XX-XX', 'XXXX-WXX'],
    ['It rained yesterday.', 'yesterday', 'XXXX-XX-XX', undefined],
    ['Next month the fair opens.', 'Next month', 'XXXX-XX', undefined],
    ['Thanksgiving came early.', 'Thanksgiving', 'XXXX-XX-XX', undefined],
    ['He spoke this morning.', 'this morning', 'XXXX-XX-XX', 'XXXX-XX-XXTMO'],
    ['The shops open at 9 a.m.', '9 a.m.', 'XXXX-XX-XX', 'XXXX-XX-XXT09:00'],
    ['It is now clear the plan failed.', 'now', 'XXXX-XX-XX', 'PRESENT_REF'],
  ])(
    'an undated report keeps a time counted from its own day, with no digit of it known: %j',
    (text, written, value, timex) => {
      const [found] = extractDates(text, null);
      expect(found).toMatchObject({ text: written, value });
      expect(found?.timex).toBe(timex);
    },
  );
});

describe('extractDates reads two dates written as a span as one', () => {
  it.each([
    ['Building went on in 1688–1692 under the king.', '1688–1692', '1688', '1692'],
    ['The wars were fought from 1562 to 1598.', '1562 to 1598', '1562', '1598'],
    ['Attacks on teachers peaked between 2005 and 2010.', 'between 2005 and 2010', '2005', '2010'],
    ['Britain defeated New France in 1759-60.', '1759-60', '1759', '1760'],
    ['The logo first appeared in the 1993–94 season.', '1993–94', '1993', '1994'],
    ['The 1986/87 crop was the largest yet.', '1986/87', '1986', '1987'],
    [
      'It ran from 23 November 1963 until 6 December 1989.',
      '23 November 1963 until 6 December 1989',
      '1963-11-23',
      '1989-12-06',
    ],
    [
      'The exhibition was held between September and November 1946.',
      'between September and November 1946',
      '1946-09',
      '1946-11',
    ],
    ['It rained from June 1 to June 5, 2010.', 'June 1 to June 5, 2010', '2010-06-01', '2010-06-05'],
    // meantime-en-124259, in seeds/
    [
      'The last time the Dow had risen for four weeks in a row was between September and October of 2007, when',
      'between September and October of 2007',
      '2007-09',
      '2007-10',
    ],
    // decades and centuries as the ends of a longer span
    ['The hall was built between the 1930s and 1950s by the city.', 'between the 1930s and 1950s', '1930', '1959'],
    ['Velmont grew from the 1920s through the 1940s.', 'the 1920s through the 1940s', '1920', '1949'],
    ['Between about 1952 and 1958 the band toured.', 'Between about 1952 and 1958', '1952', '1958'],
    ['Lace was made there in the 13th and 14th centuries.', 'the 13th and 14th centuries', '1200', '1399'],
  ])('%s → %s', (text, written, value, until) => {
    const spans = extractDates(text, REPORT_DATE).filter((m) => m.until);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ text: written, value, until });
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe(written);
  });
});

describe('extractDates without joined spans writes a span as TimeML does: its two dates', () => {
  it.each([
    ['Trading was halted from Aug. 3 to Oct. 12.', ['Aug. 3', 'Oct. 12']],
    ['Output doubled between 1983 and 1986.', ['1983', '1986']],
    ['The mill ran from 1992 to 1996.', ['1992', '1996']],
    // a year's short end is one expression either way
    ['Britain defeated New France in 1759-60.', ['1759-60']],
    ['The hall was built between the 1930s and 1950s.', ['the 1930s', '1950s']],
    ['Between about 1952 and 1958 the band toured.', ['1952', '1958']],
  ])('%s → %j', (text, written) => {
    const found = extractDates(text, REPORT_DATE, { joinSpans: false });
    expect(found.map((m) => m.text)).toEqual(written);
    expect(found.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
  });
});

describe('isDateUnknown: no digit of the date known', () => {
  it.each([
    ['XXXX-XX-XX', true],
    ['XXXX-XX-XXT14:00', true],
    ['XXXX', true],
    ['XXXX-12-03', false],
    ['XXXX-WXX-1', false],
    ['2010-06-16T14:00', false],
    ['P3Y', false],
  ])('%s → %s', (value, unknown) => {
    expect(isDateUnknown(value)).toBe(unknown);
  });
});

describe('a slash after a year that makes no span', () => {
  it.each([
    // a third number makes a day
    ['Prices rose on 2009/11/05 in Lakeview.', '2009/11/05', '2009-11-05'],
    // an end that comes before the year is no end
    ['It is quoted in 1987/12 terms.', '1987', '1987'],
  ])('%s → %s', (text, written, value) => {
    const [found] = extractDates(text, REPORT_DATE);
    expect(found).toMatchObject({ text: written, value });
    expect(found?.until).toBeUndefined();
  });
});
