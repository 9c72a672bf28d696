import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/extract/quotes/quotes.js';

/** The least of a few runs, in milliseconds: one slow run on a busy machine says nothing. */
function fastest(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const SHAPES: Array<[string, (marks: number) => string]> = [
  ['opening marks never closed', (n) => 'He said “word '.repeat(n)],
  ['straight marks, one line', (n) => 'a "b '.repeat(n)],
  ['closing marks alone', (n) => 'x” '.repeat(n)],
  ['quotations without a full stop', (n) => 'Jane Miller said “yes it is ” Cooper said “no '.repeat(n / 2)],
];

describe('quotation pairing stays linear in the text length', () => {
  it.each(SHAPES)('%s: 40,000 marks cost about four times 10,000', (_label, make) => {
    const small = make(10_000);
    const large = make(40_000);
    extractQuotes(small, []); // warm up the patterns
    const smallMs = fastest(() => extractQuotes(small, []));
    const largeMs = fastest(() => extractQuotes(large, []));
    // four times the text, four times the time; quadratic pairing would take sixteen times as long.
    // The bound sits halfway (in ratio) so a busy machine does not fail a linear pairing.
    expect(largeMs).toBeLessThan(Math.max(8 * smallMs, 80));
  });
});
