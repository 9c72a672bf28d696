import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confidence, rankerModel, rankScore, readRankerModel } from '../../../../src/core/answer/rank/model.js';

describe('the committed ranker model', () => {
  const model = rankerModel();

  it.each(['who', 'when'] as const)('%s: weights, a calibration and a threshold between 0 and 1', (kind) => {
    const part = model[kind];
    expect(Object.keys(part.weights).length).toBeGreaterThan(10);
    for (const weight of Object.values(part.weights)) expect(Number.isFinite(weight)).toBe(true);
    expect(part.threshold).toBeGreaterThan(0);
    expect(part.threshold).toBeLessThan(1);
    expect(Number.isFinite(part.calibration.bias)).toBe(true);
  });

  it('says how it was made: the command and a hash of each training file', () => {
    expect(model.command).toMatch(/npm run train/);
    expect(Object.keys(model.data).sort()).toEqual(['dev/qamr_who_when.jsonl', 'dev/squad_who_when.jsonl']);
    for (const hash of Object.values(model.data)) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a candidate whose context fits the question better ranks higher', () => {
    const near = rankScore(model.who.weights, { passage: 1, aligned: 0.9, passageAligned: 0.9, person: 1 });
    const far = rankScore(model.who.weights, { passage: 1, aligned: 0.05, passageAligned: 0.05, person: 1 });
    expect(near).toBeGreaterThan(far);
    const inputs = (score: number) => ({ score, margin: 1, coverage: 1, questionCoverage: 1 });
    expect(confidence(model.who.calibration, inputs(near))).toBeGreaterThan(
      confidence(model.who.calibration, inputs(far)),
    );
  });
});

describe('reading a model file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ranker-'));
  it.each([
    ['not JSON', '{ weights', /cannot read .*broken\.json/],
    [
      'no when part',
      JSON.stringify({ who: { weights: {}, calibration: { bias: 0, weights: {} }, threshold: 0.1 } }),
      /no valid "when" model/,
    ],
  ])('%s: a clear error naming the file', (_, content, message) => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, content);
    expect(() => readRankerModel(path)).toThrow(message);
  });

  it('a missing file names the path', () => {
    expect(() => readRankerModel(join(dir, 'absent.json'))).toThrow(/absent\.json/);
  });
});
