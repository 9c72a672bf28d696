import { describe, expect, it } from 'vitest';
import { roleMatch } from '../../../../src/core/answer/rank/who.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { termsOf } from '../../../../src/core/text/terms.js';
import { report } from '../../../helpers/fixtures.js';

const asked = (question: string) => termsOf(question);

describe('a question of leading matches a leading role', () => {
  it.each([
    ['who heads Velmont?', "Velmont's chief executive"],
    ['who runs Velmont?', 'chairman of Velmont'],
    ['who leads Velmont?', 'Velmont president'],
    ['who manages Ardena?', 'head of Ardena'],
  ])('%j fits the role %j', (question, role) => {
    expect(roleMatch(asked(question), role)).toBeGreaterThan(0.6);
  });

  it.each([
    // a second in command does not lead
    ['who heads Velmont?', 'vice president of Velmont'],
    ['who leads Velmont?', 'deputy head of Velmont'],
    // a question that asks no leading keeps the words as they are
    ['who sued Velmont?', "Velmont's chief executive"],
  ])('%j fits %j only by the name', (question, role) => {
    expect(roleMatch(asked(question), role)).toBeLessThan(0.6);
  });

  it.each([
    ['who is the chief executive of Velmont?', 'Velmont CEO'],
    ['who is the CEO of Velmont?', "Velmont's chief executive"],
    ['who is the CFO of Korvex?', 'chief financial officer of Korvex'],
  ])('%j fits the role %j written the other way', (question, role) => {
    expect(roleMatch(asked(question), role)).toBeGreaterThan(0.8);
  });

  it('the leading role of the company asked beats a leading role elsewhere', () => {
    const question = asked('who heads Velmont?');
    expect(roleMatch(question, "Velmont's chief executive")).toBeGreaterThan(roleMatch(question, 'head of finance'));
  });
});

describe('a title asked one way and written the other', () => {
  const desk = Newsdesk.fromReports([
    report(
      'velmont',
      'Velmont CEO Tom Abel opened the new plant in Ardena on Monday.',
      '2021-03-01',
      'Velmont opens plant',
    ),
    report(
      'korvex',
      'Korvex chief executive Mara Quinn said the firm would hire 200 workers next year.',
      '2021-03-02',
      'Korvex to hire',
    ),
  ]);

  it.each([
    ['Who is the chief executive of Velmont?', 'Tom Abel'],
    ['Who is the CEO of Korvex?', 'Mara Quinn'],
  ])('%j → %s', (question, name) => {
    expect(desk.ask('who', question).answers[0]?.text).toBe(name);
  });
});
