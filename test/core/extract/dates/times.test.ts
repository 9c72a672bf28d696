import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';

const REPORT_DATE = '1998-02-06'; // a Friday

describe('times of day: the day and TIMEX3 time', () => {
  it.each([
    ['The vote is at 3 p.m.', '1998-02-06', '1998-02-06T15:00'],
    ['They met at noon.', '1998-02-06', '1998-02-06T12:00'],
    ['He spoke this morning.', '1998-02-06', '1998-02-06TMO'],
    ['The speech is tonight.', '1998-02-06', '1998-02-06TNI'],
    ['Fighting broke out last night.', '1998-02-05', '1998-02-05TNI'],
    ['The plane landed at 10:35 a.m. Thursday.', '1998-02-05', '1998-02-05T10:35'],
    // the part of a day written before its date belongs to that date, not to the report's
    ['The trial began on the morning of March 3, 1971.', '1971-03-03', '1971-03-03TMO'],
    ['Shelling started on the night of 2 January 1990.', '1990-01-02', '1990-01-02TNI'],
  ])('%s → %s (%s)', (text, value, timex) => {
    const found = extractDates(text, REPORT_DATE).find((m) => m.type === 'time');
    expect(found).toMatchObject({ value, precision: 'day', timex });
  });
});

describe('times of day: none where no time is named', () => {
  it.each([
    'Shares rose $2.50 a share to 20.',
    'Good evening from the park.',
    'Tapes from the night the plane fell were released.',
    'The score was 1 to 416.',
    // a part of the day of an event, not of a date
    'Troops moved in on the morning of the attack.',
    '',
  ])('%j', (text) => {
    expect(extractDates(text, REPORT_DATE).filter((m) => m.type === 'time')).toEqual([]);
  });

  it('keeps the time of day without a report date, the day unknown', () => {
    expect(extractDates('He spoke this morning.', null)).toMatchObject([{ timex: 'XXXX-XX-XXTMO' }]);
  });
});
