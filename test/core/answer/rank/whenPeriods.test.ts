import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import type { Report } from '../../../../src/core/types.js';

const REPORTS: Report[] = [
  {
    id: 'warsaw',
    date: null,
    title: 'Warsaw',
    text: 'During the Second World War the old town of Warsaw was razed by bombing. It was rebuilt from 1949 to 1963.',
    origin: { file: 'test' },
  },
  {
    id: 'rhine',
    date: null,
    title: 'Rhine',
    text: 'The Rhine delta began to form in the Pleistocene epoch. The river has flowed for a long time.',
    origin: { file: 'test' },
  },
];

const candidateTexts = (desk: Newsdesk, question: string) =>
  desk.answerCandidates('when', question).candidates.map((c) => c.answer.text);

describe('when-candidates: named periods beside dates', () => {
  const desk = Newsdesk.fromReports(REPORTS);

  it.each([
    ['When was the old town of Warsaw razed by bombing?', 'the Second World War'],
    ['When did the Rhine delta begin to form?', 'the Pleistocene epoch'],
  ])('%s → a candidate %j', (question, period) => {
    expect(candidateTexts(desk, question)).toContain(period);
  });

  it.each([
    ['How long was the old town of Warsaw razed by bombing?', 'the Second World War'],
    // the question's own period is not its answer
    ['What happened to Warsaw during the Second World War?', 'the Second World War'],
  ])('%s → no candidate %j', (question, period) => {
    expect(candidateTexts(desk, question)).not.toContain(period);
  });

  it('a named period carries no calendar value', () => {
    const period = desk
      .answerCandidates('when', 'When was the old town of Warsaw razed by bombing?')
      .candidates.find((c) => c.answer.text === 'the Second World War');
    expect(period?.answer.date).toBeUndefined();
    expect(period?.answer.undated).toBe('period');
    expect(period?.features.period).toBe(1);
  });
});
