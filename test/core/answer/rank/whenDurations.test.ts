import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { report } from '../../../helpers/fixtures.js';

describe('when-answers to "how long": a length of time, not a date', () => {
  const desk = Newsdesk.fromReports([
    report(
      'flight',
      'The Korvex test flight lasted four hours over Velmont. The Korvex programme is running four years behind schedule.',
      '2010-01-25',
    ),
    report('strike', 'The Trelby dock strike lasted several months before the owners gave way.', null),
  ]);

  it.each([
    ['How long did the Korvex test flight last?', 'four hours', 'PT4H'],
    ['How long is the Korvex programme behind schedule?', 'four years', 'P4Y'],
    ['How long did the Trelby dock strike last?', 'several months', 'PXM'],
  ])('%s → %s (%s)', (question, text, duration) => {
    const top = desk.ask('when', question).answers[0];
    expect(top).toMatchObject({ text, duration });
    // a length has no calendar value, and is no time counted from an unknown day
    expect(top?.date).toBeUndefined();
    expect(top?.dayUnknown).toBeUndefined();
  });

  it('lengths of hours are weighed with the other lengths, not with "tomorrow" and "this morning"', () => {
    const { candidates } = desk.answerCandidates('when', 'How long did the Korvex test flight last?');
    const hours = candidates.find((c) => c.answer.text === 'four hours');
    expect(Object.keys(hours!.features).some((name) => name.startsWith('dayUnknown'))).toBe(false);
  });
});

describe('when-answers: a time that repeats, not a date', () => {
  const desk = Newsdesk.fromReports([
    report(
      'market',
      'The Velmont farmers market is held every Monday in the old square. The Korvex flea market is held every Friday.',
      '2016-02-03',
    ),
  ]);

  it('answers with the repetition as written and how often it comes back', () => {
    const top = desk.ask('when', 'When is the Velmont farmers market held?').answers[0];
    expect(top).toMatchObject({ text: 'every Monday', repeats: 'P1W' });
    expect(top?.date).toBeUndefined();
  });

  it('keeps two weekly times apart: which day is part of the answer', () => {
    const texts = desk
      .answerCandidates('when', 'When are the Velmont and Korvex markets held?')
      .candidates.map((c) => c.answer.text);
    expect(texts).toEqual(expect.arrayContaining(['every Monday', 'every Friday']));
  });
});
