import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../../src/core/extract/dates/calendar.js';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { yearEndMentions } from '../../../../src/core/extract/dates/yearEnd.js';

describe("the end of the report's year", () => {
  it.each([
    ['The sale should close by year-end.', 'year-end'],
    ['Staff will be cut by year end.', 'year end'],
    ["The rules should be in place by year's end.", "year's end"],
    ['A cut of $5 million by the end of the year.', 'the end of the year'],
    ['A year-end bonus was paid.', 'year-end'],
  ])('%j → %j, the report year', (text, expected) => {
    const found = extractDates(text, '1989-11-02').find((m) => m.text === expected);
    expect(found).toMatchObject({ type: 'date', value: '1989', precision: 'year' });
    expect(text.slice(found!.start, found!.end)).toBe(expected);
  });
});

describe('negative: no year end', () => {
  it.each([
    'The fiscal year ended June 30.',
    'The year ending in March was slow.',
    'In the end, the year was good.',
    'A year-ender party.',
  ])('%j', (text) => {
    expect(yearEndMentions(text, parseDay('1989-11-02'))).toEqual([]);
  });

  it('an undated report has no year to end', () => {
    expect(yearEndMentions('Done by year-end.', null)).toEqual([]);
  });
});
