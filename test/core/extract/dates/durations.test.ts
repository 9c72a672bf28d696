import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { durationMentions } from '../../../../src/core/extract/dates/durations.js';

const REPORT_DATE = '1998-02-06';

describe('durations: lengths of time as ISO 8601 values', () => {
  it.each([
    ['The strike lasted three years.', 'three years', 'P3Y'],
    ['Talks went on for 24 hours.', '24 hours', 'PT24H'],
    ['It took a decade to build.', 'a decade', 'P10Y'],
    ['Prices fell over the past two weeks.', 'the past two weeks', 'P2W'],
    ['He served nearly forty years.', 'nearly forty years', 'P40Y'],
    ['A two-year contract was signed.', 'two-year', 'P2Y'],
    ['It may take several months.', 'several months', 'PXM'],
    ['Sales rose in recent weeks.', 'recent weeks', 'PXW'],
    ['The lease runs at least 20 more years.', 'at least 20 more years', 'P20Y'],
    ['It lasted twenty-five minutes.', 'twenty-five minutes', 'PT25M'],
    ['The next three quarters will be hard.', 'The next three quarters', 'P3Q'],
    // "second" and "quarter" where they are lengths, beside the cases below where they are not
    ['He paused for a second, then went on.', 'a second', 'PT1S'],
    ['Korvex lost money in the first two quarters of 1997.', 'the first two quarters', 'P2Q'],
    // "only" and "over" say how the length is judged, not how long it is
    ['The plant ran for only six months.', 'six months', 'P6M'],
    ['Prices rose over three years.', 'three years', 'P3Y'],
    // a plural unit alone after "for" or "within": the unit is the length
    ['The mill stood idle for years.', 'years', 'PXY'],
    ['Troops could arrive within weeks.', 'weeks', 'PXW'],
    ['Velmont was ruled from the coast for centuries.', 'centuries', 'PXE'],
    // a half: the rest in the next smaller unit, as TIMEX3 writes it
    ['A minute and a half later the alarm rang.', 'A minute and a half', 'PT1M30S'],
    ['They lived in the camp for 2 1/2 years.', '2 1/2 years', 'P2Y6M'],
    ['The hearing took five and a half hours.', 'five and a half hours', 'PT5H30M'],
    ['The storm lasted a day and a half.', 'a day and a half', 'P1DT12H'],
    ['Korvex was gone for half a century.', 'half a century', 'P50Y'],
    ['He waited half an hour.', 'half an hour', 'PT30M'],
    ['The talks ran two and a half weeks.', 'two and a half weeks', 'P2.5W'],
    // a one-word length before a noun that is itself a stretch of time: one expression
    ['Sales rose over a three-year period.', 'a three-year period', 'P3Y'],
    ['The loan grows during its one-year term.', 'one-year term', 'P1Y'],
  ])('%s → %s = %s', (text, written, value) => {
    const found = extractDates(text, REPORT_DATE).find((m) => m.type === 'duration');
    expect(found).toMatchObject({ text: written, value });
    expect(text.slice(found!.start, found!.end)).toBe(written);
  });
});

describe('durations: none where there is no length of time', () => {
  it.each([
    'The 6-year-old boy was returned.',
    'The island buys about three-quarters of its fuel abroad.',
    'It pays $500 million a year in interest.',
    'The days of cheap oil are over.',
    'Zero days remain is what the sign said.',
    // a plural unit alone after other words is no length
    'He spoke of months and years in the same breath.',
    'The plant has run in years past.',
    // "a second" before a word of its own is the ordinal; "a quarter of the …" is a share
    'A second group of directors joined the board.',
    'The closure was a second blow to Velmont.',
    'Korvex holds more than a quarter of the market.',
    'Three quarters of its staff left.',
    // a half of no unit of time, and a fraction that is a price
    'Velt rose a half point to 37.',
    'The stock dropped 2 1/2 to 37 3/4.',
    '',
  ])('%j', (text) => {
    expect(durationMentions(text)).toEqual([]);
  });

  it('keeps a one-word length apart from a noun that is not a stretch of time', () => {
    const found = durationMentions('Velt signed a two-year contract.');
    expect(found.map((m) => m.text)).toEqual(['two-year']);
  });

  it('leaves "two years ago" a date', () => {
    const [found] = extractDates('The plant closed two years ago.', REPORT_DATE);
    expect(found).toMatchObject({ type: 'date', value: '1996' });
  });
});
