import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { report } from '../../../helpers/fixtures.js';

describe('when-answers: an event the report tells as just done is dated by the report', () => {
  const desk = Newsdesk.fromReports([
    report('bridge', 'The Velmont council has approved the Ardena bridge plan, its chair said.', '2013-05-10'),
    report('ferry', 'The Korvex line has sold its oldest ferry on Monday, the line said.', '2013-05-10'),
    report('undated', 'The Brena council has approved the harbour wall plan, its chair said.', null),
    report('quoted', 'The mayor said: "The Dorn council has approved the tunnel plan."', '2013-05-10'),
  ]);
  // every report annotated: a cold question's chat budget must not decide what is found here
  for (const id of ['bridge', 'ferry', 'undated', 'quoted']) desk.annotations(id);

  it("answers with the report's date and says so", () => {
    const top = desk.ask('when', 'When did the Velmont council approve the Ardena bridge plan?', { limit: 3 })
      .answers[0];
    expect(top).toMatchObject({ date: '2013-05-10', precision: 'day', byReportDate: true });
    expect(top?.text).toBe('has approved the Ardena bridge plan');
    expect(top?.citations[0]?.reportId).toBe('bridge');
  });

  it.each([
    ['a sentence with a time of its own', 'When did the Korvex line sell its oldest ferry?', 'ferry'],
    ['an undated report', 'When did the Brena council approve the harbour wall plan?', 'undated'],
    ['a quotation', 'When did the Dorn council approve the tunnel plan?', 'quoted'],
    ['a question about the future', 'When will the Velmont council approve the Ardena bridge plan?', 'bridge'],
    ['"how long"', 'How long has the Velmont council approved the Ardena bridge plan?', 'bridge'],
  ])('none from %s', (_, question, reportId) => {
    const { candidates } = desk.answerCandidates('when', question);
    // candidates of one date merge across reports: any citation of the report counts
    const fromReport = candidates.filter(
      (c) => c.answer.byReportDate && c.answer.citations.some((cited) => cited.reportId === reportId),
    );
    expect(fromReport).toEqual([]);
    // the report is searched: its passage is among those the candidates were read from
    expect(desk.ask('search', question, { limit: 5 }).answers.some((a) => a.citations[0]?.reportId === reportId)).toBe(
      true,
    );
  });

  it("the sentence's own time answers instead", () => {
    const top = desk.ask('when', 'When did the Korvex line sell its oldest ferry?', { limit: 3 }).answers[0];
    expect(top?.text).toBe('Monday');
  });
});
