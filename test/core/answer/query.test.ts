import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/answer/query.js';

describe('parseQuery: the question frame is taken off, the topic left', () => {
  it.each([
    ['In what year was the school formed?', 'the school formed'],
    ['What month, day and year did the game take place?', 'the game take place'],
    ['In what month and year was the probe scheduled to launch?', 'the probe scheduled to launch'],
    ['In what years did the series first run?', 'the series first run'],
    ['Which day or month was the treaty signed?', 'the treaty signed'],
    ['When did Hasanov meet the US delegation?', 'Hasanov meet the US delegation'],
    ['Who met Laura Cooper?', 'met Laura Cooper'],
    // "time" as a noun of the topic stays when no question word frames it
    ['time of the meeting', 'time of the meeting'],
  ])('%s → %s', (question, topic) => {
    expect(parseQuery(question).topic).toBe(topic);
  });
});
