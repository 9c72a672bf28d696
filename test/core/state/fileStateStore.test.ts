import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStateStore } from '../../../src/core/state/fileStateStore.js';
import { checkStateKey } from '../../../src/core/state/stateStore.js';

async function store(): Promise<{ dir: string; state: FileStateStore }> {
  const dir = await mkdtemp(join(tmpdir(), 'state-'));
  return { dir, state: new FileStateStore(dir) };
}

describe('FileStateStore', () => {
  it('keeps documents by key in <dir>/<key>.json and reads them back', async () => {
    const { dir, state } = await store();
    expect(await state.get('settings/guild-1')).toBeUndefined();
    await state.update('settings/guild-1', () => ({ time: '09:00' }));
    expect(await state.get('settings/guild-1')).toEqual({ time: '09:00' });
    expect(JSON.parse(await readFile(join(dir, 'settings/guild-1.json'), 'utf8'))).toEqual({ time: '09:00' });
  });

  it('runs updates of one key one after another, so none is lost', async () => {
    const { state } = await store();
    await Promise.all(
      Array.from({ length: 25 }, () =>
        state.update('counter', (current) => ((current as number | undefined) ?? 0) + 1),
      ),
    );
    expect(await state.get('counter')).toBe(25);
  });

  it('refuses to read a damaged document and names its file', async () => {
    const { dir, state } = await store();
    await writeFile(join(dir, 'broken.json'), '{ not json');
    await expect(state.get('broken')).rejects.toThrow(/broken\.json is not valid JSON/);
  });

  it('gives a claim for ever to the first caller only', async () => {
    const { state } = await store();
    const results = await Promise.all([1, 2, 3].map((n) => state.claim('summary/c1/2026-12-01', { holder: `p${n}` })));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await state.claim('summary/c1/2026-12-01', { holder: 'p1' })).toBe(false);
    expect(await state.claim('summary/c1/2026-12-02', { holder: 'p2' })).toBe(true);
  });

  it('lets a lease be renewed by its holder and taken by another once it ran out', async () => {
    const { state } = await store();
    expect(await state.claim('feeds/poller', { holder: 'a', ttlMs: 1000, now: 0 })).toBe(true);
    expect(await state.claim('feeds/poller', { holder: 'b', ttlMs: 1000, now: 500 })).toBe(false);
    expect(await state.claim('feeds/poller', { holder: 'a', ttlMs: 1000, now: 900 })).toBe(true);
    expect(await state.claim('feeds/poller', { holder: 'b', ttlMs: 1000, now: 1500 })).toBe(false);
    expect(await state.claim('feeds/poller', { holder: 'b', ttlMs: 1000, now: 2000 })).toBe(true);
    await state.release('feeds/poller', 'a');
    expect(await state.claim('feeds/poller', { holder: 'a', ttlMs: 1000, now: 2100 })).toBe(false);
    await state.release('feeds/poller', 'b');
    expect(await state.claim('feeds/poller', { holder: 'a', ttlMs: 1000, now: 2100 })).toBe(true);
  });

  it('appends records to a log and reads them back in order, skipping a line cut short', async () => {
    const { dir, state } = await store();
    await state.append('feedback', { verdict: 'up' });
    await state.append('feedback', { verdict: 'down' });
    await writeFile(join(dir, 'feedback.jsonl'), `${await readFile(join(dir, 'feedback.jsonl'), 'utf8')}{"verd`);
    await state.append('feedback', { verdict: 'up', n: 3 });
    expect(await state.readLog('feedback')).toEqual([{ verdict: 'up' }, { verdict: 'down' }]);
    expect(await state.readLog('nothing-yet')).toEqual([]);
  });
});

describe('checkStateKey', () => {
  it.each(['../etc/passwd', '/abs', 'a/../b', 'a b', '', 'a//b', `${'x'.repeat(201)}`])('refuses %j', (key) => {
    expect(() => checkStateKey(key)).toThrow(/state key/);
  });
  it.each(['settings', 'summary/123/2026-12-01', 'feeds.v2'])('accepts %j', (key) => {
    expect(checkStateKey(key)).toBe(key);
  });
});
