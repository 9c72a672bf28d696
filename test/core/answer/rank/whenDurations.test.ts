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
