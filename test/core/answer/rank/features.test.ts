import { describe, expect, it } from 'vitest';
import { CandidatePool } from '../../../../src/core/answer/rank/candidates.js';
import { hitContexts, spanFeatures } from '../../../../src/core/answer/rank/features.js';
import { chooseThreshold, fitListwise, fitLogistic } from '../../../../src/core/answer/rank/train.js';
import type { PassageHit } from '../../../../src/core/index/newsIndex.js';
import { termsOf } from '../../../../src/core/text/terms.js';

function hit(text: string, score: number, terms: string[], id = 'r'): PassageHit {
  const report = { id, date: null, title: id, text, origin: { file: 'test' } };
  return {
    report,
    score,
    terms,
    passage: { id: `${id}#0`, reportId: id, ordinal: 0, paragraph: 0, start: 0, end: text.length, text },
  };
}

const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('ranker features', () => {
  const question = termsOf('who built the bridge');
  const text = 'The bridge was built by Harbor Construction in 1990. Ann Lee built the road.';
  const [context] = hitContexts([hit(text, 4, termsOf('bridge built'))], question);

  it('passage match: weight, rank and coverage of the question', () => {
    const two = hitContexts([hit(text, 4, termsOf('bridge built')), hit('A bridge.', 2, termsOf('bridge'))], question);
    expect(two.map((c) => [c.weight, c.relative, c.rank, c.coverage])).toEqual([
      [1, 1, 0, 1],
      [0.25, 0.5, 1, 0.5],
    ]);
    expect(two[1]!.questionCoverage).toBe(1);
  });

  it('a candidate carries its passage match both as the score relative to the best and squared', () => {
    const two = hitContexts([hit(text, 4, termsOf('bridge built')), hit('A bridge.', 2, termsOf('bridge'))], question);
    expect(spanFeatures(two[1]!, { start: 2, end: 8 }, false)).toMatchObject({ passage: 0.25, passageRelative: 0.5 });
  });

  it.each([
    ['Harbor Construction', { byAgent: 1, subjectCue: 0 }],
    ['1990', { byAgent: 0, timePreposition: 1 }],
    ['Ann Lee', { byAgent: 0, subjectCue: 1 }],
  ])('syntactic cues of %j', (words, expected) => {
    expect(spanFeatures(context!, span(text, words), false)).toMatchObject(expected);
  });

  it('a candidate nearer the question words is better aligned', () => {
    const near = spanFeatures(context!, span(text, 'Harbor Construction'), false);
    const far = spanFeatures(context!, span(text, 'road'), false);
    expect(near.aligned).toBeGreaterThan(far.aligned!);
    expect(spanFeatures(context!, span(text, 'road'), true).inQuote).toBe(1);
  });

  it('one candidate per key: features by maximum, support counted, the best-matching passage cited first', () => {
    const pool = new CandidatePool(2);
    const a = hit('Ann spoke.', 1, [], 'a');
    const b = hit('Ann won.', 1, [], 'b');
    pool.add('ann', () => ({ text: 'Ann', score: 0 }), { aligned: 0.1, passage: 0.5 }, a, { start: 0, end: 3 });
    pool.add('ann', () => ({ text: 'Ann', score: 0 }), { aligned: 0.8, passage: 0.2 }, b, { start: 0, end: 3 });
    const [candidate] = pool.list();
    expect(candidate!.features).toMatchObject({ aligned: 0.8, passage: 0.5, support: Math.log1p(1) });
    // cited first where the search matched best, however close the question's words sit in the other
    expect(candidate!.answer.citations.map((c) => c.reportId)).toEqual(['a', 'b']);
  });
});

describe('ranker training', () => {
  const examples = Array.from({ length: 40 }, (_, i) => ({
    features: { good: i % 2, noise: (i * 7) % 5 },
    label: i % 2,
  }));

  it('logistic regression learns the feature that predicts the label, the same on every run', () => {
    const first = fitLogistic(examples);
    expect(first.weights.good).toBeGreaterThan(1);
    expect(Math.abs(first.weights.noise!)).toBeLessThan(first.weights.good!);
    expect(fitLogistic(examples)).toEqual(first);
  });

  it('the listwise ranker puts the right candidate of each question first', () => {
    const questions = Array.from({ length: 10 }, (_, q) => [
      { features: { near: 0.9, far: q % 3 }, label: 1 },
      { features: { near: 0.2, far: (q + 1) % 3 }, label: 0 },
    ]);
    expect(fitListwise(questions).near).toBeGreaterThan(0);
  });

  const answerable = [
    { confidence: 0.6, f1: 1 },
    { confidence: 0.9, f1: 1 },
    { confidence: 0.7, f1: 0 },
  ];
  it.each([
    ['declining costs no answer: just above the unanswerable ones', [0.2, 0.3, 0.55], 0.01, 0.555],
    ['declining is worth little: keep every answer', [0.95], 0.01, 0],
    ['declining is worth much: decline even above the answerable ones', [0.95], 5, 0.955],
  ])('threshold: %s', (_, unanswerable, worth, threshold) => {
    expect(chooseThreshold(answerable, unanswerable, worth)).toBe(threshold);
  });

  it('threshold: of two all but tied, the lower, where more is answered', () => {
    // declining the unanswerable question (confidence 0.45) is worth 0.5004; the right answer below it 0.5
    const picks = [
      { confidence: 0.4, f1: 1 },
      { confidence: 0.9, f1: 1 },
    ];
    expect(chooseThreshold(picks, [0.45], 0.5004)).toBe(0);
    expect(chooseThreshold(picks, [0.45], 0.5004, 0)).toBe(0.455);
  });
});
