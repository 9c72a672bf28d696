import { describe, expect, it } from 'vitest';
import { isoWeek, thisWeekMentions } from '../../../../src/core/extract/dates/thisWeek.js';
import { widenModifiers } from '../../../../src/core/extract/dates/modifiers.js';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';

describe('this week, last week, next week', () => {
  it.each([
    ['1998-02-06', 'Talks resume this week.', '1998-02-02', '1998-W06'],
    ['2021-01-03', 'Talks resume this week.', '2020-12-28', '2020-W53'],
    ['1989-11-02', 'Shares fell early this week.', '1989-10-30', '1989-W44'],
    // the week before or after the report's, Monday to Sunday
    ['1998-03-01', 'Talks broke off last week.', '1998-02-16', '1998-W08'],
    ['1998-03-06', 'Talks resume next week.', '1998-03-09', '1998-W11'],
    ['2021-01-06', 'The plant closed late last week.', '2020-12-28', '2020-W53'],
  ])('%s: %s → %s (%s)', (day, text, value, timex) => {
    const [found] = thisWeekMentions(text, new Date(`${day}T00:00:00Z`));
    expect(found).toMatchObject({ value, timex, approximate: true });
  });

  it('reads "last week" as a week, not as the day seven days before the report', () => {
    const [found] = extractDates('Talks broke off last week.', '1998-03-01');
    expect(found).toMatchObject({ text: 'last week', value: '1998-02-16', timex: '1998-W08', approximate: true });
  });

  it('numbers ISO weeks from the week holding the first Thursday', () => {
    const weeks = [isoWeek(new Date(Date.UTC(2015, 0, 1))), isoWeek(new Date(Date.UTC(2010, 0, 3)))];
    expect(weeks).toEqual(['2015-W01', '2009-W53']);
  });

  it('finds nothing without a week or a report date', () => {
    expect(thisWeekMentions('This weekend and this weekday.', new Date(Date.UTC(1998, 1, 6)))).toEqual([]);
    expect(thisWeekMentions('Sales rose last weekend, next weekday.', new Date(Date.UTC(1998, 1, 6)))).toEqual([]);
    expect(thisWeekMentions('Talks resume this week.', null)).toEqual([]);
  });
});

describe('modifiers TimeML counts in the expression', () => {
  it.each([
    ['By the end of this year the plant closes.', 'the end of this year'],
    ['It was bought in late 2006.', 'late 2006'],
    ['It opens in early June.', 'early June'],
    ['Over the weekend the talks stalled.', 'the weekend'],
    ['Sales rose over the past year.', 'the past year'],
    // a bound before a time counted back is part of it, as of a length ("nearly four years")
    ['Velmont closed nearly four years ago.', 'nearly four years ago'],
    ['The dam was built more than four decades ago.', 'more than four decades ago'],
    ['Tom Hale left almost two years ago.', 'almost two years ago'],
    // the order word before a time counted from now or from a day just named
    ['Velmont earlier this year adopted a plan.', 'earlier this year'],
    ['Later yesterday the board met.', 'Later yesterday'],
    ['Earlier that day, Ann Roe called.', 'Earlier that day'],
  ])('%s → %s', (text, written) => {
    expect(extractDates(text, '2006-01-23').map((m) => m.text)).toContain(written);
  });

  it.each([
    // a bound before another time is no part of it
    ['Velmont said about next year that sales would rise.', 'next year'],
    ['It closed over two years ago.', 'two years ago'],
    // "just" says how recent, not how far back
    ['Tom Hale left just two years ago.', 'two years ago'],
    // "later" after another time, or before a dated day, stays outside
    ['The plant opened in 1990 and closed later in 1995.', '1995'],
    ['Ann Roe arrived later on Monday.', 'Monday'],
  ])('%s → %s alone', (text, written) => {
    expect(extractDates(text, '2006-01-23').map((m) => m.text)).toContain(written);
  });

  it('widens nothing into the mention before it', () => {
    const text = 'In 1998 late 1999 came.';
    const mentions = extractDates(text, '2006-01-23');
    expect(widenModifiers(text, mentions).every((m, i, all) => i === 0 || all[i - 1]!.end <= m.start)).toBe(true);
  });
});
