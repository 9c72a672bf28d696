import { describe, expect, it } from 'vitest';
import { asksWhose, possessiveLength } from '../../../../src/core/answer/rank/whoseAsked.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { highlighted, report } from '../../../helpers/fixtures.js';

describe('asksWhose', () => {
  it.each([
    ['Whose army took Velmont in 1806?', true],
    ['The plan was a hallmark of whose term?', true],
    ['Who led the army?', false],
    ['Who chose the house?', false],
  ])('%s → %s', (question, expected) => {
    expect(asksWhose(question)).toBe(expected);
  });
});

describe('possessiveLength', () => {
  it.each([
    ['Napoleon', "'s army took the town", 2],
    ['Ann Roe', '’s plan was chosen', 2],
    ['Tom Williams', "' wife said", 1],
    // no possessive after the name
    ['Napoleon', ' led the army', 0],
    ['Napoleon', "'sun", 0],
    // a lone apostrophe after a name not ending in s, or before a capital, may close a quotation
    ['Napoleon', "' led", 0],
    ['Tom Williams', "' He said", 0],
  ])('%s + %s → %d', (answer, after, expected) => {
    expect(possessiveLength(answer, after)).toBe(expected);
  });
});

describe('who-answers: "whose" is answered with the owner as written', () => {
  const desk = Newsdesk.fromReports([
    report(
      'siege',
      "Marshal Ivo Brenk's army took Velmont in 1806 after a long siege. Ann Roe led the defence of the town.",
      '2016-02-03',
      'Siege',
    ),
  ]);

  it.each([
    ['Whose army took Velmont in 1806?', "Ivo Brenk's"],
    ['Who led the army that took Velmont in 1806?', 'Ivo Brenk'],
  ])('%s → %s', (question, expected) => {
    const found = desk.ask('who', question, { limit: 3 }).answers[0];
    expect(found?.text).toBe(expected);
    expect(highlighted(found!.citations[0]!)).toBe(expected);
  });
});
