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
  ])('%s in %j', (name, question) => {
    expect(namedInQuery(name, parseQuery(question))).toBe(true);
  });

  it.each([
    ['a company the question does not name', 'Zentrix Inc', 'Who underwrote the Velmont Stores bonds?'],
    ['another company with the same form', 'Korvex Inc', 'Who bought Velmont Inc?'],
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
