import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { report } from '../../../helpers/fixtures.js';

const candidates = (desk: Newsdesk, question: string) =>
  desk.answerCandidates('who', question).candidates.map((c) => c.answer.text);

describe('who-candidates: a group of people named after a place', () => {
  const desk = Newsdesk.fromReports([
    report(
      'harbour',
      'The old harbour of Portmere was built by Hamburg merchants in 1790. ' +
        'Later the Hamburg prices of fish fell, and Hamburg ships left the town.',
      '2021-08-10',
      'Harbour',
    ),
  ]);

  it('the group phrase is a candidate beside the place it holds', () => {
    const found = candidates(desk, 'Who built the old harbour?');
    expect(found).toContain('Hamburg merchants');
    expect(found).toContain('Hamburg');
  });

  it('a place before a plural of things makes no group ("Hamburg prices", "Hamburg ships")', () => {
    const found = candidates(desk, 'Who left the town after the prices of fish fell?');
    expect(found).not.toContain('Hamburg prices');
    expect(found).not.toContain('Hamburg ships');
  });
});
