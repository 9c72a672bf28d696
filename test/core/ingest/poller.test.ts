import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  downloadAttachment,
  FeedRegistry,
  InboxStore,
  ingestOptions,
  startFeedPoller,
} from '../../../src/core/ingest/index.js';
import type { FeedPollResult } from '../../../src/core/ingest/index.js';
import { FileStateStore } from '../../../src/core/state/fileStateStore.js';
import { PgStateStore } from '../../../src/core/state/pgStateStore.js';
import type { StateStore } from '../../../src/core/state/stateStore.js';
import { describeWithDatabase, freshDatabase } from '../../helpers/database.js';
import { makeItems, rssFeed, serve, startLoopback, type Loopback } from './loopback.js';

let server: Loopback;
beforeAll(async () => {
  server = await startLoopback({
    '/wire': serve('application/rss+xml', rssFeed('Wire', makeItems('wire', 3, 'http://127.0.0.1:9'))),
    '/note.txt': serve('text/plain', 'date 2020-01-01\nAn attached note.'),
  });
});
afterAll(() => server.close());

describe('startFeedPoller', () => {
  it('polls on its interval, never two rounds at once, and stops', async () => {
    const root = await mkdtemp(join(tmpdir(), 'poller-'));
    const registry = await FeedRegistry.open(join(root, 'state'));
    await registry.add(`${server.base}/wire`, { allowPrivateUrls: true }, new Date('2020-05-01T00:00:00Z'));
    const inbox = await InboxStore.open(join(root, 'reports'), join(root, 'state'), { allowPrivateUrls: true });
    const rounds: FeedPollResult[][] = [];
    const poller = startFeedPoller(registry, inbox, {
      intervalMs: 30,
      now: () => new Date('2020-05-01T00:00:00Z'),
      onRound: (results) => void rounds.push(results),
    });
    const [a, b] = await Promise.all([poller.pollNow(), poller.pollNow()]);
    expect(a).toBe(b);
    expect(a[0]).toMatchObject({ new: 3 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await poller.stop();
    const count = rounds.length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(rounds.slice(1).every((round) => round[0]!.new === 0)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rounds.length).toBe(count);
  });
});

describe('downloadAttachment', () => {
  const options = ingestOptions({ allowPrivateUrls: true, maxAttachmentBytes: 1000 });
  it('fetches an attachment within the cap', async () => {
    const file = await downloadAttachment({ name: 'note.txt', url: `${server.base}/note.txt`, size: 33 }, options);
    expect(Buffer.from(file.bytes).toString()).toContain('An attached note.');
  });
  it('refuses one declared over the cap before fetching', async () => {
    const before = server.requests.length;
    const big = { name: 'big.pdf', url: `${server.base}/note.txt`, size: 5000 };
    await expect(downloadAttachment(big, options)).rejects.toThrow(/5000 bytes, over the 1000-byte cap/);
    expect(server.requests.length).toBe(before);
  });
});

/** Two processes' pollers on one store (`stores` gives each its own connection to it). */
async function leaseScenario(stores: (root: string) => Promise<[StateStore, StateStore]>): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'poller-'));
  const [store, otherStore] = await stores(root);
  const registries = [await FeedRegistry.open(store), await FeedRegistry.open(otherStore)];
  // added through one process: the other sees it at its next round
  await registries[0]!.add(`${server.base}/wire`, { allowPrivateUrls: true }, new Date('2020-05-01T00:00:00Z'));
  const inbox = await InboxStore.open(join(root, 'reports'), join(root, 'state'), { allowPrivateUrls: true });
  let clock = Date.parse('2020-05-01T00:00:00Z');
  const start = (n: number) =>
    startFeedPoller(registries[n]!, inbox, {
      intervalMs: 3_600_000,
      now: () => new Date(clock),
      lease: { store: n ? otherStore : store, holder: `process-${n}`, ttlMs: 60_000 },
    });
  const [first, second] = [start(0), start(1)];
  expect((await first.pollNow())[0]).toMatchObject({ new: 3 });
  expect(await second.pollNow()).toEqual([]);
  clock += 30_000;
  expect(await second.pollNow()).toEqual([]);
  // the first died without giving the lease back: it runs out, the second takes it and polls what is due
  clock += 61_000;
  const taken = await second.pollNow();
  expect(taken).toHaveLength(1);
  expect(taken[0]).toMatchObject({ new: 0 });
  expect(await first.pollNow()).toEqual([]);
  await second.stop();
  expect(await first.pollNow()).toHaveLength(1);
  await first.stop();
  expect(registries[1]!.list()[0]!.lastSuccess).toBeDefined();
  await store.close();
  await otherStore.close();
}

describe('startFeedPoller with a lease (several processes on one store)', () => {
  it('lets one poller at a time poll, and another take over once the first stops or its lease runs out', async () => {
    await leaseScenario(async (root) => [
      new FileStateStore(join(root, 'state')),
      new FileStateStore(join(root, 'state')),
    ]);
  });
});

describeWithDatabase('startFeedPoller with a lease on PostgreSQL (shards)', () => {
  it('lets one shard at a time poll the shared feeds, and another take over', async () => {
    const database = await freshDatabase();
    try {
      await leaseScenario(async () => [await PgStateStore.open(database.url), await PgStateStore.open(database.url)]);
    } finally {
      await database.drop();
    }
  });
});
