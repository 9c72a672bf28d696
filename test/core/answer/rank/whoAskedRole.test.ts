import { describe, expect, it } from 'vitest';
import { inAskedRole } from '../../../../src/core/answer/rank/askedRole.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import type { Report } from '../../../../src/core/types.js';

const REPORT: Report = {
  id: 'visit',
  date: '2020-05-05',
  title: 'Visit',
  text:
    'On May 4, the Minister of Trade of the Republic of Velmont, Colonel Tom Hale has met with the ' +
    'delegation led by the Korvex Deputy Secretary of Trade, Ms. Ann Roe, the ministry said.',
  origin: { file: 'test' },
};

describe('inAskedRole', () => {
  it.each([
    ['Republic of Velmont', ['Minister of Trade of the Republic of Velmont'], true],
    ['Korvex', ['Minister of Trade of the Republic of Velmont'], false],
    // no one the question names has a role
    ['Republic of Velmont', [], false],
  ])('%s in %j: %s', (name, roles, expected) => {
    expect(inAskedRole(name, roles)).toBe(expected);
  });
});

describe('who-answers: the title of the person asked about is no answer', () => {
  const desk = Newsdesk.fromReports([REPORT]);

  it('marks the place in the asked person’s title, and only when the question names that person', () => {
    const features = (question: string) =>
      new Map(desk.answerCandidates('who', question).candidates.map((c) => [c.answer.text, c.features]));
    expect(features('who met Tom Hale?').get('Republic of Velmont')?.inAskedRole).toBe(1);
    expect(features('who met Tom Hale?').get('Ann Roe')?.inAskedRole).toBe(0);
    expect(features('who met the delegation?').get('Republic of Velmont')?.inAskedRole).toBe(0);
  });

  it('ranks the person met above the country of the asked person’s title', async () => {
    const texts = (await desk.answer('who', 'who met Tom Hale?', { limit: 5 })).answers.map((a) => a.text);
    expect(texts).toContain('Ann Roe');
    expect(texts.indexOf('Ann Roe')).toBeLessThan(texts.indexOf('Republic of Velmont') >>> 0);
  });
});
