import { describe, expect, it } from 'vitest';
import { articleInterval, gapInterval, tally, type ArticleTally } from '../../eval/interval.js';
import { formatGaps, type EvalRow } from '../../eval/rows.js';

/** `n` articles of `count` items each, `right` of them scored 1. */
const articles = (n: number, right: number, count = 10): ArticleTally[] =>
  Array.from({ length: n }, () => ({ score: right, count }));

/** Articles that differ: half right on every item, half wrong on every item. */
const mixed = (n: number): ArticleTally[] =>
  Array.from({ length: n }, (_, i) => ({ score: i % 2 === 0 ? 10 : 0, count: 10 }));

describe('articleInterval', () => {
  it.each([
    ['every article alike', articles(20, 7), 70, 70],
    ['every article right', articles(5, 10), 100, 100],
  ])('%s: no spread', (_, tallies, low, high) => {
    expect(articleInterval(tallies)).toEqual([low, high]);
  });

  it('holds the figure and widens when the articles disagree', () => {
    const few = articleInterval(mixed(10))!;
    const many = articleInterval(mixed(200))!;
    for (const [low, high] of [few, many]) {
      expect(low).toBeLessThan(50);
      expect(high).toBeGreaterThan(50);
    }
    expect(few[1] - few[0]).toBeGreaterThan(2 * (many[1] - many[0]));
  });

  it('gives the same bounds on every run, and other bounds with another seed', () => {
    const uneven = Array.from({ length: 30 }, (_, i) => ({ score: i % 7, count: 7 + (i % 3) }));
    expect(articleInterval(uneven)).toEqual(articleInterval(uneven));
    expect(articleInterval(uneven, { seed: 3 })).not.toEqual(articleInterval(uneven));
  });

  it('weighs an article by its items: one long wrong article outweighs short right ones', () => {
    // 40 of 404 items right (about 10 %), though 40 of 44 articles are all right
    const tallies = [...articles(40, 1, 1), ...articles(4, 0, 91)];
    const [low, high] = articleInterval(tallies)!;
    expect(low).toBeLessThan(10);
    expect(high).toBeGreaterThan(10);
    expect(high).toBeLessThan(50);
  });

  it('has no interval over fewer than two articles', () => {
    expect(articleInterval([])).toBeNull();
    expect(articleInterval(articles(1, 5))).toBeNull();
  });
});

describe('gapInterval', () => {
  it('holds 0 when both parts are drawn alike', () => {
    const [low, high] = gapInterval(mixed(40), mixed(20))!;
    expect(low).toBeLessThan(0);
    expect(high).toBeGreaterThan(0);
  });

  it('leaves 0 out when tune is right far more often than check', () => {
    const [low] = gapInterval(articles(40, 9), mixed(40))!;
    expect(low).toBeGreaterThan(20);
  });

  it('has no interval when a part has fewer than two articles', () => {
    expect(gapInterval(articles(1, 5), mixed(10))).toBeNull();
  });
});

describe('tally', () => {
  it('sums the scores and counts the items of each article', () => {
    const byArticle = new Map<string, ArticleTally>();
    for (const [article, score] of [
      ['a', 1],
      ['b', 0.5],
      ['a', 0],
    ] as const)
      tally(byArticle, article, score);
    expect(Object.fromEntries(byArticle)).toEqual({ a: { score: 1, count: 2 }, b: { score: 0.5, count: 1 } });
  });
});

describe('formatGaps', () => {
  const row = (part: 'tune' | 'check', strict: number, byArticle: ArticleTally[]): EvalRow => ({
    set: 'S',
    measure: 'm',
    part,
    strict,
    lenient: null,
    count: byArticle.reduce((n, t) => n + t.count, 0),
    strictByArticle: byArticle,
  });

  it('prints tune minus check with its interval, and a dash where there is no lenient figure', () => {
    const table = formatGaps([row('tune', 90, articles(40, 9)), row('check', 50, mixed(40))]);
    const line = table.split('\n')[2]!;
    expect(line).toMatch(/^\| S +\| m +\| 40\.0 +\| \d+\.\d to \d+\.\d +\| – +\| +\|$/);
  });

  it('leaves out a figure scored on one part only or not article by article', () => {
    const lone = row('tune', 90, articles(4, 9));
    const plain: EvalRow = { ...row('check', 50, mixed(4)), strictByArticle: undefined };
    expect(formatGaps([lone, plain]).split('\n')).toHaveLength(2);
  });
});
