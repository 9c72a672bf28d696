import { describe, expect, it } from 'vitest';
import { parseQuery, withQuestionWord } from '../../../src/core/answer/query.js';

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

describe("withQuestionWord: a question typed after its command gets the command's question word back", () => {
  it.each([
    ['who', 'is Ann Roe?', 'who is Ann Roe?'],
    ['who', 'was the mayor of Velmont', 'who was the mayor of Velmont'],
    ['who', 'did Tom Hale meet?', 'who did Tom Hale meet?'],
    ['who', 'won the vote in Ardena?', 'who won the vote in Ardena?'],
    ['who', 'leads the Korvex board', 'who leads the Korvex board'],
    ['who', 'founded the Velt Foundation', 'who founded the Velt Foundation'],
    ['when', 'did the Korvex plant open?', 'when did the Korvex plant open?'],
    ['when', 'was the bridge reopened', 'when was the bridge reopened'],
  ] as const)('%s %j → %j', (kind, query, question) => {
    expect(withQuestionWord(kind, query)).toBe(question);
  });

  it.each([
    // a topic alone, or a question that has its question word, stays as typed
    ['who', 'Minister of Defense of Velmont'],
    ['who', 'Ann Roe'],
    ['who', 'ministers at the summit'],
    // a short word that only ends like a past tense
    ['who', 'red team captains'],
    ['who', 'Who is Ann Roe?'],
    ['when', 'When did the plant open?'],
    ['when', 'the plant opened'],
    // "when" does not take a verb of its own after it
    ['when', 'opened the plant'],
  ] as const)('%s %j stays as typed', (kind, query) => {
    expect(withQuestionWord(kind, query)).toBe(query);
  });
});
