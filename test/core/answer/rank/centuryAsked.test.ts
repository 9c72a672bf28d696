import { describe, expect, it } from 'vitest';
import { periodAsked, writtenCentury, writtenDecade } from '../../../../src/core/answer/rank/centuryAsked.js';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { highlighted, report } from '../../../helpers/fixtures.js';

describe('periodAsked', () => {
  it.each([
    ['In what century was the Velmont port built?', 'century'],
    ['Which century saw the first Korvex fair?', 'century'],
    ['In what decade did the mill close?', 'decade'],
    ['When was the Velmont port built?', null],
    ['How many centuries did the port stand?', null],
  ])('%s → %s', (question, expected) => {
    expect(periodAsked(question)).toBe(expected);
  });
});

/** The first time expression of the text, read against 3 February 2016. */
const firstMention = (text: string) => extractDates(text, '2016-02-03')[0]!;

describe('writtenCentury and writtenDecade', () => {
  it.each([
    [writtenCentury, 'Missionaries came in the early nineteenth century.', 'nineteenth century'],
    [writtenCentury, 'The port grew in the 16th century.', '16th century'],
    [writtenDecade, 'The mill closed in the late 1970s.', '1970s'],
  ])('%#: %s → %s', (read, text, expected) => {
    const date = firstMention(text);
    const part = read(date);
    // the same years: a decade keeps its last year
    expect(part).toMatchObject({ text: expected, type: 'date', value: date.value, until: date.until });
    expect(text.slice(part!.start, part!.end)).toBe(expected);
  });

  it.each([
    [writtenCentury, 'a year', 'The port grew in 1905.'],
    [writtenCentury, 'the century as written', 'The port grew in 16th century trade.'],
    [writtenDecade, 'a year', 'The mill closed in 1975.'],
    [writtenDecade, 'a length of time', 'The mill stood for decades.'],
    [writtenDecade, 'a span of decades', 'The mill stood between the 1930s and 1950s.'],
  ])('%#: %s → null', (read, _, text) => {
    expect(read(firstMention(text))).toBeNull();
  });
});

describe('when-answers: "in what century" is answered with the century', () => {
  const desk = Newsdesk.fromReports([
    report(
      'port',
      'The Velmont port was built in the early nineteenth century. The Korvex mill closed in the late 1970s.',
      '2016-02-03',
      'Port',
    ),
  ]);

  it.each([
    ['In what century was the Velmont port built?', 'nineteenth century'],
    ['In what decade did the Korvex mill close?', '1970s'],
    ['When was the Velmont port built?', 'the early nineteenth century'],
  ])('%s → %s', (question, expected) => {
    const found = desk.ask('when', question, { limit: 3 }).answers[0];
    expect(found?.text).toBe(expected);
    expect(highlighted(found!.citations[0]!)).toBe(expected);
  });
});
