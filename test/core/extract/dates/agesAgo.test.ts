import { describe, expect, it } from 'vitest';
import { agesAgoMentions } from '../../../../src/core/extract/dates/agesAgo.js';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';

describe('ages counted back from now', () => {
  it.each([
    // undated report: counted back from 1950, as "before present" is
    ['The extinction event 66 million years ago ended them.', null, '66 million years ago', 'BC65998051'],
    ['Primates roamed the area more than 20 million years ago.', null, 'more than 20 million years ago', 'BC19998051'],
    ['Tides began about 7,500 years ago.', null, 'about 7,500 years ago', 'BC5551'],
    ['Homo habilis lived 1.8 million years ago.', null, '1.8 million years ago', 'BC1798051'],
    ['The town was settled 1,500 years ago.', '2000-06-15', '1,500 years ago', '0500'],
  ])('%s → %s = %s', (text, reportDate, written, value) => {
    const found = extractDates(text, reportDate).find((m) => m.text === written);
    expect(found).toMatchObject({ type: 'date', value, precision: 'year' });
    expect(text.slice(found!.start, found!.end)).toBe(written);
  });
});

describe('ages: none where there is no age of a thousand years or more', () => {
  it.each([
    'The plant closed two years ago.',
    'The church was built 500 years ago.',
    'He is 66 million dollars richer.',
    'The rocks are 66 million years old.',
    'It will last 10,000 years.',
    '',
  ])('%j', (text) => {
    expect(agesAgoMentions(text, null)).toEqual([]);
  });
});
