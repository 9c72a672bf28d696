import { describe, expect, it } from 'vitest';
import { justDone } from '../../../../src/core/answer/rank/justDone.js';

describe('justDone: verbs in the present perfect, with the words they tell of', () => {
  it.each([
    ['The Velmont council has approved the bridge plan.', 'has approved the bridge plan'],
    [
      'The Airbus A380, the largest airliner, has made its maiden flight after lifting off.',
      'has made its maiden flight',
    ],
    ['Korvex has sold 80.1% of its stake in Ardena, the firm said.', 'has sold 80.1% of its stake'],
    ['Two ferries have just been sold to a Korvex line.', 'have just been sold'],
    ['Ann Roe has now agreed to lead the inquiry.', 'has now agreed'],
    ['The strike has been called off by the dock workers.', 'has been called off'],
    ['Tom Hale has won the Velmont seat.', 'has won the Velmont seat'],
    ['Korvex has sold its U.S. unit.', 'has sold its U.S. unit'],
  ])('%s → %s', (text, words) => {
    expect(justDone(text).map((d) => d.text)).toEqual([words]);
  });

  it('gives the verb group and its sentence as offsets', () => {
    const text = 'It rained. The council has voted. Then it rained again.';
    const [done] = justDone(text);
    expect(text.slice(done!.start, done!.end)).toBe('has voted');
    expect(text.slice(done!.sentenceStart, done!.sentenceEnd)).toBe('The council has voted.');
  });
});

describe('justDone: what is no event just done', () => {
  it.each([
    ['a question', 'Has the council voted on the bridge plan?'],
    ['a modal', 'The council would have voted on the plan.'],
    ['after "to"', 'The council is said to have voted on the plan.'],
    ['negated', 'The council has not voted on the plan.'],
    ['never done', 'The council has never approved a plan.'],
    ['a state up to now', 'Ann Roe has lived in Velmont all her life.'],
    ['a state that goes on', 'The ferry has remained in the harbour.'],
    ['"has long been"', 'Velmont has long been a port town.'],
    ['"has been" and a noun', 'Ann Roe has been a member of the council.'],
    ['"has to"', 'The council has to vote on the plan.'],
    ['"has had"', 'The line has had troubles with its ferries.'],
    ['"has got", which means "has"', 'The line has got two ferries.'],
    ['past perfect', 'The council had approved the plan.'],
  ])('%s: %s', (_, text) => {
    expect(justDone(text)).toEqual([]);
  });
});
