import { describe, expect, it } from 'vitest';
import { asksYearAlone, writtenYear } from '../../../../src/core/answer/rank/yearAsked.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import type { DateMention } from '../../../../src/core/types.js';
import { highlighted, report } from '../../../helpers/fixtures.js';

describe('asksYearAlone', () => {
  it.each([
    ['In what year did the mill open?', true],
    ['Which year saw the first strike?', true],
    ['What month and year did the mill open?', false],
    ['In what year and on what day did it close?', false],
    ['What year and month did the mill open?', false],
    // a unit inside a name asks nothing
    ['What year did Founders Day move?', true],
    ['When did the mill open?', false],
    ['What years did the strike last?', false],
  ])('%s → %s', (question, expected) => {
    expect(asksYearAlone(question)).toBe(expected);
  });
});

const mention = (text: string, value: string, start: number, extra: Partial<DateMention> = {}): DateMention => ({
  text,
  type: 'date',
  value,
  precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day',
  start,
  end: start + text.length,
  ...extra,
});

describe('writtenYear', () => {
  it.each([
    [mention('March 1907', '1907-03', 10), { text: '1907', value: '1907', precision: 'year', start: 16, end: 20 }],
    [mention('early 2012', '2012', 0, { approximate: true }), { text: '2012', start: 6, end: 10 }],
    [mention('4 June 2014', '2014-06-04', 5), { text: '2014', start: 12, end: 16 }],
    // a season is a stretch inside its year
    [
      mention('the fall of 2015', '2015-09', 3, { until: '2015-11', approximate: true }),
      { text: '2015', value: '2015', precision: 'year', start: 15, end: 19 },
    ],
    // a time's year is a date
    [mention('9 May 2006 at 20:00', '2006-05-09', 0, { type: 'time' }), { text: '2006', type: 'date' }],
  ])('%j → %j', (date, expected) => {
    expect(writtenYear(date)).toMatchObject(expected);
  });

  it("the year of a season answers alone, without the season's end", () => {
    const season = mention('the fall of 2015', '2015-09', 3, { until: '2015-11', approximate: true });
    expect(writtenYear(season)).not.toHaveProperty('until');
  });

  it.each([
    ['the bare year', mention('1931', '1931', 0)],
    ['a span', mention('1703–1709', '1703', 0, { until: '1709' })],
    ['a date that writes no year of its own', mention('last March', '1999-03', 0)],
    ['a year only inside a longer number', mention('June 19071', '1907-06', 0)],
  ])('%s → null', (_, date) => {
    expect(writtenYear(date)).toBeNull();
  });
});

describe('when-answers: "in what year" is answered with the year of the date written', () => {
  const desk = Newsdesk.fromReports([
    report('mill', 'The paper mill at Ashford opened in March 1907 and closed in 1931.', null, 'Mill'),
  ]);

  it.each([
    ['In what year did the paper mill at Ashford open?', '1907'],
    ['What month and year did the paper mill at Ashford open?', 'March 1907'],
    ['When did the paper mill at Ashford open?', 'March 1907'],
  ])('%s → %s', (question, expected) => {
    const found = desk.ask('when', question, { limit: 3 }).answers.find((a) => a.text.includes('1907'));
    expect(found?.text).toBe(expected);
    expect(highlighted(found!.citations[0]!)).toBe(expected);
  });
});
