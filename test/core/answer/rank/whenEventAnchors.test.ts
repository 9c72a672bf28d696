import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { report } from '../../../helpers/fixtures.js';

const REPORTS = [
  report(
    'landing',
    'The Korvex jet lost control after landing in Trelby. A few passengers were hurt while the plane was evacuated.',
    null,
    'Korvex jet',
  ),
  report(
    'race',
    'Ann Roe won the Velmont rally on 4 May 2019, finishing before Brannock Vessel Works. Tom Hale took the points lead after the race.',
    '2019-05-06',
    'Velmont rally',
  ),
];

const desk = Newsdesk.fromReports(REPORTS);
const candidates = (question: string) => desk.answerCandidates('when', question).candidates;
const texts = (question: string) => candidates(question).map((c) => c.answer.text);

describe('when-answers told by an event', () => {
  it('a passage with no date answers with the event', () => {
    const result = desk.ask('when', 'When did the Korvex jet lose control?');
    expect(result.answers[0]?.text).toBe('after landing');
    expect(result.answers[0]?.date).toBeUndefined();
    expect(result.answers[0]?.undated).toBe('event');
    expect(result.answers[0]?.citations[0]?.reportId).toBe('landing');
  });

  it('an event is weighed by features of its own, apart from the dates', () => {
    const anchor = candidates('When did Tom Hale take the points lead?').find(
      (c) => c.answer.text === 'after the race',
    );
    expect(anchor?.features.anchored).toBe(1);
    expect(Object.keys(anchor?.features ?? {}).filter((name) => !name.startsWith('anchored'))).toEqual(['support']);
  });

  it.each([
    // a length is asked, which an event is not
    ['How long did the Korvex jet lose control?', 'after landing'],
    // the question's own event is not its answer
    ['What happened to Tom Hale after the race?', 'after the race'],
    // a name is no event
    ['When did Ann Roe win the Velmont rally?', 'before Brannock Vessel Works'],
  ])('%s → no candidate %j', (question, anchor) => {
    expect(texts(question)).not.toContain(anchor);
  });

  it('a year asked is not given by an event', () => {
    const anchor = candidates('In what year did Tom Hale take the points lead?').find(
      (c) => c.answer.text === 'after the race',
    );
    expect(anchor?.features['anchored:precisionDisagrees']).toBe(1);
  });
});
