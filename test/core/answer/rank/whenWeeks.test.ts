import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { report } from '../../../helpers/fixtures.js';

describe('when-answers: a week is its seven days, not the Monday it starts on', () => {
  // Wednesday 10 March 2021
  const desk = Newsdesk.fromReports([
    report(
      'pier',
      'The Velmont council voted last week to close the old ferry pier. The new pier will open on April 6.',
      '2021-03-10',
      'Velmont pier',
    ),
  ]);

  it.each([
    ['When did the council vote to close the pier?', 'last week', '2021-03-01', '2021-03-07'],
    // a day stays a day
    ['When will the new pier open?', 'April 6', '2021-04-06', undefined],
  ])('%s', (question, text, date, until) => {
    const [top] = desk.ask('when', question).answers;
    expect(top).toMatchObject({ text, date, precision: 'day' });
    expect(top?.until).toBe(until);
  });
});
