import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/core/extract/annotate.js';
import { parseByFormat } from '../../../src/core/load/formats.js';
import { splitPassages } from '../../../src/core/text/passages.js';
import { paragraphs, sentencesOf } from '../../../src/core/text/sentences.js';
import { termsOf } from '../../../src/core/text/terms.js';
import { firstSentence } from '../../../src/core/text/title.js';
import { boundedUnits } from '../../../src/core/text/units.js';
import { HOSTILE_SHAPES, MAX_REPORT_CHARS } from '../../../bench/worstCase.js';

/**
 * Growth, not speed: each function gets its worst inputs at a size and at `GROWTH` times that
 * size, and the time may grow at most `SLACK` times more than the size did. Linear work grows
 * about GROWTH times; quadratic work GROWTH² times (here 64 against a limit of 24), so a
 * loaded machine does not make the test flaky and a quadratic pattern still fails it.
 */
const GROWTH = 8;
const SLACK = 3;

/** The worst inputs for a pattern over text: long runs of one kind of character. */
const RUNS: Record<string, (chars: number) => string> = {
  capitals: (n) => 'A'.repeat(n),
  'capitalised words': (n) => 'Abc '.repeat(n / 4),
  digits: (n) => '7'.repeat(n),
  'quote marks': (n) => '"'.repeat(n / 2) + '“'.repeat(n / 2),
  'quoted words': (n) => '"a '.repeat(n / 3),
  spaces: (n) => `x${' '.repeat(n)}x`,
  'spaces then a letter': (n) => `${' \t'.repeat(n / 2)}x`,
  periods: (n) => '.'.repeat(n),
  initials: (n) => 'a.'.repeat(n / 2),
  'blank lines': (n) => '\n \n'.repeat(n / 3),
  'one long word': (n) => 'ab'.repeat(n / 2),
};

/** The least CPU time (ms) of `runs` runs: CPU time, not the clock, so other work on the machine does not count. */
function bestOf(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage();
    work();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Below this the clock measures noise and fixed costs, not growth: the small size grows until it takes this long. */
const MIN_MEASURED_MS = 15;

/** Work this quick near the report cap (under 0.25 ms per KB) holds nothing up; a quadratic one takes seconds there. */
const FAST_ENOUGH_MS = 300;

/** Time at a size taking at least MIN_MEASURED_MS (from `size` up) and at GROWTH times it; fails on super-linear growth. */
function expectLinear(run: (text: string) => unknown, make: (chars: number) => string, size: number, runs = 3): void {
  run(make(size)); // warm up (caches, lazy loading, JIT)
  let smallMs = bestOf(runs, () => run(make(size)));
  while (smallMs < MIN_MEASURED_MS && size * GROWTH * 2 <= MAX_REPORT_CHARS) {
    size *= 2;
    const text = make(size);
    smallMs = bestOf(runs, () => run(text));
  }
  const large = make(size * GROWTH);
  const largeMs = bestOf(runs, () => run(large));
  if (largeMs < FAST_ENOUGH_MS) return;
  const growth = `${size} chars ${smallMs.toFixed(1)} ms → ${size * GROWTH} chars ${largeMs.toFixed(1)} ms`;
  expect(largeMs / Math.max(smallMs, 1), growth).toBeLessThan(GROWTH * SLACK);
}

const TEXT_FUNCTIONS: Array<[string, (text: string) => unknown]> = [
  ['paragraphs', paragraphs],
  ['sentencesOf', sentencesOf],
  ['boundedUnits', boundedUnits],
  ['splitPassages', (text) => splitPassages({ id: 'r', text })],
  ['firstSentence', firstSentence],
  ['termsOf', termsOf],
  ['plain text file', (text) => parseByFormat('text', `date 2020-01-01\n${text}`)],
  ['markdown file', (text) => parseByFormat('markdown', `---\ndate: 2020-01-01\n---\n${text}`)],
  ['JSONL file', (text) => parseByFormat('jsonl', JSON.stringify({ date: '2020-01-01', text }))],
];

describe('text and loading stay linear on their worst inputs', () => {
  for (const [name, run] of TEXT_FUNCTIONS) {
    it.each(Object.entries(RUNS))(`${name}: %s`, (_, make) => expectLinear(run, make, 40_000));
  }
});

describe('annotation stays linear on every hostile shape and run', () => {
  const shapes: Array<[string, (chars: number) => string]> = [
    ...HOSTILE_SHAPES.map((shape): [string, (chars: number) => string] => [shape.name, shape.make]),
    ...Object.entries(RUNS),
  ];
  it.each(shapes)(
    'annotate: %s',
    (_, make) => {
      expectLinear((text) => annotate({ text, date: '2020-01-01' }), make, 4000, 1);
    },
    120_000,
  );
});
