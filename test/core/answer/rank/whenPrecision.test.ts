import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { report } from '../../../helpers/fixtures.js';

describe('when-candidates: a date finer than the precision asked holds what is asked', () => {
  const desk = Newsdesk.fromReports([
    report('mill', 'The paper mill at Ashford opened in March 1907 and closed in 1931.', null, 'Mill'),
  ]);
  const featuresOf = (question: string, written: string) =>
    desk.answerCandidates('when', question).candidates.find((c) => c.answer.text === written)?.features;

  it.each([
    // answered with the year written in it, scored as the month it is
    ['In what year did the paper mill open?', '1907', { precisionAgrees: 0, precisionFiner: 1 }],
    ['In what year did the paper mill close?', '1931', { precisionAgrees: 1, precisionFiner: 0 }],
    // a year is coarser than the day asked: no help
    ['On what day did the paper mill close?', '1931', { precisionDisagrees: 1, precisionFiner: 0 }],
    // nothing asked, nothing finer
    ['When did the paper mill open?', 'March 1907', { precisionAgrees: 0, precisionFiner: 0 }],
  ])('%s %s → %j', (question, written, expected) => {
    expect(featuresOf(question, written)).toMatchObject(expected);
  });
});
