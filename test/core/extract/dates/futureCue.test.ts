import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { futureBefore } from '../../../../src/core/extract/dates/futureCue.js';

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
    'They’ll sign on Friday',
  ])('%j: ahead', (text) => {
    expect(aheadOfLastWord(text)).toBe(true);
  });
});

describe('future cues: none where the clause is past or the cue is cut off', () => {
  it.each([
    'The minister met them Friday',
    'The minister will resign. He met them Friday',
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
