import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REST } from 'discord.js';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Newsdesk } from '../../src/core/newsdesk.js';
import { PgStateStore } from '../../src/core/state/pgStateStore.js';
import { SummaryRecord } from '../../src/core/summary/summaryState.js';
import { CLAIMED_ELSEWHERE, SummaryPoster } from '../../src/discord/summaryPoster.js';
import { createLogger } from '../../src/logger.js';
import { CHANNEL_ID, FakeDiscord } from '../fakeDiscord/fakeDiscord.js';
import { describeWithDatabase, freshDatabase } from '../helpers/database.js';
import { FOUNDING_REPORT, foundingDesk, ROOT, tempReports } from '../helpers/fixtures.js';
import { testPosterOptions } from '../helpers/poster.js';
import { TOKEN } from './harness.js';

let fake: FakeDiscord;
let desk: Newsdesk;
let database: { url: string; drop: () => Promise<void> };
/** Two processes' stores: two pools on one database. */
let stores: [PgStateStore, PgStateStore];

describeWithDatabase('two processes on one database and one summary day', () => {
  beforeAll(async () => {
    fake = new FakeDiscord();
    await fake.start();
    desk = await foundingDesk();
    database = await freshDatabase();
    stores = [await PgStateStore.open(database.url), await PgStateStore.open(database.url)];
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await database.drop();
    await fake.stop();
  });
  beforeEach(() => {
    fake.channelMessages.length = 0;
  });

  /** Process `n`'s poster for `channelId` at `now`. */
  function poster(n: 0 | 1, now: string, channelId: string): SummaryPoster {
    const rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken(TOKEN);
    const options = testPosterOptions(tempReports({}), now, { channelId, store: stores[n], holder: `process-${n}` });
    return new SummaryPoster(rest, desk, createLogger('silent'), options);
  }

  it('race for the same day at the slot: one posts, the other does not, in every round', async () => {
    // the record is one per bot (days by date): each round is another day
    for (let round = 0; round < 8; round++) {
      const channel = `30000000000000010${round}`;
      const slot = `2018-12-${String(5 + round).padStart(2, '0')}T14:00:05Z`;
      const outcomes = await Promise.all([poster(0, slot, channel).tick(), poster(1, slot, channel).tick()]);
      expect(
        outcomes.filter((o) => o.posted),
        `round ${round}`,
      ).toHaveLength(1);
      const other = outcomes.find((o) => !o.posted);
      expect([CLAIMED_ELSEWHERE, 'already posted']).toContain(other && 'reason' in other ? other.reason : null);
      expect(fake.channelMessages.filter((m) => m.channelId === channel)).toHaveLength(1);
    }
    const record = await new SummaryRecord(stores[1]).read();
    expect(Object.values(record.days).map((d) => d.messageIds.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('a process that died holding the day delays the other only until its claim runs out', async () => {
    const channel = '300000000000000201';
    // process 0 claimed the day and died before recording it (its message may or may not have gone)
    expect(
      await stores[0].claim(`summary/${channel}/2018-12-20`, {
        holder: 'process-0',
        ttlMs: 15_000,
        now: Date.parse('2018-12-20T14:00:00Z'),
      }),
    ).toBe(true);
    expect(await poster(1, '2018-12-20T14:00:10Z', channel).tick()).toMatchObject({ reason: CLAIMED_ELSEWHERE });
    expect(fake.channelMessages).toHaveLength(0);
    expect(await poster(1, '2018-12-20T14:00:16Z', channel).tick()).toMatchObject({ posted: true });
    expect(await poster(0, '2018-12-20T14:00:20Z', channel).tick()).toMatchObject({ reason: 'already posted' });
    expect(fake.channelMessages).toHaveLength(1);
  });

  it('a send that failed gives the day back, so the other process can post it', async () => {
    const channel = '300000000000000202';
    fake.channelFailures.push(404);
    expect(await poster(0, '2018-12-21T14:00:05Z', channel).tick()).toMatchObject({ posted: false });
    expect(await poster(1, '2018-12-21T14:00:06Z', channel).tick()).toMatchObject({ posted: true });
    expect(fake.channelMessages).toHaveLength(1);
  });

  it('a holder slower than its lease stops sending once another process took the day over', async () => {
    const channel = '300000000000000203';
    let clock = Date.parse('2018-12-23T14:00:05Z');
    let taker: Promise<unknown> = Promise.resolve();
    const rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken(TOKEN);
    const slow = new SummaryPoster(
      rest,
      desk,
      createLogger('silent'),
      testPosterOptions(tempReports({}), new Date(clock), {
        channelId: channel,
        store: stores[0],
        holder: 'process-0',
        now: () => new Date(clock),
        // the first attempt failed; while this process waits longer than its lease, process 1 takes the day
        sleep: async () => {
          clock += 20_000;
          taker = poster(1, new Date(clock).toISOString(), channel).tick();
          await taker;
        },
      }),
    );
    fake.channelFailures.push(500);
    expect(await slow.tick()).toMatchObject({ posted: false, reason: CLAIMED_ELSEWHERE });
    expect(await taker).toMatchObject({ posted: true });
    expect(fake.channelMessages.filter((m) => m.channelId === channel)).toHaveLength(1);
  });

  it('two separate Node processes at the slot post the day once', async () => {
    const stateDirs = [tempReports({}), tempReports({})];
    const runs = await Promise.all(
      stateDirs.map((dir) =>
        runChild([fake.apiUrl, dir, CHANNEL_ID, FOUNDING_REPORT, 'none', '2018-12-22T14:00:10Z', database.url]),
      ),
    );
    expect(
      runs.map((r) => r.code),
      runs.map((r) => r.out).join('\n---\n'),
    ).toEqual([0, 0]);
    const outcomes = runs.map((r) => JSON.parse(r.out.slice(r.out.indexOf('{'))) as { posted: boolean });
    expect(outcomes.filter((o) => o.posted)).toHaveLength(1);
    expect(fake.channelMessages.filter((m) => m.channelId === CHANNEL_ID)).toHaveLength(1);
  });
});

function runChild(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'test/reliability/summaryChild.ts'), ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('exit', (code) => resolve({ code, out }));
  });
}
