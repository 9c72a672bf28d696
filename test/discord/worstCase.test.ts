import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../src/core/extract/annotate.js';
import { HOSTILE_SHAPES } from '../../bench/worstCase.js';
import { ADMIN, slash } from '../fakeDiscord/fakeDiscord.js';
import { SEEDS, settledCopy } from '../helpers/fixtures.js';
import { editOf, send, startHarness, type Harness } from './harness.js';

/** Each worst-case report's length: large enough that whole-report work used to take minutes. */
const WORST_CHARS = 150_000;
/** One report at the loader's cap, and the one a reload brings, are this long. */
const CAP_CHARS = 2_000_000;
/** Every command must be answered (its first callback) within this. */
const ANSWER_MS = 3000;
/**
 * The event loop's p99 delay must stay under this (ms) on a machine doing nothing else: every
 * huge report is indexed a slice at a time, annotation runs in a worker of lower priority that
 * leaves a core free, and an answer annotates what it needs one passage per turn. When other
 * work shares the cores (the rest of the suite runs beside this file), the clock measures that
 * work too, and the bound is the looser one. Measured alone on the project's 2-core machine:
 * 79–181 ms over the last rounds, the same code giving either end (the on-the-spot annotation of
 * an answer's passages during start-up and the reload, see BENCHMARKS.md); 300 ms leaves room for
 * that machine's noise, and the load average read before the suite's other files start is no
 * promise that they are done, and it still catches any hold of the thread by a whole report,
 * which costs seconds.
 */
const P99_MS = loadavg()[0]! < cpus().length ? 300 : 500;

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

/** On a machine already running other work at several times its cores, the clock measures that work, not the bot's. */
const busy = loadavg()[0]! > cpus().length * 2;
if (busy) console.warn(`worstCase.test: skipped, load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);

describe.skipIf(busy)('the bot with worst-case reports in its folder', () => {
  let h: Harness;
  /** The folder the bot reads (REPORTS_DIR). */
  let reports: string;
  const delay = monitorEventLoopDelay({ resolution: 10 });

  beforeAll(async () => {
    reports = settledCopy(SEEDS);
    HOSTILE_SHAPES.forEach((shape, i) => {
      writeFileSync(join(reports, `worst-${i}.txt`), `date 2020-01-0${i + 1}\n${shape.make(WORST_CHARS)}`);
    });
    writeFileSync(join(reports, 'worst-cap.txt'), `date 2020-01-09\n${HOSTILE_SHAPES[3]!.make(CAP_CHARS)}`);
    // the taggers load their word lists once, on first use: start-up's cost, before the bot logs in
    annotate({ text: 'Laura Cooper said on Monday: "Talks resume in May."', date: null });
    delay.enable();
    h = await startHarness({ REPORTS_DIR: reports, STATE_DIR: join(reports, '..', 'state') });
  }, 120_000);

  afterAll(async () => {
    delay.disable();
    await h?.stop();
  });

  it('answers every command within 3 s while it annotates them after start-up and during a reload', async () => {
    const startUp = { p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 };
    console.log(
      `event loop delay while loading and indexing: p99 ${startUp.p99.toFixed(0)} ms, max ${startUp.max.toFixed(0)} ms`,
    );
    // the report the reload brings is made now: making 2,000,000 characters holds this thread about
    // 150 ms, which is the test's own work, not the bot's, and must not count in what is measured
    const late = `date 2020-02-01\n${HOSTILE_SHAPES[1]!.make(CAP_CHARS)}`;
    // from here on the bot is logged in: what a member waiting for an answer feels
    delay.reset();
    const duringStartUp = await askAround(h, 2);
    // a new worst-case file, then a reload while questions keep coming
    const before = h.bot.desk.counts().reports;
    writeFileSync(join(reports, 'worst-late.txt'), late);
    const reloadPayload = slash('reload', {}, ADMIN);
    let reloaded = false;
    const reloadDone = editOf(h.fake, reloadPayload).then((edit) => {
      reloaded = true;
      return edit;
    });
    await send(h.fake, reloadPayload);
    // questions keep coming until the reload has read and indexed the report at the cap
    const duringReload: number[] = [];
    for (let round = 0; round < 2 || !reloaded; round++) duringReload.push(...(await askAround(h, 1)));
    // the reload (or the folder watcher just before it) has read the new report at the cap
    expect((await reloadDone).body.content).toContain(`Reloaded. ${before + 1} reports`);
    const slowest = Math.max(...duringStartUp, ...duringReload);
    console.log(
      `answers in ms during start-up ${duringStartUp.map(Math.round).join(' ')}; during the reload ${duringReload.map(Math.round).join(' ')}`,
    );
    expect(slowest, `slowest answer ${slowest.toFixed(0)} ms`).toBeLessThan(ANSWER_MS);
    const p99 = delay.percentile(99) / 1e6;
    const max = delay.max / 1e6;
    console.log(
      `event loop delay: p99 ${p99.toFixed(0)} ms, max ${max.toFixed(0)} ms; slowest answer ${slowest.toFixed(0)} ms`,
    );
    expect(p99, `p99 under ${P99_MS} ms at load ${loadavg()[0]!.toFixed(1)}`).toBeLessThan(P99_MS);
  }, 180_000);
});
