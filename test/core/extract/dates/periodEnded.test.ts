import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { periodEndedMentions } from '../../../../src/core/extract/dates/periodEnded.js';

describe('accounting years named by their end', () => {
  it.each([
    ['Corda lost $4 million for the year ended April 29.', 'the year'],
    ['Sales rose in the fiscal year ending in May.', 'the fiscal year'],
    ['It expects a loss for the year ending next week.', 'the year'],
    ['The financial year ended 31 May was its best.', 'The financial year'],
  ])('%s → %s, a one-year duration', (text, written) => {
    const found = extractDates(text, '1999-01-05').find((m) => m.text === written);
    expect(found).toMatchObject({ type: 'duration', value: 'P1Y' });
  });

  it('the day it ends stays a date of its own', () => {
    const found = extractDates('Corda lost $4 million for the year ended April 29.', '1999-07-20');
    expect(found.map((m) => [m.text, m.type])).toEqual([
      ['the year', 'duration'],
      ['April 29', 'date'],
    ]);
  });
});

describe('accounting years: none where the year is not named by its end', () => {
  it.each([
    'The year ended badly for the club.',
    'The year ending was a surprise to all of them.',
    'Prices rose during the year.',
    'The quarter ended April 29 was weak.',
    '',
  ])('%j', (text) => {
    expect(periodEndedMentions(text)).toEqual([]);
  });
});
