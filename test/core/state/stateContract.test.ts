import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileStateStore } from '../../../src/core/state/fileStateStore.js';
import { openStateStore } from '../../../src/core/state/openStateStore.js';
import { PgStateStore } from '../../../src/core/state/pgStateStore.js';
import type { StateStore } from '../../../src/core/state/stateStore.js';
import { describeWithDatabase, freshDatabase } from '../../helpers/database.js';

/**
 * The contract every state store keeps, run against the file store and against PostgreSQL:
 * `open` makes two stores on one state (two processes), so races are races between processes.
 */
function contract(open: () => Promise<[StateStore, StateStore]>, sharedUpdates: boolean): void {
  let a: StateStore;
  let b: StateStore;
  beforeAll(async () => {
    [a, b] = await open();
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('stores a document by key and gives it back to another process', async () => {
    expect(await a.get('settings/guild-1')).toBeUndefined();
    expect(await a.update('settings/guild-1', () => ({ time: '09:00', channels: ['1'] }))).toEqual({
      time: '09:00',
      channels: ['1'],
    });
    expect(await b.get('settings/guild-1')).toEqual({ time: '09:00', channels: ['1'] });
    await b.update('settings/guild-1', (current) => ({ ...(current as object), time: '10:00' }));
    expect(await a.get('settings/guild-1')).toEqual({ time: '10:00', channels: ['1'] });
  });

  // the file store serialises updates within one process (sharding, which needs more, requires PostgreSQL)
  it(`loses no update when ${sharedUpdates ? 'two processes update' : 'one process updates'} one key at once`, async () => {
    const other = sharedUpdates ? b : a;
    const bump = (store: StateStore) =>
      store.update('counter', (current) => ((current as number | undefined) ?? 0) + 1);
    await Promise.all(Array.from({ length: 20 }, (_, i) => bump(i % 2 ? a : other)));
    expect(await a.get('counter')).toBe(20);
  });

  it('stores nothing when the change throws', async () => {
    await expect(
      a.update('never-written', () => {
        throw new Error('bad change');
      }),
    ).rejects.toThrow('bad change');
    expect(await b.get('never-written')).toBeUndefined();
  });

  it('gives a claim for ever to exactly one of many racing processes', async () => {
    const day = 'summary/300000000000000003/2026-12-01';
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).claim(day, { holder: `p${i}` })),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = `p${results.indexOf(true)}`;
    expect(await a.claim(day, { holder: winner })).toBe(false);
    expect(await a.claim(day, { holder: 'late', now: Date.now() + 10 ** 9 })).toBe(false);
    expect(await b.claim('summary/300000000000000003/2026-12-02', { holder: 'p2' })).toBe(true);
  });

  it('lets a lease be renewed by its holder and taken by another once it ran out', async () => {
    const key = 'feeds/poller';
    expect(await a.claim(key, { holder: 'a', ttlMs: 1000, now: 0 })).toBe(true);
    expect(await b.claim(key, { holder: 'b', ttlMs: 1000, now: 500 })).toBe(false);
    expect(await a.claim(key, { holder: 'a', ttlMs: 1000, now: 900 })).toBe(true);
    expect(await b.claim(key, { holder: 'b', ttlMs: 1000, now: 1500 })).toBe(false);
    expect(await b.claim(key, { holder: 'b', ttlMs: 1000, now: 2000 })).toBe(true);
    await a.release(key, 'a');
    expect(await a.claim(key, { holder: 'a', ttlMs: 1000, now: 2100 })).toBe(false);
    await b.release(key, 'b');
    expect(await a.claim(key, { holder: 'a', ttlMs: 1000, now: 2100 })).toBe(true);
  });

  it('turns a lease into a claim for ever when its holder claims again without a time limit', async () => {
    const key = 'summary/300000000000000003/2026-12-03';
    expect(await a.claim(key, { holder: 'a', ttlMs: 1000, now: 0 })).toBe(true);
    expect(await a.claim(key, { holder: 'a', now: 10 })).toBe(true);
    expect(await b.claim(key, { holder: 'b', ttlMs: 1000, now: 10 ** 9 })).toBe(false);
  });

  it('lets a released claim be taken again, and ignores a release by someone else', async () => {
    const key = 'summary/300000000000000003/2026-12-04';
    expect(await a.claim(key, { holder: 'a' })).toBe(true);
    await b.release(key, 'b');
    expect(await b.claim(key, { holder: 'b' })).toBe(false);
    await a.release(key, 'a');
    expect(await b.claim(key, { holder: 'b' })).toBe(true);
  });

  it('appends to a log from two processes and reads every record in order', async () => {
    expect(await a.readLog('feedback')).toEqual([]);
    await a.append('feedback', { verdict: 'up', n: 1 });
    await b.append('feedback', { verdict: 'down', n: 2 });
    await a.append('other', { n: 0 });
    await a.append('feedback', { verdict: 'up', n: 3 });
    expect(await b.readLog('feedback')).toEqual([
      { verdict: 'up', n: 1 },
      { verdict: 'down', n: 2 },
      { verdict: 'up', n: 3 },
    ]);
  });

  it.each(['../etc/passwd', 'a b', ''])('refuses the key %j before touching anything', async (key) => {
    await expect(a.get(key)).rejects.toThrow(/state key/);
    await expect(a.update(key, () => 1)).rejects.toThrow(/state key/);
    await expect(a.claim(key)).rejects.toThrow(/state key/);
    await expect(a.append(key, 1)).rejects.toThrow(/state key/);
  });
}

describe('the state store contract: files', () => {
  contract(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'state-'));
    return [new FileStateStore(dir), new FileStateStore(dir)];
  }, false);
});

describeWithDatabase('the state store contract: PostgreSQL', () => {
  let drop: () => Promise<void> = async () => undefined;
  afterAll(() => drop());
  contract(async () => {
    const database = await freshDatabase();
    drop = database.drop;
    // two pools, as two processes would have: the second open finds the migrations applied
    return [await PgStateStore.open(database.url), await PgStateStore.open(database.url)];
  }, true);
});

describe('openStateStore', () => {
  it('opens the file store under STATE_DIR without DATABASE_URL', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'state-'));
    const store = await openStateStore({ STATE_DIR: dir });
    expect(store).toBeInstanceOf(FileStateStore);
    await store.update('summary-state', () => ({ version: 1 }));
    expect(await new FileStateStore(dir).get('summary-state')).toEqual({ version: 1 });
  });

  it('names DATABASE_URL when the database cannot be reached', async () => {
    await expect(
      openStateStore({ STATE_DIR: '.', DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none?connect_timeout=2' }),
    ).rejects.toThrow(/DATABASE_URL/);
  });
});

describeWithDatabase('openStateStore with DATABASE_URL', () => {
  it('keeps the summary record and feeds of STATE_DIR files on the first start, never overwriting', async () => {
    const database = await freshDatabase();
    const dir = await mkdtemp(join(tmpdir(), 'state-'));
    const files = new FileStateStore(dir);
    const record = { version: 1, days: { '2026-11-30': { messageIds: ['9'], postedAt: 'x', late: false } } };
    await files.update('summary-state', () => record);
    await files.update('feeds', () => ({ version: 1, feeds: [] }));
    try {
      const first = await openStateStore({ STATE_DIR: dir, DATABASE_URL: database.url });
      expect(await first.get('summary-state')).toEqual(record);
      expect(await first.get('feeds')).toEqual({ version: 1, feeds: [] });
      await first.update('summary-state', () => ({ version: 1, days: {} }));
      await first.close();
      // a later start (or another shard) finds the database's own record and keeps it
      const again = await openStateStore({ STATE_DIR: dir, DATABASE_URL: database.url });
      expect(await again.get('summary-state')).toEqual({ version: 1, days: {} });
      await again.close();
      expect(await files.get('summary-state')).toEqual(record);
    } finally {
      await database.drop();
    }
  });

  it('opens the PostgreSQL store', async () => {
    const database = await freshDatabase();
    try {
      const store = await openStateStore({ STATE_DIR: '.', DATABASE_URL: database.url });
      expect(store).toBeInstanceOf(PgStateStore);
      await store.close();
    } finally {
      await database.drop();
    }
  });
});
