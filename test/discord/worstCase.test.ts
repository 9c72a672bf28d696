import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_SHAPES } from '../../bench/worstCase.js';
import { ADMIN, slash } from '../fakeDiscord/fakeDiscord.js';
import { SEEDS, settledCopy } from '../helpers/fixtures.js';
import { send, startHarness, type Harness } from './harness.js';

/** Each worst-case report's length: large enough that whole-report work used to take minutes. */
const WORST_CHARS = 150_000;
/** Every command must be answered (its first callback) within this. */
const ANSWER_MS = 3000;
/** The event loop's p99 delay must stay under this (ms). */
const P99_MS = 100;

const QUESTIONS: Array<[string, Record<string, string>]> = [
  ['who', { query: 'Minister of Defense of Azerbaijan' }],
  ['search', { query: 'Laura Cooper talks' }],
  ['when', { query: 'trade talks resume' }],
  ['quote', { query: 'minister said' }],
  ['status', {}],
];

/** Sends the questions one after another, `rounds` times, and returns each one's time to its callback. */
async function askAround(h: Harness, rounds: number): Promise<number[]> {
  const took: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [name, options] of QUESTIONS) {
      const started = performance.now();
      await send(h.fake, slash(name, options));
      took.push(performance.now() - started);
    }
  }
  return took;
}

describe('the bot with worst-case reports in its folder', () => {
  let h: Harness;
  const delay = monitorEventLoopDelay({ resolution: 10 });

  beforeAll(async () => {
    const reports = settledCopy(SEEDS);
    HOSTILE_SHAPES.forEach((shape, i) => writeFileSync(join(reports, `worst-${i}.txt`), `date 2020-01-0${i + 1}\n${shape.make(WORST_CHARS)}`));
    delay.enable();
    h = await startHarness({ REPORTS_DIR: reports, STATE_DIR: join(reports, '..', 'state') });
  }, 120_000);

  afterAll(async () => {
    delay.disable();
    await h?.stop();
  });

  it('answers every command within 3 s while it annotates them after start-up and during a reload', async () => {
    const duringStartUp = await askAround(h, 2);
    // a new worst-case file, then a reload while questions keep coming
    writeFileSync(join(h.reportsDir, 'worst-late.txt'), `date 2020-02-01\n${HOSTILE_SHAPES[1]!.make(WORST_CHARS)}`);
    const reload = send(h.fake, slash('reload', {}, ADMIN));
    const duringReload = await askAround(h, 2);
    await reload;
    const slowest = Math.max(...duringStartUp, ...duringReload);
    expect(slowest, `slowest answer ${slowest.toFixed(0)} ms`).toBeLessThan(ANSWER_MS);
    const p99 = delay.percentile(99) / 1e6;
    const max = delay.max / 1e6;
    console.log(`event loop delay: p99 ${p99.toFixed(0)} ms, max ${max.toFixed(0)} ms; slowest answer ${slowest.toFixed(0)} ms`);
    expect(p99).toBeLessThan(P99_MS);
  }, 180_000);
});
