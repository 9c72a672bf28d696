import { describe, expect, it } from 'vitest';
import { asksFuture, endsBeforeReport } from '../../../../src/core/answer/rank/futureAsked.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { report } from '../../../helpers/fixtures.js';

describe('asksFuture: a when-question about a time still ahead', () => {
  it.each([
    'When will Korvex close the plant?',
    'when shall the council vote?',
    'When is the Velt bridge due to reopen?',
    'When are the talks expected to resume?',
    'When is the vote going to take place?',
  ])('%j asks about the future', (question) => {
    expect(asksFuture(question)).toBe(true);
  });

  it.each([
    'When did Korvex close the plant?',
    'When was the bridge reopened?',
    // "will" as a noun, and a future inside the topic rather than the question's own verb
    'When was the will of Ann Roe read?',
    'When did Roe say the plant will close?',
    'Who will close the plant?',
  ])('%j does not', (question) => {
    expect(asksFuture(question)).toBe(false);
  });
});

describe("endsBeforeReport: a date wholly before the report's day, at the date's own precision", () => {
  it.each([
    [{ value: '2005' }, '2006-03-14', true],
    [{ value: '2006' }, '2006-03-14', false],
    [{ value: '2006-02' }, '2006-03-14', true],
    [{ value: '2006-03' }, '2006-03-14', false],
    [{ value: '2006-03-13' }, '2006-03-14', true],
    [{ value: '2006-03-14' }, '2006-03-14', false],
    [{ value: '2006-03-14T09:00' }, '2006-03-14', false],
    // a span counts by its end
    [{ value: '2004', until: '2007' }, '2006-03-14', false],
    [{ value: '2005-Q4' }, '2006-03-14', true],
    // no calendar year: never before
    [{ value: 'P3Y' }, '2006-03-14', false],
    [{ value: 'PRESENT_REF' }, '2006-03-14', false],
    [{ value: 'XXXX-XX-XX' }, '2006-03-14', false],
    [{ value: '2005' }, null, false],
  ] as const)('%j before a report of %s: %s', (date, reportDate, before) => {
    expect(endsBeforeReport(date, reportDate)).toBe(before);
  });
});

describe('when-answers to "when will …" are not times already past', () => {
  const desk = Newsdesk.fromReports([
    report(
      'cuts',
      'The Velt Group will cut 3,000 jobs and close four plants after a loss of $1 billion last year. ' +
        'Two plants will close in 2008 and two more in 2012.',
      '2006-01-23',
      'Velt cuts jobs',
    ),
  ]);

  it('the past year the report speaks of is no answer; the years ahead are', () => {
    const answers = desk.ask('when', 'When will the Velt Group close its plants?').answers.map((a) => a.text);
    expect(answers).not.toContain('last year');
    expect(answers[0]).toMatch(/^(?:2008|2012)$/);
  });

  it('the same time answers the question asked in the past tense', () => {
    const candidates = desk.answerCandidates('when', 'When did the Velt Group lose $1 billion?').candidates;
    expect(candidates.map((c) => c.answer.text)).toContain('last year');
  });
});
