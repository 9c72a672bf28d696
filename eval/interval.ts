// How far a figure could move on other articles like these: a bootstrap over articles. Questions
// and quotes of one article rise and fall together, so the articles, not the items, are drawn.
import { seededRandom } from '../src/core/text/seededRandom.js';

/** One article's share of a figure: the summed item scores (0..1 each) and how many items. */
export interface ArticleTally {
  score: number;
  count: number;
}

/** Settings of the bootstrap; defaults in `INTERVAL_DEFAULTS`. */
export interface IntervalOptions {
  /** Resamples drawn. */
  draws: number;
  /** Seed of the draws, so a run prints the same bounds. */
  seed: number;
  /** Share of the draws the interval holds. */
  level: number;
}

export const INTERVAL_DEFAULTS: IntervalOptions = { draws: 2000, seed: 29, level: 0.95 };

/** Low and high bounds in percent. */
export type Interval = [number, number];

/** Adds an item's score to its article's tally. */
export function tally(byArticle: Map<string, ArticleTally>, article: string, score: number): void {
  const t = byArticle.get(article) ?? { score: 0, count: 0 };
  t.score += score;
  t.count++;
  byArticle.set(article, t);
}

/** One resample's figure in percent: as many articles drawn with replacement as there are. */
function draw(articles: ArticleTally[], random: () => number): number {
  let score = 0;
  let count = 0;
  for (let i = 0; i < articles.length; i++) {
    const t = articles[Math.floor(random() * articles.length)]!;
    score += t.score;
    count += t.count;
  }
  return count === 0 ? 0 : (100 * score) / count;
}

/** The percentile interval of `values` at `level`. */
function bounds(values: number[], level: number): Interval {
  const sorted = [...values].sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
  return [at(tail), at(1 - tail)];
}

/** The percentile interval of `draws` values of `one`, drawn with the options' seed. */
function resampled(options: Partial<IntervalOptions>, one: (random: () => number) => number): Interval {
  const { draws, seed, level } = { ...INTERVAL_DEFAULTS, ...options };
  const random = seededRandom(seed);
  return bounds(
    Array.from({ length: draws }, () => one(random)),
    level,
  );
}

/** The interval of a figure over its articles; null when there are fewer than two articles. */
export function articleInterval(articles: ArticleTally[], options: Partial<IntervalOptions> = {}): Interval | null {
  if (articles.length < 2) return null;
  return resampled(options, (random) => draw(articles, random));
}

/**
 * The interval of the tune − check gap, each part's articles drawn apart: when it holds 0, the
 * two parts differ no more than other articles would.
 */
export function gapInterval(
  tune: ArticleTally[],
  check: ArticleTally[],
  options: Partial<IntervalOptions> = {},
): Interval | null {
  if (tune.length < 2 || check.length < 2) return null;
  return resampled(options, (random) => draw(tune, random) - draw(check, random));
}
