import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { weekendMentions } from '../../../../src/core/extract/dates/weekends.js';

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe('weekends named from the report day', () => {
  it.each([
    // report of Monday 2010-01-25: "this weekend" is the weekend of the report's own week
    ['2010-01-25', 'The teams meet this weekend.', 'this weekend', '2010-01-30', '2010-W04-WE'],
    // a Sunday report's own weekend began the day before
    ['1990-08-12', 'It rained this weekend.', 'this weekend', '1990-08-11', '1990-W32-WE'],
    ['1990-08-15', 'They met last weekend.', 'last weekend', '1990-08-11', '1990-W32-WE'],
    ['1990-08-15', 'They met last weekend in Velmont.', 'last weekend', '1990-08-11', '1990-W32-WE'],
    ['1990-08-13', 'They met last weekend.', 'last weekend', '1990-08-11', '1990-W32-WE'],
    ['1990-08-15', 'They meet next weekend.', 'next weekend', '1990-08-18', '1990-W33-WE'],
    ['1990-08-15', 'Talks went on this past weekend.', 'this past weekend', '1990-08-11', '1990-W32-WE'],
    ['1990-08-15', 'Talks resume the coming weekend.', 'the coming weekend', '1990-08-18', '1990-W33-WE'],
    // "the weekend" alone: the latest, or the coming one in a clause about the future
    ['1990-08-13', 'The envoy said over the weekend that talks were over.', 'the weekend', '1990-08-11', '1990-W32-WE'],
    ['1990-08-18', 'Over the weekend, the envoy left.', 'the weekend', '1990-08-18', '1990-W33-WE'],
    ['1990-08-15', 'The envoy will meet them over the weekend.', 'the weekend', '1990-08-18', '1990-W33-WE'],
  ])('report of %s: %j → %s = %s (%s)', (reportDay, text, written, value, timex) => {
    const [found] = weekendMentions(text, day(reportDay));
    expect(found).toMatchObject({ text: written, value, timex, precision: 'day' });
    expect(extractDates(text, reportDay).find((m) => m.text.includes('weekend'))).toMatchObject({ value, timex });
  });
});

describe('weekends: none where no weekend is named from the report', () => {
  it.each([
    ['The shop shuts on weekends.'],
    ['A weekend edition ran.'],
    // counted in a month: the month's weekend, not the report's
    ['They met the last weekend of May.'],
    ['Sales rose last weekday.'],
    // a weekend named by what follows
    ['Talks are set for the weekend of the Velmont vote.'],
  ])('%j', (text) => {
    expect(weekendMentions(text, day('1990-08-15'))).toEqual([]);
  });

  it('reads none without a report date', () => {
    expect(weekendMentions('They met last weekend.', null)).toEqual([]);
  });

  it.each([
    ['They met the last weekend of May.', 'the last weekend of May'],
    ['They met the last weekend in May.', 'the last weekend in May'],
  ])('leaves a weekend counted in a month to that reading: %j', (text, written) => {
    const [found] = extractDates(text, '1990-08-15');
    expect(found).toMatchObject({ text: written, value: '1990-05-26', timex: '1990-W21-WE' });
  });
});
