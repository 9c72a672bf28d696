import { describe, expect, it } from 'vitest';
import { bodyNounBefore } from '../../../src/core/extract/entities/bodyNounBefore.js';
import { consistentNames } from '../../../src/core/extract/entities/consistency.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';

/** The span of the `nth` time `name` is written in `text`, with the type given. */
function at(text: string, name: string, type: NerSpan['type'], nth = 0): NerSpan {
  let start = text.indexOf(name);
  for (let i = 0; i < nth; i++) start = text.indexOf(name, start + 1);
  return { start, end: start + name.length, type };
}
const written = (text: string, out: NerSpan[]) => out.map((s) => [text.slice(s.start, s.end), s.type]);

describe('one name, one kind within a report', () => {
  it('a one-word company name written once with its ending is the company everywhere', () => {
    const text = 'The Zentrix Corporation said on Monday that Zentrix would cut jobs.';
    const out = consistentNames(text, [at(text, 'Zentrix Corporation', 'ORG'), at(text, 'Zentrix', 'PER', 1)]);
    expect(written(text, out)).toEqual([
      ['Zentrix Corporation', 'ORG'],
      ['Zentrix', 'ORG'],
    ]);
  });

  it.each([
    // no company ending: a one-word body name says nothing of the other mentions
    ['Zentrix said on Monday that Zentrix would cut jobs.', 'Zentrix', 'Zentrix'],
    // the ending after a lower-case word names no company
    ['The holding Group said that holding would end.', 'holding Group', 'holding'],
  ])('negative: %j keeps the person', (text, body, name) => {
    const out = consistentNames(text, [at(text, body, 'ORG'), at(text, name, 'PER', 1)]);
    expect(out[1]?.type).toBe('PER');
  });
});

describe('a noun that calls the next name a body', () => {
  it.each([
    ['auto parts giant Korvex', true],
    ['private equity firm Korvex', true],
    ['the carmaker Korvex', true],
    ['engineering group Korvex', true],
    ['the news agency Korvex', true],
    ['Italian side Korvex', true],
    ['research institute Korvex', true],
    ['the drugmaker Korvex', true],
    ['rock band Korvex', true],
    // a person's role, a capital, a comma or a possessive: not the body noun right before the name
    ['chairman Korvex', false],
    // champions may be people
    ['Olympic champions Korvex', false],
    ['Giant Korvex', false],
    ['the firm, Korvex', false],
    ["the firm's Korvex", false],
    ['Korvex', false],
  ] as const)('%j → %s', (written, body) => {
    expect(bodyNounBefore(written, written.lastIndexOf('Korvex'))).toBe(body);
  });
});

describe("a company's name the tagger read as an other name (MISC)", () => {
  it.each([
    ['a company in the word list is the company', 'Nokia cut prices again.', 'Nokia', 'ORG'],
    ['followed by a model number it is the product', 'Nokia 3310 sales rose.', 'Nokia', 'MISC'],
    [
      'an adjective of nationality in the word list stays an other name',
      'British buyers paid more for wool.',
      'British',
      'MISC',
    ],
  ] as const)('%s', (_, text, name, type) => {
    expect(written(text, consistentNames(text, [at(text, name, 'MISC')]))).toEqual([[name, type]]);
  });
});
