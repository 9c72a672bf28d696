import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { setMentions } from '../../../../src/core/extract/dates/sets.js';

describe('sets: repeated times', () => {
  it.each([
    ['The board meets every Monday.', 'every Monday', 'P1W', 'XXXX-WXX-1'],
    ['Prices are set weekly.', 'weekly', 'P1W', undefined],
    ['The fee is paid each year.', 'each year', 'P1Y', undefined],
    ['Trains run twice a day.', 'twice a day', 'P1D', undefined],
    ['The index is published daily.', 'daily', 'P1D', undefined],
    ['Bulletins go out hourly.', 'hourly', 'PT1H', undefined],
    ['The mayor spoke in her weekly phone-in show.', 'weekly', 'P1W', undefined],
    ['The ministry gives a daily count of arrivals.', 'daily', 'P1D', undefined],
    ['The fair is held every March.', 'every March', 'P1Y', 'XXXX-03'],
    ['Each summer the town fills up.', 'Each summer', 'P1Y', 'XXXX-SU'],
    ['The show airs on Sundays.', 'Sundays', 'P1W', 'XXXX-WXX-7'],
    ['Velt works Thursday nights.', 'Thursday nights', 'P1W', 'XXXX-WXX-4TNI'],
  ])('%s → %s = %s', (text, written, value, timex) => {
    const found = extractDates(text, '1998-02-06').find((m) => m.type === 'set');
    expect(found).toMatchObject({ text: written, value });
    expect(found?.timex).toBe(timex);
  });
});

describe('sets: none where nothing repeats', () => {
  it.each([
    'He writes for the Daily Telegraph.',
    'It was printed in the party daily Harbour Voice.',
    'The firm raised its quarterly payout.',
    'The company pays $2 million a year.',
    'Each member voted.',
    'Every vote counts.',
    'Each may choose a seat.',
    'The Sundays played in Ardena.',
    '',
  ])('%j', (text) => {
    expect(setMentions(text)).toEqual([]);
  });

  it('does not read "every Monday" as one Monday', () => {
    const found = extractDates('Markets close early every Monday.', '1998-02-06');
    expect(found.filter((m) => m.type === 'date')).toEqual([]);
  });
});
