import { seededRandom } from '../src/core/text/seededRandom.js';

/** The seed every eval sample uses. */
export const SAMPLE_SEED = 13;

/**
 * About `size` items drawn at random (fixed seed) from every stratum in proportion to its
 * size, at least one per stratum, in their original order. Never the first rows.
 */
export function stratifiedSample<T>(items: T[], size: number, stratum: (item: T) => string, seed = SAMPLE_SEED): T[] {
  if (size >= items.length) return items.slice();
  const random = seededRandom(seed);
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = stratum(item);
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });
  const chosen: number[] = [];
  for (const key of [...groups.keys()].sort()) {
    const list = groups.get(key)!;
    const take = Math.max(1, Math.round((size * list.length) / items.length));
    // Fisher–Yates on a copy, then keep the first `take`
    const shuffled = list.slice();
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    chosen.push(...shuffled.slice(0, take));
  }
  return chosen.sort((a, b) => a - b).map((i) => items[i]!);
}

/**
 * Whole groups (articles) drawn at random (fixed seed) from every stratum until it holds about
 * its share of `size` items, so a quick run keeps each article's passages and questions together.
 */
export function groupSample<T>(
  items: T[],
  size: number,
  groupOf: (item: T) => string,
  stratum: (group: string) => string,
  seed = SAMPLE_SEED,
): T[] {
  if (size >= items.length) return items.slice();
  const groups = new Map<string, number>();
  for (const item of items) groups.set(groupOf(item), (groups.get(groupOf(item)) ?? 0) + 1);
  const names = [...groups.keys()].sort();
  const chosen = new Set<string>();
  const random = seededRandom(seed);
  for (const key of [...new Set(names.map(stratum))].sort()) {
    const members = names.filter((g) => stratum(g) === key);
    const total = members.reduce((sum, g) => sum + groups.get(g)!, 0);
    const quota = Math.max(1, Math.round((size * total) / items.length));
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    let taken = 0;
    for (const g of members) {
      if (taken >= quota) break;
      chosen.add(g);
      taken += groups.get(g)!;
    }
  }
  return items.filter((item) => chosen.has(groupOf(item)));
}
