import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { highlighted, report } from '../../../helpers/fixtures.js';
import { styledName } from '../../../../src/core/answer/rank/styledName.js';

describe('styledName: a title of address before a name is written into the answer', () => {
  it.each([
    ['Margaret', 'The wing was opened by Queen ', 'Queen Margaret', 6],
    ['Tom Hale', 'the ceiling, by Sir ', 'Sir Tom Hale', 4],
    ['Clement', 'a letter from Pope ', 'Pope Clement', 5],
    ['Ann Roe', 'the geologist Dr. ', 'Dr. Ann Roe', 4],
    ['Ida Fox', 'the shrine of St ', 'St Ida Fox', 3],
  ])('%s after %j → %s', (name, before, text, lead) => {
    expect(styledName(name, before)).toEqual({ text, lead });
  });

  it.each([
    ['an office, which is a role', 'Barack Obama', 'the visit of President '],
    ['a title in lower case', 'Smith', 'the new queen '],
    ['a title ending another word', 'Brown', 'the Viking '],
    ['words between the title and the name', 'Brown', 'Queen of the May, Mrs '],
    ['nothing before the name', 'Ann Lee', ''],
  ])('no title: %s', (_why, name, before) => {
    expect(styledName(name, before)).toEqual({ text: name, lead: 0 });
  });
});

describe('who-answers carry the title of address', () => {
  const desk = Newsdesk.fromReports([
    report(
      'museum',
      'The new east wing of the city museum was opened by Queen Margaret on Tuesday, the curator said.',
      '2021-05-04',
      'Museum',
    ),
  ]);

  it('answers with the title and cites it', () => {
    const top = desk.ask('who', 'Who opened the east wing of the museum?').answers[0];
    expect(top?.text).toBe('Queen Margaret');
    const citation = top!.citations[0]!;
    expect(highlighted(citation)).toBe('Queen Margaret');
  });
});
