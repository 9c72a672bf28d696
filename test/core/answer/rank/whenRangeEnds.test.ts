import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { report } from '../../../helpers/fixtures.js';

describe('when-answers give the end of a range the question asks about', () => {
  const desk = Newsdesk.fromReports([
    report(
      'painter',
      'The harbour paintings of Ann Roe (1921–1998) hang in the town hall of Portmere. ' +
        'Her first paintings were shown in the town hall from 1950 to 1954.',
      null,
      'Painter',
    ),
  ]);

  it.each([
    ['When was Ann Roe born?', '1921'],
    ['When did Ann Roe die?', '1998'],
    // no end asked: the whole span
    ['When did Ann Roe live?', '1921–1998'],
    // "what years" asks for the whole span, "first" or not
    ['In what years were her first paintings shown in the town hall?', '1950 to 1954'],
  ])('%s → %s', (question, answer) => {
    expect(desk.ask('when', question).answers[0]?.text).toBe(answer);
  });
});
