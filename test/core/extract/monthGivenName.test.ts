import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { joinMonthGivenNames } from '../../../src/core/extract/entities/monthGivenName.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';

/** The person span of `name` in `text`, as the tagger gives it. */
const person = (text: string, name: string): NerSpan => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type: 'PER' };
};
const names = (text: string, spans: NerSpan[]) => spans.map((s) => text.slice(s.start, s.end));

describe("a month's name before a person is the given name", () => {
  it.each([
    ['The first mayor was Jan Tovan Lirr in 1695.', 'Tovan Lirr', 'Jan Tovan Lirr'],
    ['June Hale sang first.', 'Hale', 'June Hale'],
    ['Velmont coach April Roe resigned.', 'Roe', 'April Roe'],
  ])('%s', (text, tagged, joined) => {
    expect(names(text, joinMonthGivenNames(text, [person(text, tagged)]))).toEqual([joined]);
  });

  it('reads the whole name in a sentence', () => {
    const text = 'The mayor was Jan Piotr Lirr.';
    expect(
      extractEntities(text)
        .filter((m) => m.type === 'person')
        .map((m) => m.text),
    ).toContain('Jan Piotr Lirr');
  });
});

describe('a month that is a date stays out of the name', () => {
  it.each([
    ['In March Hale won the seat.', 'Hale'],
    ['Sales fell in March Roe said.', 'Roe'],
    ['Since May Roe has led the party.', 'Roe'],
    ['The vote of 5 June Hale called void.', 'Hale'],
    ['Last June Hale left.', 'Hale'],
    // the short form with its period
    ['Jan. Hale said no.', 'Hale'],
    // not a month
    ['Velmont Hale said no.', 'Hale'],
  ])('%s', (text, tagged) => {
    expect(names(text, joinMonthGivenNames(text, [person(text, tagged)]))).toEqual([tagged]);
  });

  it('leaves a body after a month as it is', () => {
    const text = 'In June Korvex Motors opened.';
    const body: NerSpan = { start: 8, end: 21, type: 'ORG' };
    expect(joinMonthGivenNames(text, [body])).toEqual([body]);
  });
});
