import { describe, expect, it } from 'vitest';
import { eventAnchors } from '../../../../src/core/answer/rank/eventAnchors.js';

const written = (text: string) => eventAnchors(text).map((p) => p.text);

describe('times told by an event', () => {
  it.each([
    ['The Korvex jet lost control after landing in Trelby.', ['after landing']],
    ['Her lower leg was amputated after being shot by a guard.', ['after being shot']],
    ['Tom Hale was freed after having been held for a week.', ['after having been held']],
    ['Ann Roe had a big lead after the race, and Tom Hale trailed.', ['after the race']],
    ['Following the attack, police arrived within minutes.', ['Following the attack']],
    ['Six people have been in hospital since the attack.', ['since the attack']],
    ['During the Second World War the town was razed.', ['During the Second World War']],
    ['The Velmont chief left after sustaining an injury.', ['after sustaining an injury']],
    ['After that, the talks ended. Since then nobody has spoken.', ['After that', 'Since then']],
    ['Shares rose before the election.', ['before the election']],
    ['Tom Hale left shortly after the opening ceremony of the summit.', ['shortly after the opening ceremony']],
    ['Ann Roe was ill during the Korvex talks.', ['during the Korvex talks']],
    ['Trading stops ahead of the storm.', ['ahead of the storm']],
    ['Velmont will sell its stake after the market closes.', ['after the market closes']],
    ['The Korvex jet flew after lifting off from Trelby.', ['after lifting off']],
    ['Tom Hale felt better after giving up the habit.', ['after giving up the habit']],
  ])('%s → %j', (text, anchors) => {
    expect(written(text)).toEqual(anchors);
    for (const a of eventAnchors(text)) expect(text.slice(a.start, a.end)).toBe(a.text);
  });
});

describe('times told by an event: none where no event follows', () => {
  it.each([
    // a pronoun is no event
    'Ann Roe spoke after him and before them.',
    // a noun phrase that opens a clause would be cut short
    'After the company said it would cut jobs, shares fell.',
    'Shares fell after the vote was counted.',
    // a person, a body or a place is no event
    'Tom Hale spoke before the judge and after Ann Roe.',
    'The bill went before the president after Velmont Inc.',
    // "in" and "at" seldom tell a time
    'Tom Hale lives in Trelby and works at the bank.',
    // no preposition of time
    'The race was won by Ann Roe.',
    '',
  ])('%j', (text) => {
    expect(written(text)).toEqual([]);
  });
});
