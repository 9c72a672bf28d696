import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../../src/core/extract/dates/calendar.js';
import { decadesAgoMentions } from '../../../../src/core/extract/dates/decadesAgo.js';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';

describe('decades and centuries ago', () => {
  it.each([
    ['Just a decade ago, they were allies.', 'a decade ago', '1989'],
    ['Two decades ago, it was different.', 'Two decades ago', '1979'],
    ['A century ago it was a village.', 'A century ago', '1899'],
    ['It opened 3 decades ago.', '3 decades ago', '1969'],
  ])('%j → %j = %s', (text, written, value) => {
    const found = extractDates(text, '1999-03-12').find((m) => m.text === written);
    expect(found).toMatchObject({ type: 'date', value, precision: 'year' });
  });
});

describe('negative: no decades ago', () => {
  it.each([
    'Several decades ago, nobody knew.',
    'It lasted two decades.',
    'A decade of growth ended.',
    'The decade ago was quiet.',
  ])('%j', (text) => {
    expect(decadesAgoMentions(text, parseDay('1999-03-12'))).toEqual([]);
  });

  it('an undated report has no year to count back from', () => {
    expect(decadesAgoMentions('A decade ago.', null)).toEqual([]);
  });
});
