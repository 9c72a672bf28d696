import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidatesDigest, rankerFingerprint } from '../../eval/rankerFingerprint.js';
import { warmDesk } from '../../eval/qa.js';
import { rankerModel } from '../../src/core/answer/rank/model.js';
import { report, SHARED_DATA } from '../helpers/fixtures.js';

describe('the candidates digest', () => {
  const desk = warmDesk([
    report('r1', 'Lakeview mayor Tom Abel opened the new bridge on Monday. The council paid for it.'),
  ]);
  const question = {
    kind: 'who' as const,
    question: 'Who opened the bridge?',
    answers: ['Tom Abel'],
    article: 'a',
    context: '',
    title: 'a',
  };

  it('is the same for the same candidates, and changes with the question asked', () => {
    expect(candidatesDigest(desk, [question])).toBe(candidatesDigest(desk, [question]));
    expect(candidatesDigest(desk, [{ ...question, question: 'Who paid for the bridge?' }])).not.toBe(
      candidatesDigest(desk, [question]),
    );
  });
});

const shared = existsSync(SHARED_DATA);
describe.skipIf(!shared)('the committed ranker model matches the code', () => {
  it('the training candidates it records are the ones the code gives now (else: npm run train:ranker)', () => {
    expect(rankerModel().candidates, 'models/ranker.json is stale: run npm run train:ranker').toEqual(
      rankerFingerprint(),
    );
  }, 120_000);
});
