import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalMeantimeDates } from '../../eval/meantime.js';
import { exactMatch, normalizeAnswer, tokenF1 } from '../../eval/metrics.js';
import { evalPolnear } from '../../eval/polnear.js';
import { evalSquad } from '../../eval/squad.js';
import { evalTempeval, f1 } from '../../eval/tempeval.js';
import { SHARED_DATA } from '../helpers/fixtures.js';

describe('eval metrics (SQuAD definitions)', () => {
  it.each([
    ['The Denver Broncos!', 'denver broncos'],
    ['  an  Apple, a day ', 'apple day'],
  ])('normalizeAnswer(%j)', (text, normal) => {
    expect(normalizeAnswer(text)).toBe(normal);
  });

  it.each([
    ['Denver Broncos', ['Denver Broncos'], 1, 1],
    ['Broncos', ['Denver Broncos'], 0, 2 / 3],
    ['Carolina', ['Denver Broncos'], 0, 0],
  ])('%s vs %j', (prediction, gold, em, f1) => {
    expect(exactMatch(prediction, gold)).toBe(em);
    expect(tokenF1(prediction, gold)).toBeCloseTo(f1);
  });
});

const shared = existsSync(SHARED_DATA);
describe.skipIf(!shared)('quality harness on ../shared/data/dev (a sample, so it cannot rot)', () => {
  if (!shared) console.warn(`skipped: ${SHARED_DATA} is absent`);

  it('scores SQuAD who/when on a sample', () => {
    const scores = evalSquad(undefined, 120);
    expect(scores.map((s) => s.kind).sort()).toEqual(['when', 'who']);
    for (const s of scores) {
      expect(s.questions).toBeGreaterThan(0);
      expect(s.f1 / s.questions).toBeGreaterThan(0.3);
    }
  });

  it('recovers MEANTIME date values (same offsets, exact value) on the check part', () => {
    // 16 gold dates in the check part: one miss is 6 points
    const check = evalMeantimeDates().find((s) => s.part === 'check')!;
    expect(check.valueRight / check.gold).toBeGreaterThanOrEqual(0.85);
  });

  it('finds and resolves TempEval-3 time expressions above the floors on the check part', () => {
    const { tune, check } = evalTempeval();
    expect(f1(check.all.relaxed, check.all.predicted, check.all.gold)).toBeGreaterThanOrEqual(85);
    expect(f1(check.all.value, check.all.predicted, check.all.gold)).toBeGreaterThanOrEqual(70);
    const relaxed = (x: typeof tune.all) => f1(x.relaxed, x.predicted, x.gold);
    expect(relaxed(tune.all) - relaxed(check.all)).toBeLessThanOrEqual(3);
  });

  it('extracts PolNeAR named-speaker quotes and speakers on a sample', () => {
    const scores = evalPolnear(40);
    expect(scores.extracted / scores.gold).toBeGreaterThanOrEqual(0.85);
    expect(scores.speakerRight / scores.gold).toBeGreaterThanOrEqual(0.7);
  });
});
