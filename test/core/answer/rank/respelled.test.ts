import { describe, expect, it } from 'vitest';
import { respelled } from '../../../../src/core/answer/rank/respelled.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { report } from '../../../helpers/fixtures.js';

describe('respelled: a question word no report holds reads as the spelling the passages found', () => {
  const held = new Set(['independenc', 'velmont', 'gain', 'commiss', 'gains', 'selection', 'surviv']);
  const reportsWith = (term: string) => (held.has(term) ? 1 : 0);
  const hits = [
    ['velmont', 'independenc', 'gains', 'selection', 'surviv'],
    ['velmont', 'commiss'],
  ];
  // the terms asked as English words
  const words = new Set(['election', 'interview', 'survivor']);
  const isWord = (term: string) => words.has(term);

  it.each([
    ['a letter changed', ['velmont', 'independanc'], ['velmont', 'independenc']],
    ['two letters swapped', ['velmont', 'indepnedenc'], ['velmont', 'independenc']],
    ['a letter left out', ['velmont', 'comiss'], ['velmont', 'commiss']],
    // an English word no report holds may read as another form of itself
    ['another form of an English word', ['velmont', 'survivor'], ['velmont', 'surviv']],
  ])('%s', (_why, terms, expected) => {
    expect(respelled(terms, hits, reportsWith, isWord)).toEqual(expected);
  });

  it.each([
    ['a word the reports hold', ['velmont', 'gain'], ['velmont', 'gain']],
    ['a word too far from any found', ['velmont', 'interview'], ['velmont', 'interview']],
    ['a word of five letters', ['ganis'], ['ganis']],
    // a real word no report holds is another word, not a misspelling
    ['an English word one letter from a found one', ['velmont', 'election'], ['velmont', 'election']],
  ])('no: %s', (_why, terms, expected) => {
    expect(respelled(terms, hits, reportsWith, isWord)).toEqual(expected);
  });
});

describe('a misspelt question word still finds its answer', () => {
  const desk = Newsdesk.fromReports([
    report(
      'schools',
      "After Velmont's independence on 12 December 1963, a commission was formed to reform the schools. Between 1964 and 1985 a new school system was adopted.",
      null,
      'Education in Velmont',
    ),
    report(
      'council',
      'Velmont took a seat on the regional council on 8 October 1960, after two years of talks.',
      null,
      'Velmont and the council',
    ),
  ]);

  it('reads "independance" as "independence"', () => {
    const answers = desk.ask('when', 'When did Velmont gain independance?').answers.map((a) => a.text);
    expect(answers[0]).toBe('12 December 1963');
  });
});

describe('a question about what no report holds is not read as a word one letter away', () => {
  const desk = Newsdesk.fromReports([
    report(
      'tankers',
      'Velmont chief executive Tom Hale said the selection was a win for the company and its customers.',
      '2008-03-01',
      'Velmont wins tanker contract',
    ),
  ]);

  it('"who won the election?" finds nothing, with the closest passage', () => {
    const result = desk.ask('who', 'Who won the election?');
    expect(result.answers).toEqual([]);
    expect(result.nothingFound?.closest.map((c) => c.reportId)).toEqual(['tankers']);
  });
});
