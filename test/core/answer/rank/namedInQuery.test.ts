import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../src/core/answer/query.js';
import { namedInQuery } from '../../../../src/core/answer/rank/who.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { report } from '../../../helpers/fixtures.js';

describe('namedInQuery: the question names the candidate', () => {
  it.each([
    ['Laura Cooper', 'Who met Laura Cooper?'],
    ['Velmont Stores Inc', 'Who underwrote the Velmont Stores bonds?'],
    ['Korvex Corp.', 'Who bought Korvex?'],
    // the surname alone, as the person
    ['Tom Hale', 'Who did Hale meet in Trelby?'],
    // the surname in a run of the person's own words
    ['Tom Hale', "Who succeeded Tom Hale's father?"],
    // one run is another name, the other the person
    ['Ann Roe', 'Who met Roe at Roe Park?'],
    // a capitalised word opening the question is no part of another name
    ['Tom Hale', 'After Hale resigned, who replaced him?'],
  ])('%s in %j', (name, question) => {
    expect(namedInQuery(name, parseQuery(question))).toBe(true);
  });

  it.each([
    ['a company the question does not name', 'Zentrix Inc', 'Who underwrote the Velmont Stores bonds?'],
    ['another company with the same form', 'Korvex Inc', 'Who bought Velmont Inc?'],
    ['the surname only inside the name of a park', 'Tom Hale', 'Who founded Hale Park?'],
    ['the surname only inside the name of a street', 'M. Ann Velmont', 'Who is Velmont Boulevard named after?'],
  ])('no: %s', (_why, name, question) => {
    expect(namedInQuery(name, parseQuery(question))).toBe(false);
  });
});

describe('a company the question names, with its legal form in the report, is not its answer', () => {
  const desk = Newsdesk.fromReports([
    report(
      'bonds',
      'Velmont Stores Inc is raising 137 mln dlrs through an offering of secured bonds, said lead underwriter Korvex Brothers Inc.',
      '1987-03-04',
      'Velmont Stores sells bonds',
    ),
  ]);

  it('answers with the underwriter', () => {
    const answers = desk.ask('who', 'Who underwrote the Velmont Stores bonds?').answers.map((a) => a.text);
    expect(answers[0]).toBe('Korvex Brothers Inc.');
    expect(answers).not.toContain('Velmont Stores Inc');
  });
});

describe('a thing named after a person does not name the person', () => {
  const desk = Newsdesk.fromReports([
    report(
      'park',
      'In the north of Trelby, Hale Park was founded by the late Tom Hale, a long-time Trelby resident.',
      '2019-05-04',
      'Trelby parks',
    ),
  ]);

  it('answers with the founder', () => {
    expect(desk.ask('who', 'Who founded Hale Park?').answers[0]?.text).toBe('Tom Hale');
  });
});
