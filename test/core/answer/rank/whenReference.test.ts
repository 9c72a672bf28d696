import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { report } from '../../../helpers/fixtures.js';

describe('when-answers: "recently", "in the future" where the report gives no other time', () => {
  const desk = Newsdesk.fromReports([
    report('budget', 'The Velmont council recently faced a revolt over its budget, members said.', null),
    report('remake', 'Ann Roe would love to remake the Korvex film in the future, with its first ending.', null),
    report('dated', 'The Ardena ferry is now run by the Korvex line, the council said.', '2013-05-10'),
    report('strike', 'Dock workers in Ardena struck for three days over pay.', '2013-05-10'),
  ]);

  it.each([
    ['When did the Velmont council face a revolt?', 'recently', 'budget'],
    ['When would Ann Roe remake the Korvex film?', 'the future', 'remake'],
  ])('%s → %s', (question, expected, reportId) => {
    const top = desk.ask('when', question, { limit: 3 }).answers[0];
    expect(top?.text).toBe(expected);
    expect(top?.citations[0]?.reportId).toBe(reportId);
  });

  it('gives a reference in a dated report the day it was written from', () => {
    const { candidates } = desk.answerCandidates('when', 'When is the Ardena ferry run by the Korvex line?');
    const now = candidates.find((c) => c.answer.text === 'now');
    expect(now?.answer).toMatchObject({ date: '2013-05-10', precision: 'day' });
    expect(now?.features.reference).toBe(1);
  });

  it('never answers "how long" with one', () => {
    const { candidates } = desk.answerCandidates('when', 'How long has the Ardena ferry been run by the Korvex line?');
    expect(candidates.map((c) => c.answer.text)).not.toContain('now');
  });
});
