import { describe, expect, it } from 'vitest';
import { asksMonthAlone, writtenMonth } from '../../../../src/core/answer/rank/monthAsked.js';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { highlighted, report } from '../../../helpers/fixtures.js';

describe('asksMonthAlone', () => {
  it.each([
    ['What month did the Velmont mill close?', true],
    ['In which month was the Korvex vote held?', true],
    ['What month in 2013 did the fair open?', true],
    // more than the month is asked
    ['What month and year did the mill close?', false],
    ['What month, day and year did the fair open?', false],
    ['In what year and month was it?', false],
    // no month is asked
    ['When did the mill close?', false],
    ['How many months did the strike last?', false],
  ])('%s → %s', (question, expected) => {
    expect(asksMonthAlone(question)).toBe(expected);
  });
});

/** The first time expression of the text, read against 3 February 2016. */
const firstMention = (text: string) => extractDates(text, '2016-02-03')[0]!;

describe('writtenMonth', () => {
  it.each([
    ['The mill closed on October 7, 1992.', 'October', '1992-10'],
    ['The vote was held on 22 May 2013.', 'May', '2013-05'],
    ['The fair opened in March 2013.', 'March', '2013-03'],
    ['Shares fell on Sept. 30, 1989.', 'Sept.', '1989-09'],
    ['The ship left at 6 p.m. on Jan. 12, 2014.', 'Jan.', '2014-01'],
  ])('%s → %s', (text, expected, value) => {
    const date = firstMention(text);
    const month = writtenMonth(date);
    expect(month).toMatchObject({ text: expected, type: 'date', value, precision: 'month' });
    expect(text.slice(month!.start, month!.end)).toBe(expected);
  });

  it('reads the month of a day in a report without a date, its year unknown', () => {
    const [date] = extractDates('The mill closed on October 7.', null);
    expect(writtenMonth(date!)).toMatchObject({ text: 'October', value: 'XXXX-10', precision: 'month' });
  });

  it.each([
    ['the month alone', 'The mill closed in October.'],
    ['a day that writes no month', 'The mill closed last Tuesday.'],
    ['a date in figures', 'The mill closed on 10/07/1992.'],
    ['a bare year', 'The mill closed in 1992.'],
    ['a length of time', 'The strike lasted four months.'],
  ])('%s → null', (_, text) => {
    expect(writtenMonth(firstMention(text))).toBeNull();
  });
});

describe('when-answers: a question about the month is answered with the month', () => {
  const desk = Newsdesk.fromReports([
    report(
      'mill',
      'The Velmont mill closed on October 7, 1992, after Ann Roe sold it. The Korvex parade was held on 22 May 2013.',
      '2013-06-01',
      'Mill',
    ),
  ]);

  it.each([
    ['What month did the Velmont mill close?', 'October'],
    ['In which month was the Korvex parade held?', 'May'],
    // the whole date when more is asked
    ['What month and year did the Velmont mill close?', 'October 7, 1992'],
    ['When did the Velmont mill close?', 'October 7, 1992'],
  ])('%s → %s', (question, expected) => {
    const found = desk.ask('when', question, { limit: 3 }).answers[0];
    expect(found?.text).toBe(expected);
    expect(highlighted(found!.citations[0]!)).toBe(expected);
  });
});

describe('when-answers in a report without a date: the month asked is still the month written', () => {
  const desk = Newsdesk.fromReports([
    report('undated-mill', 'The Velmont mill reopened on January 6 after Ann Roe sold it.', null, 'Mill'),
  ]);

  it.each([
    ['What month did the Velmont mill reopen?', 'January'],
    ['What day of the month did the Velmont mill reopen?', '6'],
    ['When did the Velmont mill reopen?', 'January 6'],
  ])('%s → %s', (question, expected) => {
    const found = desk.ask('when', question, { limit: 3 }).answers[0];
    expect(found?.text).toBe(expected);
    expect(highlighted(found!.citations[0]!)).toBe(expected);
  });
});
