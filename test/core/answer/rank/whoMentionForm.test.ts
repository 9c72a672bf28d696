import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import type { Report } from '../../../../src/core/types.js';

const REPORT: Report = {
  id: 'plant',
  date: '2020-05-04',
  title: 'Plant',
  text:
    'Velmont Industries hired Tom Hale in May to run its plant. Hale said the plant would close, ' +
    'and the union asked Ms. Ann Roe of Ardena Holdings to buy it. Brisco said it would not.',
  origin: { file: 'test' },
};

const featuresOf = (desk: Newsdesk, question: string) =>
  new Map(desk.answerCandidates('who', question).candidates.map((c) => [c.answer.text, c.features]));

describe('who-candidates: where and how fully a name is written', () => {
  const desk = Newsdesk.fromReports([REPORT]);
  const features = featuresOf(desk, 'Who said the plant would close?');

  it.each([
    // name, opens a sentence, one word in full (a surname alone counts as the full name)
    ['Velmont Industries', 1, 0],
    // "Hale said …" opens the second sentence and is Tom Hale
    ['Tom Hale', 1, 0],
    // the period of "Ms." ends no sentence
    ['Ann Roe', 0, 0],
    ['Ardena Holdings', 0, 0],
    ['Brisco', 1, 1],
  ])('%s: opensSentence %i, oneWord %i', (name, opens, oneWord) => {
    expect(features.get(name)?.opensSentence).toBe(opens);
    expect(features.get(name)?.oneWord).toBe(oneWord);
  });
});
