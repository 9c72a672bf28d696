import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { report } from '../../../helpers/fixtures.js';

const candidates = (desk: Newsdesk, question: string) =>
  desk.answerCandidates('who', question).candidates.map((c) => c.answer.text);

describe('who-candidates: a group of people named after a place', () => {
  const desk = Newsdesk.fromReports([
    report(
      'harbour',
      'The old harbour of Portmere was built by Lisbon traders in 1790. ' +
        'Later the Lisbon prices of fish fell, and Lisbon ships left the town.',
      '2021-08-10',
      'Harbour',
    ),
  ]);

  it('the group phrase is a candidate beside the place it holds', () => {
    const found = candidates(desk, 'Who built the old harbour?');
    expect(found).toContain('Lisbon traders');
    expect(found).toContain('Lisbon');
  });

  it('a place before a plural of things makes no group ("Lisbon prices", "Lisbon ships")', () => {
    const found = candidates(desk, 'Who left the town after the prices of fish fell?');
    expect(found).not.toContain('Lisbon prices');
    expect(found).not.toContain('Lisbon ships');
  });
});

describe('who-candidates: a group with the word that describes it', () => {
  const desk = Newsdesk.fromReports([
    report(
      'school',
      'In Velmont, teachers ignore idle stewards and reward elderly nurses. ' +
        'Several other guilds sent their stewards, and three nurses wrote to the council.',
      '2021-09-02',
      'School',
    ),
  ]);

  it.each([
    ['Who do the teachers reward?', 'elderly nurses', 'nurses'],
    ['Who sent stewards?', 'other guilds', 'guilds'],
    ['Who was sent by the guilds?', 'their stewards', 'stewards'],
  ])('%s → both readings, "%s" and "%s"', (question, longer, bare) => {
    const found = candidates(desk, question);
    expect(found).toContain(longer);
    expect(found).toContain(bare);
  });

  it.each([
    ['a verb before the group is not a describing word', 'Who do the teachers ignore?', 'ignore idle stewards'],
    ['nor is a count', 'Who wrote to the council?', 'three nurses'],
  ])('%s', (_, question, absent) => {
    expect(candidates(desk, question)).not.toContain(absent);
  });
});

describe('who-candidates: money names no one', () => {
  const desk = Newsdesk.fromReports([
    report(
      'sale',
      'Korvex has agreed to take on billions of dollars in pension costs at the Velt plant.',
      '2021-10-04',
      'Sale',
    ),
  ]);

  it('"dollars" is no group of people; the body that acts is the candidate', () => {
    const found = candidates(desk, 'Who took on pension costs at the Velt plant?');
    expect(found).not.toContain('dollars');
    expect(found).toContain('Korvex');
  });
});
