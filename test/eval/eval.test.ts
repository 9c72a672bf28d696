import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evalMeantimeDates } from '../../eval/meantime.js';
import { exactMatch, normalizeAnswer, tokenF1 } from '../../eval/metrics.js';
import { evalPolnear, evalPolnearParts } from '../../eval/polnear.js';
import { formatRows } from '../../eval/rows.js';
import { groupSample, stratifiedSample } from '../../eval/sample.js';
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

  it('scores SQuAD who/when on a seeded sample of whole articles from both parts', () => {
    const scores = evalSquad(100);
    const kinds = scores.map((s) => `${s.kind}:${s.part}`).sort();
    expect(kinds).toEqual(['when:check', 'when:tune', 'who:check', 'who:tune']);
    for (const s of scores) {
      expect(s.questions).toBeGreaterThan(0);
      expect(s.f1 / s.questions).toBeGreaterThan(0.3);
      // the article tallies the bootstrap draws from add up to the part's figure
      const tallies = [...s.exactByArticle.values()];
      expect(tallies.reduce((n, t) => n + t.count, 0)).toBe(s.questions);
      expect(tallies.reduce((n, t) => n + t.score, 0)).toBe(s.exact);
      expect(s.f1ByArticle.size).toBe(s.exactByArticle.size);
    }
  });

  it('recovers MEANTIME date values (same offsets, exact value) on the check part', () => {
    // 16 gold dates in the check part: one miss is 6 points
    const check = evalMeantimeDates().find((s) => s.part === 'check')!;
    expect(check.valueRight / check.gold).toBeGreaterThanOrEqual(0.85);
    const tallies = [...check.valueRightByArticle.values()];
    expect(tallies.reduce((n, t) => n + t.score, 0)).toBe(check.valueRight);
    expect(tallies.reduce((n, t) => n + t.count, 0)).toBe(check.gold);
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

  it('keeps PolNeAR counts article by article, adding up to each part', () => {
    const { parts } = evalPolnearParts({ articles: 30 });
    for (const p of Object.values(parts)) {
      expect(p.byArticle).toHaveLength(p.articles);
      expect(p.byArticle.reduce((n, a) => n + a.speakerStrict, 0)).toBe(p.speakerStrict);
      expect(p.byArticle.reduce((n, a) => n + a.gold, 0)).toBe(p.gold);
    }
  });
});

describe('eval samples and split', () => {
  const items = Array.from({ length: 200 }, (_, i) => ({ i, kind: i < 150 ? 'who' : 'when' }));

  it('draws the same sample on every run, from every stratum in proportion, not the first rows', () => {
    const a = stratifiedSample(items, 40, (x) => x.kind);
    const b = stratifiedSample(items, 40, (x) => x.kind);
    expect(a).toEqual(b);
    expect(a.filter((x) => x.kind === 'who')).toHaveLength(30);
    expect(a.filter((x) => x.kind === 'when')).toHaveLength(10);
    expect(a.map((x) => x.i)).not.toEqual(items.slice(0, 30).map((x) => x.i));
  });

  it('draws whole groups from every stratum, the same on every run', () => {
    const grouped = items.map((x) => ({ ...x, group: `g${x.i % 20}` }));
    const stratum = (g: string) => (Number(g.slice(1)) < 14 ? 'tune' : 'check');
    const sample = groupSample(grouped, 50, (x) => x.group, stratum);
    expect(sample).toEqual(groupSample(grouped, 50, (x) => x.group, stratum));
    const groups = new Set(sample.map((x) => x.group));
    for (const g of groups) expect(sample.filter((x) => x.group === g)).toHaveLength(10);
    expect([...groups].map(stratum).sort()).toEqual(['check', 'check', 'tune', 'tune', 'tune', 'tune']);
  });

  it('keeps every item when the sample is as large as the set', () => {
    expect(stratifiedSample(items, 500, (x) => x.kind)).toHaveLength(200);
  });

  it('prints strict before lenient and a dash where a measure has none', () => {
    const table = formatRows([{ set: 'S', part: 'check', measure: 'm', strict: 50, lenient: null, count: 2 }]);
    expect(table.split('\n')[0]).toMatch(/strict \| lenient/);
    expect(table).toContain('| 50.0   | –');
  });
});
