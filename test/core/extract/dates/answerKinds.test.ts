import { describe, expect, it } from 'vitest';
import { answersQuestion } from '../../../../src/core/extract/dates/answerKinds.js';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';

const TEXT =
  'The strike, which began on Monday at 3 p.m., lasted three years and now recurs every May, reported daily.';

describe('which time expressions answer a question', () => {
  it.each([
    // a named time that repeats answers; a bare repetition ("daily") does not
    ['When did the strike begin?', ['Monday at 3 p.m.', 'every May']],
    ['How long did the strike last?', ['three years']],
    ['How long ago did the strike begin?', ['Monday at 3 p.m.', 'every May']],
  ])('%s → %j', (question, expected) => {
    const mentions = extractDates(TEXT, '2018-12-05').filter((m) => answersQuestion(m, question));
    expect(mentions.map((m) => m.text)).toEqual(expected);
  });

  it('reads a mention stored without a type as a date', () => {
    const stored = { text: 'May 3', value: '2018-05-03', precision: 'day', start: 0, end: 5 } as Parameters<
      typeof answersQuestion
    >[0];
    expect(answersQuestion({ ...stored, type: undefined as never }, 'When?')).toBe(true);
  });
});
