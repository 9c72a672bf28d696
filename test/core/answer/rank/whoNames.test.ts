import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import type { Report } from '../../../../src/core/types.js';

const REPORTS: Report[] = [
  {
    id: 'primes',
    date: null,
    title: 'Primes',
    text: "Bertrand's postulate was first proved by Chebyshev in 1852, and a shorter proof came later.",
    origin: { file: 'test' },
  },
  {
    id: 'baku',
    date: '2018-12-05',
    title: 'Baku',
    text:
      'On December 4, the Minister of Defense of the Republic of Azerbaijan, Colonel General Zakir Hasanov, ' +
      'met the delegation led by the US Deputy Assistant Secretary of Defense, Ms. Laura Cooper.',
    origin: { file: 'test' },
  },
];

const candidates = (desk: Newsdesk, question: string) =>
  desk.answerCandidates('who', question).candidates.map((c) => c.answer.text);

describe('who-candidates: names the tagger left untyped, not titles', () => {
  const desk = Newsdesk.fromReports(REPORTS);

  it('a capitalised name no entity covers is a candidate', () => {
    expect(candidates(desk, "Who first proved Bertrand's postulate?")).toContain('Chebyshev');
  });

  it('a title the report gives an entity is its role, not a candidate of its own', () => {
    const found = candidates(desk, 'Who met Laura Cooper?');
    expect(found).not.toContain('US Deputy Assistant Secretary of Defense');
    expect(found).toContain('Zakir Hasanov');
  });
});
