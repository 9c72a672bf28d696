import type { NerSpan } from '../ner/tagger.js';

/**
 * Where the spans after `sorted[i]` go on once that span is grown to `end`: the index of the
 * first span that starts at or after `end` (those between are taken into the grown span), or null
 * when one of them runs past `end`, which leaves both as tagged. `sorted` is ordered by start.
 */
function nextAfterGrown(sorted: readonly NerSpan[], i: number, end: number): number | null {
  let next = i + 1;
  while (next < sorted.length && sorted[next]!.end <= end) next++;
  return next < sorted.length && sorted[next]!.start < end ? null : next;
}

/**
 * Each span grown where `grow` says (null: as tagged), taking in the spans its new end covers; a
 * span that runs past the new end leaves both as tagged.
 */
export function growSpans(spans: readonly NerSpan[], grow: (span: NerSpan) => NerSpan | null): NerSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: NerSpan[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const span = sorted[i]!;
    const grown = grow(span);
    const next = grown ? nextAfterGrown(sorted, i, grown.end) : null;
    if (!grown || next === null) {
      out.push(span);
      continue;
    }
    out.push(grown);
    i = next - 1;
  }
  return out;
}

/** The spans with `span` taken in: those it covers leave, one that only touches it stays; ordered by start. */
export function takeSpan(spans: readonly NerSpan[], span: NerSpan): NerSpan[] {
  const kept = spans.filter((s) => s.end <= span.start || s.start >= span.end);
  return [...kept, span].sort((a, b) => a.start - b.start);
}
