import { describe, expect, it } from 'vitest';
import { roleMatch } from '../../../../src/core/answer/rank/who.js';
import { termsOf } from '../../../../src/core/text/terms.js';

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

  it('the leading role of the company asked beats a leading role elsewhere', () => {
    const question = asked('who heads Velmont?');
    expect(roleMatch(question, "Velmont's chief executive")).toBeGreaterThan(roleMatch(question, 'head of finance'));
  });
});
