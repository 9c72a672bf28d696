import { describe, expect, it } from 'vitest';
import { isFollowUp, routeQuestion } from '../../../src/core/answer/route.js';

describe('routeQuestion', () => {
  it.each([
    // who
    ['who met Laura Cooper?', 'who'],
    ['Who is the Minister of Defense of Azerbaijan?', 'who'],
    ['whom did Hasanov meet', 'who'],
    ['Whose delegation visited Baku?', 'who'],
    ['who leads General Motors', 'who'],
    ['Who was appointed chief executive?', 'who'],
    ['which officials attended the meeting', 'who'],
    ['What company won the tanker contract?', 'who'],
    ['which country occupies the territories?', 'who'],
    ['who else was there?', 'who'],
    ['and who led the delegation?', 'who'],
    ['WHO runs Airbus', 'who'],
    // when
    ['when did Hasanov meet the US delegation?', 'when'],
    ['When was Mary Barra appointed?', 'when'],
    ['and when was that?', 'when'],
    ['what year did Boeing lose the contract', 'when'],
    ['In what year was the plant closed?', 'when'],
    ['on what date did the talks start', 'when'],
    ['What day was the meeting?', 'when'],
    ['which month did sales fall', 'when'],
    ['how long ago did GM go bankrupt', 'when'],
    ['since when has Azerbaijan sent peacekeepers', 'when'],
    ['When will the plant reopen', 'when'],
    // quote
    ['who said Azerbaijan support was indispensable?', 'quote'],
    ['who was quoted about Afghanistan?', 'quote'],
    ['what did Cooper say about Afghanistan', 'quote'],
    ['What did Mattis say?', 'quote'],
    ['quotes on the tanker contract', 'quote'],
    ['quote from Rick Wagoner', 'quote'],
    ['what was said about NATO', 'quote'],
    ['what does Hasanov say about Armenia', 'quote'],
    ['according to whom is Armenia a threat?', 'quote'],
    ['any quotations about layoffs', 'quote'],
    ['what has the minister stated', 'quote'],
    ['remarks by the Secretary of Defense', 'quote'],
    // search
    ['peacekeepers in Afghanistan', 'search'],
    ['tell me about the tanker contract', 'search'],
    ['what happened in Baku', 'search'],
    ['Azerbaijan NATO cooperation', 'search'],
    ['where did the meeting take place', 'search'],
    ['why did sales fall', 'search'],
    ['how many jobs were cut', 'search'],
    ['latest on General Motors', 'search'],
  ])('%j → %s', (question, command) => {
    expect(routeQuestion(question).command).toBe(command);
  });

  describe('negative cases: words that only look like a kind', () => {
    it.each([
      ['the World Health Organization budget', 'search'], // "who" inside a word
      ['whole fleet grounded', 'search'],
      ['whenever the market opens', 'search'],
      ['sayings of the week', 'search'],
      ['Whoever wins the contract', 'search'],
      ['time of the meeting', 'search'],
    ])('%j → %s', (question, command) => {
      expect(routeQuestion(question).command).toBe(command);
    });
  });

  it('keeps the question as the query and names the rule', () => {
    expect(routeQuestion('  when did   Hasanov meet them? ')).toEqual({
      command: 'when',
      query: 'when did Hasanov meet them?',
      rule: 'time',
    });
  });
});

describe('isFollowUp', () => {
  it.each([
    ['and when was that?', true],
    ['who else?', true],
    ['when did he say it', true],
    ['so what did she say', true],
    ['When did Hasanov meet the US delegation?', false],
    ['who is the minister of defense of azerbaijan', false],
  ])('%j → %s', (text, expected) => {
    expect(isFollowUp(text)).toBe(expected);
  });
});
