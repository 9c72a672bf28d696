import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { deadlineBefore, futureBefore } from '../../../../src/core/extract/dates/futureCue.js';

const REPORT_DATE = '1998-02-04'; // a Wednesday

/** Whether the clause before the last word of `text` speaks of the future. */
const aheadOfLastWord = (text: string) => futureBefore(text, text.lastIndexOf(' ') + 1);

describe('future cues before a date', () => {
  it.each([
    'The minister will meet them Friday',
    'Trading is to resume in Velmont Tuesday',
    'The plant is scheduled to close Monday',
    'The board plans to vote Thursday',
    'Talks could start as early as Tuesday',
    "They'll sign on Friday",
    // the period of an initial or a title does not end the clause
    'Ann Roe will succeed Tom P. Hale Friday',
    'The board will name Dr. Hale Friday',
    'They’ll sign on Friday',
  ])('%j: ahead', (text) => {
    expect(aheadOfLastWord(text)).toBe(true);
  });
});

describe('future cues: none where the clause is past or the cue is cut off', () => {
  it.each([
    'The minister met them Friday',
    'The minister will resign. He met them Friday',
    'The minister will resign. Mr. Hale met them Friday',
    'He will resign, Ann Roe said Friday',
    'It was bought to be sold Friday',
    'The will was read Friday',
    // "due to" gives a cause
    'Sales fell due to the strike Friday',
    '',
  ])('%j: not ahead', (text) => {
    expect(aheadOfLastWord(text)).toBe(false);
  });
});

describe('a weekday alone in a clause about the future is the next one', () => {
  it.each([
    ['The minister will meet them on Friday.', 'Friday', '1998-02-06'],
    ['The minister met them on Friday.', 'Friday', '1998-01-30'],
    // the report's own weekday is that day, not a week on
    ['The minister will meet them on Wednesday.', 'Wednesday', '1998-02-04'],
    // "last" says which way, whatever the clause
    ['He will answer for last Friday’s vote.', 'last Friday', '1998-01-30'],
  ])('%s → %s = %s', (text, written, value) => {
    const found = extractDates(text, REPORT_DATE).find((m) => m.text.includes(written));
    expect(found?.value).toBe(value);
  });
});

describe('deadline words right before a date', () => {
  it.each([
    ['The loan must be repaid by ', true],
    ['The new pact takes effect June 1; it is effective ', true],
    ['The dividend is payable ', true],
    ['to holders of record ', true],
    ['It was bought ', false],
    ['The deadline passed on ', false],
    ['The record was set in ', false],
  ])('%j: %s', (text, deadline) => {
    expect(deadlineBefore(text, text.length)).toBe(deadline);
  });
});

describe('a month or day written without a year, in a clause about the future or as a deadline, is the next one', () => {
  it.each([
    ['The agency will launch the probe in December.', '1998-03-04', 'December', '1998-12'],
    ['The plant opened in December.', '1998-03-04', 'December', '1997-12'],
    ['Velmont Bank must repay the loan by February.', '1989-10-30', 'February', '1990-02'],
    ['The new labour pact is effective June 1.', '1989-10-26', 'June 1', '1990-06-01'],
    ['Ann Roe will succeed Tom P. Hale Feb. 1.', '1989-10-26', 'Feb. 1', '1990-02-01'],
    ['The dividend is payable May 15 to holders of record April 30.', '1989-10-26', 'May 15', '1990-05-15'],
    ['The dividend is payable May 15 to holders of record April 30.', '1989-10-26', 'April 30', '1990-04-30'],
    // a day just gone is still that day, not a year on
    ['The court ordered the boy returned by Jan. 14.', '2000-01-15', 'Jan. 14', '2000-01-14'],
    // the report's own month is this year's
    ['The board will meet in March.', '1998-03-04', 'March', '1998-03'],
    // a deadline says nothing of a weekday: "had filed by Wednesday" is the one gone
    ['Most members had filed reports by Wednesday.', '1990-08-16', 'Wednesday', '1990-08-15'],
  ])('%j (report of %s): %s = %s', (text, reportDate, written, value) => {
    const found = extractDates(text, reportDate).find((m) => m.text.includes(written));
    expect(found?.value).toBe(value);
  });
});
