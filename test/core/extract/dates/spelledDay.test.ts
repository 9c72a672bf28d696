import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';

describe('a month and its day in words', () => {
  it.each([
    ['The dividend will be paid April one to holders of record March 16.', 'April one', '1987-04-01'],
    ['The offer expires at midnight on April three, 1988, unless extended.', 'April three, 1988', '1988-04-03'],
    ['The plant opens March twenty-six.', 'March twenty-six', '1987-03-26'],
    ['He takes office effective June first.', 'June first', '1987-06-01'],
    ['It was issued last December nine.', 'last December nine', '1986-12-09'],
    ['The notes were sold last March four.', 'last March four', '1986-03-04'],
    ['The period ran from January thirty-first.', 'January thirty-first', '1987-01-31'],
  ])('%s → %s = %s', (text, written, value) => {
    expect(extractDates(text, '1987-03-05').find((m) => m.value === value)).toMatchObject({
      text: written,
      precision: 'day',
    });
  });
});

describe('a month and its day in words: negative cases', () => {
  it.each([
    // a count that goes on to what it counts
    ['In March two years ago the index fell.', 'March two'],
    ['Sales rose in April one pct.', 'April one'],
    ['In June one of the plants closed.', 'June one'],
    ['The March twelve-month figure rose.', 'March twelve'],
    // "May one" is a question
    ['May one ask why the plant closed?', 'May one'],
    // no such day
    ['February thirty is no day at all.', 'February thirty'],
  ])('%s: no %s', (text, written) => {
    expect(extractDates(text, '1987-03-05').map((m) => m.text)).not.toContain(written);
  });

  it('an undated report: no year to read, no day', () => {
    expect(extractDates('The dividend will be paid April one.', null).map((m) => m.text)).not.toContain('April one');
  });
});
