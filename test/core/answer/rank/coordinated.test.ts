import { describe, expect, it } from 'vitest';
import { asksPlural, coordinations } from '../../../../src/core/answer/rank/coordinated.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { highlighted, report } from '../../../helpers/fixtures.js';

/** The spans of the given words, where they first stand in the text. */
const spansOf = (text: string, words: string[]) =>
  words.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length }));
const lists = (text: string, words: string[], min?: number) =>
  coordinations(text, spansOf(text, words), 0, min).map((c) => [text.slice(c.start, c.end), c.members]);

describe('coordinations: spans a text joins as one list', () => {
  it.each([
    ['"and" between two', 'Nurses and midwives walked out.', ['Nurses', 'midwives'], 'Nurses and midwives', 2],
    ['"or" between two', 'Ask a nurse or a midwife.', ['nurse', 'midwife'], 'nurse or a midwife', 2],
    ['an ampersand', 'Made by Roe & Hale.', ['Roe', 'Hale'], 'Roe & Hale', 2],
    [
      'commas, then "and"',
      'Ann Roe, Tom Hale and Ida Berg flew.',
      ['Ann Roe', 'Tom Hale', 'Ida Berg'],
      'Ann Roe, Tom Hale and Ida Berg',
      3,
    ],
    [
      'a comma before the last "and"',
      'Bankers, clerks, and tellers came.',
      ['Bankers', 'clerks', 'tellers'],
      'Bankers, clerks, and tellers',
      3,
    ],
  ])('%s', (_why, text, words, list, members) => {
    expect(lists(text, words)).toEqual([[list, members]]);
  });

  it.each([
    ['words between', 'Nurses met and thanked midwives.', ['Nurses', 'midwives']],
    ['commas with no "and"', 'Ann Roe, Tom Hale, Ida Berg.', ['Ann Roe', 'Tom Hale', 'Ida Berg']],
    ['a full stop between', 'Ann Roe left. And Tom Hale stayed.', ['Ann Roe', 'Tom Hale']],
    [
      'two clauses joined by ", and"',
      'Korvex sells small vans, and the merger will help Ardena.',
      ['small vans', 'the merger'],
    ],
  ])('no list: %s', (_why, text, words) => {
    expect(lists(text, words)).toEqual([]);
  });

  it('needs the fewest members it is given', () => {
    expect(lists('Ann Roe and Tom Hale flew.', ['Ann Roe', 'Tom Hale'], 3)).toEqual([]);
  });

  it('reads one list after another, each span in one only', () => {
    const text = 'Nurses and midwives marched, porters and cooks stayed.';
    expect(lists(text, ['Nurses', 'midwives', 'porters', 'cooks'])).toEqual([
      ['Nurses and midwives', 2],
      ['porters and cooks', 2],
    ]);
  });
});

describe('asksPlural: a plural verb after "who"', () => {
  it.each([
    ['Who were the astronauts on the flight?', true],
    ['Who are the owners of the mill?', true],
    ['Who was the pilot?', false],
    ['Who led the crew?', false],
  ])('%s', (question, plural) => {
    expect(asksPlural(question)).toBe(plural);
  });
});

describe('who-answers name a whole list', () => {
  const desk = Newsdesk.fromReports([
    report(
      'flight',
      'The Velt 9 flight to the station in March was flown by a veteran crew made up of ' +
        'Ann Roe, Tom Hale and Ida Berg. The mission control team in Ardena followed the flight.',
      '2021-03-04',
      'Velt 9 flight',
    ),
    report(
      'mill',
      'The mill wheel was mended by local carpenters and stonemasons over the summer, the owners said.',
      '2021-09-01',
      'Mill wheel',
    ),
  ]);

  it('answers with the three people of the list and highlights them', () => {
    const top = desk.ask('who', 'Who were the crew of the Velt 9 flight?').answers[0];
    expect(top?.text).toBe('Ann Roe, Tom Hale and Ida Berg');
    expect(highlighted(top!.citations[0]!)).toBe('Ann Roe, Tom Hale and Ida Berg');
  });

  it('answers with the groups of the list when the question asks for several', () => {
    const top = desk.ask('who', 'Who were the workers on the mill wheel?').answers[0];
    expect(top?.text).toBe('local carpenters and stonemasons');
  });
});
