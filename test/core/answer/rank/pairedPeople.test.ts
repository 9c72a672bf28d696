import { describe, expect, it } from 'vitest';
import { distinctTexts } from '../../../../src/core/answer/rank/decide.js';
import { pairedPeople } from '../../../../src/core/answer/rank/pairedPeople.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import type { Answer, EntityMention } from '../../../../src/core/types.js';
import { highlighted, report } from '../../../helpers/fixtures.js';

/** Mentions of the given names, typed as written, where they stand in the text. */
function mentionsOf(text: string, names: Array<[string, EntityMention['type']]>): EntityMention[] {
  return names.map(([name, type]) => {
    const start = text.indexOf(name);
    return { text: name, surface: name, type, start, end: start + name.length };
  });
}

const pairTexts = (text: string, names: Array<[string, EntityMention['type']]>, offset = 0) => {
  const pairs = pairedPeople(mentionsOf(text, names), text.slice(offset), offset);
  return [...new Set([...pairs.values()].map((p) => text.slice(p.start, p.end)))];
};

describe('pairedPeople: two people the text names together', () => {
  it.each([
    [
      '"and" between',
      'The gates were made by Ann Roe and Tom Hale in 1990.',
      ['Ann Roe', 'Tom Hale'],
      'Ann Roe and Tom Hale',
    ],
    [
      'an ampersand',
      'Doors cast by Ann Roe & Tom Hale stand at the front.',
      ['Ann Roe', 'Tom Hale'],
      'Ann Roe & Tom Hale',
    ],
    [
      'a couple sharing a surname',
      'The hall was paid for by Ruth and Omar Basri.',
      ['Ruth', 'Omar Basri'],
      'Ruth and Omar Basri',
    ],
    [
      'a comma before the pair, not a list',
      'On Monday, Ann Roe and Tom Hale spoke.',
      ['Ann Roe', 'Tom Hale'],
      'Ann Roe and Tom Hale',
    ],
  ])('%s', (_why, text, names, pair) => {
    expect(
      pairTexts(
        text,
        names.map((n) => [n, 'person']),
      ),
    ).toEqual([pair]);
  });

  it.each([
    [
      'a person and an organisation',
      'Ann Roe and Acme Steel made the gates.',
      [
        ['Ann Roe', 'person'],
        ['Acme Steel', 'organization'],
      ],
    ],
    [
      'words between',
      'Ann Roe met and thanked Tom Hale.',
      [
        ['Ann Roe', 'person'],
        ['Tom Hale', 'person'],
      ],
    ],
    [
      '"and" in lower case words only',
      'Ann Roe, and later Tom Hale, spoke.',
      [
        ['Ann Roe', 'person'],
        ['Tom Hale', 'person'],
      ],
    ],
    [
      'the last two of a list',
      'Ann Roe, Tom Hale and Ida Fox spoke.',
      [
        ['Ann Roe', 'person'],
        ['Tom Hale', 'person'],
        ['Ida Fox', 'person'],
      ],
    ],
  ] as Array<[string, string, Array<[string, EntityMention['type']]>]>)('no pair: %s', (_why, text, names) => {
    expect(pairTexts(text, names)).toEqual([]);
  });

  it('reads only the passage it is given', () => {
    const text = 'Ann Roe and Tom Hale spoke. Later Ida Fox and Ben Cole sang.';
    const offset = text.indexOf('Later');
    const names: Array<[string, EntityMention['type']]> = [
      ['Ann Roe', 'person'],
      ['Tom Hale', 'person'],
      ['Ida Fox', 'person'],
      ['Ben Cole', 'person'],
    ];
    expect(pairTexts(text, names, offset)).toEqual(['Ida Fox and Ben Cole']);
  });
});

describe('distinctTexts: an answer text is shown once', () => {
  const answer = (text: string): Answer => ({ text, score: 0.5, citations: [] });

  it('keeps the first of answers that read the same', () => {
    const out = distinctTexts([answer('Ann Roe and Tom Hale'), answer('Ida Fox'), answer('ann roe and tom hale')]);
    expect(out.map((a) => a.text)).toEqual(['Ann Roe and Tom Hale', 'Ida Fox']);
  });
});

describe('who-answers name both people of a pair', () => {
  const desk = Newsdesk.fromReports([
    report(
      'gates',
      'The new iron gates of the town hall were designed by Helen Marsh and Peter Lindqvist, ' +
        'the council said on Friday.',
      '2021-06-04',
      'Town hall gates',
    ),
  ]);

  it('answers with the pair and highlights it', () => {
    const top = desk.ask('who', 'Who designed the iron gates of the town hall?').answers;
    expect(top[0]?.text).toBe('Helen Marsh and Peter Lindqvist');
    expect(top.filter((a) => a.text === top[0]?.text)).toHaveLength(1);
    const citation = top[0]!.citations[0]!;
    expect(highlighted(citation)).toBe('Helen Marsh and Peter Lindqvist');
  });

  it('answers with one of the two when the question names the other', () => {
    const top = desk.ask('who', 'Who designed the town hall gates with Helen Marsh?').answers[0];
    expect(top?.text).toBe('Peter Lindqvist');
  });
});
