import { describe, expect, it } from 'vitest';
import { quarterMentions } from '../../../../src/core/extract/dates/quarters.js';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';

const REFERENCE = new Date(Date.UTC(1989, 10, 2)); // 2 November 1989: the fourth quarter has begun

describe('quarters, halves and fiscal years', () => {
  it.each([
    ['Net rose in the third quarter.', 'the third quarter', '1989-Q3', '1989-07'],
    ['Third-quarter profit fell.', 'Third-quarter', '1989-Q3', '1989-07'],
    ['Sales slowed in the fourth quarter.', 'the fourth quarter', '1989-Q4', '1989-10'],
    ['Results for Q3 1998 were late.', 'Q3 1998', '1998-Q3', '1998-07'],
    ['Profit fell in the quarter.', 'the quarter', '1989-Q3', '1989-07'],
    ['It expects a loss in the current quarter.', 'the current quarter', '1989-Q4', '1989-10'],
    ['The fiscal first quarter ended.', 'The fiscal first quarter', '1989-Q1', '1989-01'],
    ['Growth slowed in the first half of 1988.', 'the first half of 1988', '1988-H1', '1988-01'],
    ['Sales rose in the last half of 1988.', 'the last half of 1988', '1988-H2', '1988-07'],
    // a possessive is not part of the expression in TimeML, an article is
    ['The maker posted its fourth quarter loss.', 'fourth quarter', '1989-Q4', '1989-10'],
    ['Their third-quarter sales fell.', 'third-quarter', '1989-Q3', '1989-07'],
    // the year written before the quarter
    ['It took a charge in the 1987 second quarter.', 'the 1987 second quarter', '1987-Q2', '1987-04'],
  ])('%s → %s = %s', (text, written, timex, value) => {
    const [found] = quarterMentions(text, REFERENCE);
    expect(found).toMatchObject({ text: written, timex, value, precision: 'month' });
  });

  it('widens a time after "the first half of" over the half, keeping its value', () => {
    const found = extractDates('The craft grew in the first half of the nineteenth century.', '1989-11-02');
    expect(found).toMatchObject([{ text: 'the first half of the nineteenth century', value: '1800', until: '1899' }]);
  });

  it('reads no half of a year in "the first half of the game"', () => {
    expect(quarterMentions('He scored in the first half of the game.', REFERENCE)).toEqual([]);
  });

  it('reads "fiscal 1999" as the year', () => {
    const found = quarterMentions('Sales in fiscal 1999 grew.', REFERENCE);
    expect(found).toMatchObject([{ value: '1999', precision: 'year' }]);
  });

  it.each([
    // after a quarter: that quarter of the year named
    ['Net fell in the second quarter. In the 1988 period, it earned $5 million.', ['1989-Q2', '1988-Q2']],
    // "year-ago" before a noun other than a period is written alone, and is no length of time
    ['Third-quarter net rose; the year-ago sales counted one gain.', ['1989-Q3', '1988-Q3']],
    ['Third-quarter net was $5, up from a year-earlier deficit of $3.', ['1989-Q3', '1988-Q3']],
  ])('%s → %j', (text, timexes) => {
    const found = extractDates(text, '1989-11-02');
    expect(found.map((m) => m.timex)).toEqual(timexes);
  });

  it.each([
    ['The year-ago sales counted one gain.', 'year-ago'],
    ['It beat a year-earlier deficit.', 'year-earlier'],
    ['It lost $5 in the year-ago period.', 'the year-ago period'],
    ['It lost $5 a year earlier.', 'a year earlier'],
  ])('%s: the year before is written "%s"', (text, written) => {
    expect(extractDates(text, '1989-11-02')).toMatchObject([{ text: written, type: 'date', value: '1988' }]);
  });

  it('"the 1988 period" with no quarter before it is the year', () => {
    expect(extractDates('It lost $5 in the 1988 period.', '1989-11-02')).toMatchObject([
      { text: 'the 1988 period', value: '1988', precision: 'year' },
    ]);
  });

  it('gives "a year earlier" after a quarter that quarter a year back', () => {
    const text = 'Third-quarter net rose to $5 million from $4 million a year earlier.';
    const found = extractDates(text, '1989-11-02');
    expect(found.map((m) => m.timex)).toEqual(['1989-Q3', '1988-Q3']);
  });
});

describe('quarters: none where no quarter of a year is named', () => {
  it.each(['He lives in the French Quarter.', 'A quarter of the staff left.', 'Three-quarters agreed.', ''])(
    '%j',
    (text) => {
      expect(quarterMentions(text, REFERENCE)).toEqual([]);
    },
  );
});
