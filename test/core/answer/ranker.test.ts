import { beforeAll, describe, expect, it } from 'vitest';
import { rankerModel, useRankerModel } from '../../../src/core/answer/rank/model.js';
import { Newsdesk } from '../../../src/core/newsdesk.js';
import type { Report } from '../../../src/core/types.js';

// Reports written for this test: a mayor opens a bridge, a team wins a cup. No election anywhere.
const REPORTS: Report[] = [
  {
    id: 'bridge',
    date: '2024-03-04',
    title: 'Bridge opens',
    origin: { file: 'test' },
    text:
      'Maria Lopez, the mayor of Riverton, opened the new bridge on Monday. The bridge was built by Harbor ' +
      'Construction over three years. Lopez said the city council approved the budget in 2021.',
  },
  {
    id: 'cup',
    date: '2024-03-03',
    title: 'Tigers win cup',
    origin: { file: 'test' },
    text:
      'The Riverton Tigers won the regional cup on March 2, 2024. Coach Sam Reed praised the players after the ' +
      'final in Oakdale.',
  },
];

let desk: Newsdesk;
beforeAll(() => {
  desk = Newsdesk.fromReports(REPORTS);
  for (const report of REPORTS) desk.annotations(report.id);
});

describe('the learned answer ranker on reports written here', () => {
  it.each([
    ['who', 'Who built the bridge?', 'Harbor Construction', 'bridge'],
    ['who', 'Who praised the players?', 'Sam Reed', 'cup'],
    ['when', 'When did the Tigers win the regional cup?', 'March 2, 2024', 'cup'],
    ['when', 'When did the council approve the budget?', '2021', 'bridge'],
  ] as const)('%s %j → %s, cited in its report', (kind, question, answer, reportId) => {
    const result = desk.ask(kind, question);
    expect(result.nothingFound).toBeUndefined();
    expect(result.answers[0]).toMatchObject({ text: answer });
    expect(result.answers[0]!.citations[0]).toMatchObject({ reportId });
    const scores = result.answers.map((a) => a.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const score of scores) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it('"who is X?" answers with X and the role the report gives X', () => {
    const [top, ...rest] = desk.ask('who', 'Who is Maria Lopez?').answers;
    expect(top).toMatchObject({ text: 'Maria Lopez', role: 'mayor of Riverton' });
    expect(top!.citations[0]!.reportId).toBe('bridge');
    expect(rest).toEqual([]);
  });

  it('a question typed after /who without its question word reads as one: "is Maria Lopez?"', () => {
    const [top, ...rest] = desk.ask('who', 'is Maria Lopez?').answers;
    expect(top).toMatchObject({ text: 'Maria Lopez', role: 'mayor of Riverton' });
    expect(rest).toEqual([]);
  });

  it.each([
    ['who', 'who won the election?'],
    ['when', 'When was the election held?'],
  ] as const)(
    '%s %j over reports with no election: nothing found, the closest passages instead of a guess',
    (kind, question) => {
      const result = desk.ask(kind, question);
      expect(result.answers).toEqual([]);
      expect(result.total).toBe(0);
      expect(result.nothingFound).toBeDefined();
      const { reason, confidence, threshold } = result.nothingFound!;
      // either the best guess is not confident enough, or the reports never mention a word asked about
      expect(reason === 'unknown-words' || confidence < threshold).toBe(true);
      for (const passage of result.nothingFound!.closest) expect(REPORTS.map((r) => r.id)).toContain(passage.reportId);
    },
  );

  it('the threshold is what decides for a question the reports speak of', () => {
    const model = rankerModel();
    try {
      useRankerModel({ ...model, who: { ...model.who, threshold: 1 } });
      expect(desk.ask('who', 'Who praised the players?').nothingFound).toMatchObject({ reason: 'confidence' });
      useRankerModel({ ...model, who: { ...model.who, threshold: 0 } });
      const result = desk.ask('who', 'Who praised the players?');
      expect(result.nothingFound).toBeUndefined();
      expect(result.answers.length).toBeGreaterThan(0);
    } finally {
      useRankerModel(undefined);
    }
  });

  it('says nothing found when the reports never mention what is asked, whatever the threshold', () => {
    const model = rankerModel();
    try {
      useRankerModel({ ...model, who: { ...model.who, threshold: 0 } });
      expect(desk.ask('who', 'who won the election?').nothingFound).toMatchObject({ reason: 'unknown-words' });
    } finally {
      useRankerModel(undefined);
    }
  });
});
