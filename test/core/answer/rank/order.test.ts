import { describe, expect, it } from 'vitest';
import { askedEnd, askedEventEnd, orderFeatures } from '../../../../src/core/answer/rank/order.js';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';

describe('the end of a story a when-question asks about', () => {
  it.each([
    ['When did ABC first start?', 'start'],
    ['When was the company founded?', 'start'],
    ['When did the Ottoman Empire fall?', 'end'],
    ['When was the last episode shown?', 'end'],
    ['When was the bridge built?', null],
    // both ends named: neither
    ['When did the first war end?', null],
  ])('%s → %s', (question, end) => {
    expect(askedEnd(question)).toBe(end);
  });
});

describe('the end of one stretch of time a when-question asks about', () => {
  it.each([
    ['When was the painter born?', 'start'],
    ['When did the show first air?', 'start'],
    ['When did the mill close?', 'end'],
    // "last" asks for the most recent time, not the end of a span
    ['When had the index last risen four weeks in a row?', null],
    ['When was the latest census?', null],
    // a plural time noun asks for the whole stretch, whatever ordinal the question holds
    ['What years did the original show run?', null],
    ['In which seasons did the club first lead the league?', null],
    ['What year did the original show start?', 'start'],
  ])('%s → %s', (question, end) => {
    expect(askedEventEnd(question)).toBe(end);
  });
});

describe('where a date stands in time among its passage’s dates', () => {
  const text = 'The empire lasted from 1299 to 1923; at the height of its power in 1566 it ruled Hungary.';
  const dates = extractDates(text, null);
  const find = (written: string) => dates.find((d) => d.text === written)!;

  it.each([
    ['1299', 'start', { earliest: 1, latest: 0, asksThisEnd: 1 }],
    ['1923', 'end', { earliest: 0, latest: 1, asksThisEnd: 1 }],
    ['1923', 'start', { earliest: 0, latest: 1, asksThisEnd: 0 }],
    ['1566', 'end', { earliest: 0, latest: 0, asksThisEnd: 0 }],
    ['1566', null, { earliest: 0, latest: 0, asksThisEnd: 0 }],
  ] as const)('%s asked %s', (written, asked, features) => {
    expect(orderFeatures(dates, asked)(find(written))).toEqual(features);
  });

  it('a lone year, or a date of unknown year, stands nowhere', () => {
    const lone = extractDates('It opened in 1990.', null);
    expect(orderFeatures(lone, 'start')(lone[0]!)).toEqual({ earliest: 0, latest: 0, asksThisEnd: 0 });
    const unknown = extractDates('It opened in June and closed in 1990 and 1995.', null);
    expect(orderFeatures(unknown, 'start')(unknown[0]!)).toEqual({ earliest: 0, latest: 0, asksThisEnd: 0 });
  });
});
