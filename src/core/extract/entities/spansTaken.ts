import type { NerSpan } from '../ner/tagger.js';

/**
 * Where the spans after `sorted[i]` go on once that span is grown to `end`: the index of the
 * first span that starts at or after `end` (those between are taken into the grown span), or null
 * when one of them runs past `end`, which leaves both as tagged. `sorted` is ordered by start.
 */
export function nextAfterGrown(sorted: readonly NerSpan[], i: number, end: number): number | null {
  let next = i + 1;
  while (next < sorted.length && sorted[next]!.end <= end) next++;
  return next < sorted.length && sorted[next]!.start < end ? null : next;
}
