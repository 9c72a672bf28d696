import { describe, expect, it } from 'vitest';
import {
  asksDayAlone,
  dayPartAsked,
  writtenDay,
  writtenMonthDay,
  writtenWeekday,
} from '../../../../src/core/answer/rank/dayAsked.js';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { highlighted, report } from '../../../helpers/fixtures.js';

describe('asksDayAlone', () => {
  it.each([
    ['On what day did the Velmont fair open?', true],
    ['What date was the Korvex vote held?', true],
    ['Which day did the strike end?', true],
    ['What day of the week was the market day moved to?', true],
    // the hour is asked too
    ['On what day and time did the fair open?', false],
    ['At what time did the fair open?', false],
    ['What date and hour was the vote held?', false],
    // no day is asked
    ['When did the Velmont fair open?', false],
    ['In what year did the fair open?', false],
    // a day inside a name asks nothing
    ['When was Founders Day first held?', false],
  ])('%s → %s', (question, expected) => {
    expect(asksDayAlone(question)).toBe(expected);
  });
});

/** The first time expression of the text, read against 3 February 2016. */
const firstMention = (text: string) => extractDates(text, '2016-02-03')[0]!;

describe('writtenDay', () => {
  it.each([
    ['The fair opened on Monday evening.', 'Monday'],
    ['The test ran on the morning of January 27, 1967.', 'January 27, 1967'],
    ['It was shown on 9 October 2006 at 20:00 on the CBC.', '9 October 2006'],
    ['He died early Friday morning.', 'Friday'],
    ['At 4 a.m. EDT Thursday the ship left.', 'Thursday'],
    ['The talks ended at 6 p.m. on Tuesday.', 'Tuesday'],
    ['The vote passed late Tuesday night.', 'Tuesday'],
    ['Yesterday afternoon the vote passed.', 'Yesterday'],
  ])('%s → %s', (text, expected) => {
    const time = firstMention(text);
    const day = writtenDay(time);
    expect(day).toMatchObject({ text: expected, type: 'date', value: time.value, precision: time.precision });
    expect(text.slice(day!.start, day!.end)).toBe(expected);
    expect(day).not.toHaveProperty('timex');
  });

  it.each([
    ['an hour with no day beside it', 'This morning the mayor resigned.'],
    ['a clock time alone', 'The ship left at 10:30 a.m.'],
    ['a date with no hour', 'The fair opened on January 27, 1967.'],
  ])('%s → null', (_, text) => {
    expect(writtenDay(firstMention(text))).toBeNull();
  });
});

describe('dayPartAsked', () => {
  it.each([
    ['What day of the week did the Velmont fair open?', 'weekday'],
    ['Which weekday was the vote held on?', 'weekday'],
    ['What day of the month did the strike end?', 'monthDay'],
    ['On what date of the month was the vote held?', 'monthDay'],
    ['On what day did the fair open?', null],
    ['When did the strike end?', null],
    ['How many weeks did the strike last?', null],
  ])('%s → %s', (question, expected) => {
    expect(dayPartAsked(question)).toBe(expected);
  });
});

describe('writtenWeekday', () => {
  it.each([
    ['The fair opened last Tuesday.', 'Tuesday'],
    ['The editorial ran on Thursday, Jan. 6, 2000.', 'Thursday'],
    ['The fair opened on Monday evening.', 'Monday'],
  ])('%s → %s', (text, expected) => {
    const date = firstMention(text);
    const day = writtenWeekday(date);
    expect(day).toMatchObject({ text: expected, type: 'date', value: date.value, precision: 'day' });
    expect(text.slice(day!.start, day!.end)).toBe(expected);
  });

  it('reads the weekday of a day counted from an undated report, its digits unknown', () => {
    const [date] = extractDates('The fair opened last Tuesday.', null);
    expect(date?.value).toBe('XXXX-XX-XX');
    expect(writtenWeekday(date!)).toMatchObject({ text: 'Tuesday', value: 'XXXX-XX-XX', precision: 'day' });
  });

  it.each([
    ['the weekday alone', 'The fair opened on Tuesday.'],
    ['a date that writes no weekday', 'The fair opened on January 27, 1967.'],
    ['a week', 'The fair opened last week.'],
  ])('%s → null', (_, text) => {
    expect(writtenWeekday(firstMention(text))).toBeNull();
  });
});

describe('writtenMonthDay', () => {
  it.each([
    ['The strike ended on October 7, 1992.', '7'],
    ['The vote was held on the 22nd of May, 2013.', '22nd'],
    ['The vote was held on 9 October 2006.', '9'],
    // the day's number, not the hour's
    ['The ship left at 7 p.m. on May 9, 2014.', '9'],
    // the day's digits again inside the year
    ['The strike ended on May 19, 2019 after a vote.', '19'],
  ])('%s → %s', (text, expected) => {
    const date = firstMention(text);
    const day = writtenMonthDay(date);
    expect(day).toMatchObject({ text: expected, type: 'date', value: date.value, precision: 'day' });
    expect(text.slice(day!.start, day!.end)).toBe(expected);
  });

  it('reads the number of a day in a report without a date, and none from a day whose digits are all unknown', () => {
    const [dated] = extractDates('The strike ended on May 22.', null);
    expect(writtenMonthDay(dated!)).toMatchObject({ text: '22', value: 'XXXX-05-22' });
    const [counted] = extractDates('The strike ended on the 3rd, yesterday.', null).filter(
      (d) => d.text === 'yesterday',
    );
    expect(counted && writtenMonthDay(counted)).toBeNull();
  });

  it.each([
    ['a day named by a word', 'The strike ended yesterday.'],
    ['a weekday', 'The strike ended last Tuesday.'],
    ['a month', 'The strike ended in October 1992.'],
  ])('%s → null', (_, text) => {
    expect(writtenMonthDay(firstMention(text))).toBeNull();
  });
});

describe('when-answers: "on what day" is answered with the day written beside the hour', () => {
  const desk = Newsdesk.fromReports([
    report(
      'fair',
      'The Velmont fair opened on the evening of March 4, 2019, and the Korvex parade began at 9 a.m. on Sunday. The Dunmore vote was held last Tuesday.',
      '2019-03-06',
      'Fair',
    ),
  ]);

  it.each([
    ['On what day did the Velmont fair open?', 'March 4, 2019'],
    ['What day did the Korvex parade begin?', 'Sunday'],
    // the hour asked, or no day asked: the time as written
    ['At what time did the Korvex parade begin?', '9 a.m. on Sunday'],
    ['When did the Velmont fair open?', 'evening of March 4, 2019'],
    // the weekday or the day's number when that part is asked
    ['What day of the week did the Korvex parade begin?', 'Sunday'],
    ['What day of the week was the Dunmore vote held?', 'Tuesday'],
    ['When was the Dunmore vote held?', 'last Tuesday'],
    ['What day of the month did the Velmont fair open?', '4'],
  ])('%s → %s', (question, expected) => {
    const found = desk.ask('when', question, { limit: 3 }).answers[0];
    expect(found?.text).toBe(expected);
    expect(highlighted(found!.citations[0]!)).toBe(expected);
  });
});
