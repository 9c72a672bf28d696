import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { namedDayMentions } from '../../../../src/core/extract/dates/namedDays.js';

describe('named days', () => {
  it.each([
    // the 1987 crash, not the Monday before a 2007 report
    ['2007-10-20', 'Markets recalled Black Monday.', 'Black Monday', '1987-10-19'],
    ['1999-12-01', 'Sales rose over Thanksgiving.', 'Thanksgiving', '1999-11-25'],
    ['2000-02-01', 'They met last Thanksgiving.', 'last Thanksgiving', '1999-11-25'],
    ['1998-11-20', 'Turnout on Election Day was low.', 'Election Day', '1998-11-03'],
    ['1998-12-10', 'Shops open on Christmas Day.', 'Christmas Day', '1998-12-25'],
    ['1998-06-10', 'It opens on New Year’s Day.', 'New Year’s Day', '1998-01-01'],
    ['1998-06-10', "It opens next New Year's Day.", "next New Year's Day", '1999-01-01'],
  ])('%s: %s → %s = %s', (reportDate, text, written, value) => {
    const found = extractDates(text, reportDate).find((m) => m.text === written);
    expect(found).toMatchObject({ type: 'date', value, precision: 'day' });
  });
});

describe('named days: none where no day is named', () => {
  const reference = new Date(Date.UTC(2007, 9, 20));
  it.each(['The black monday mood lingered.', 'A Christmastime sale.', 'Labour Party day one.', ''])('%j', (text) => {
    expect(namedDayMentions(text, reference)).toEqual([]);
  });

  it('keeps only event days without a report date', () => {
    expect(namedDayMentions('Black Monday and Thanksgiving.', null).map((m) => m.value)).toEqual(['1987-10-19']);
  });
});
