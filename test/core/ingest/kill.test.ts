import { spawn } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFeeds } from '../../../src/core/ingest/feeds/poll.js';
import { FeedRegistry } from '../../../src/core/ingest/feeds/registry.js';
import { InboxStore } from '../../../src/core/ingest/inboxStore.js';
import { loadReports } from '../../../src/core/load/loadReports.js';
import { articlePage, makeItems, rssFeed, startLoopback, type Loopback } from './loopback.js';

const CHILD = join(import.meta.dirname, 'killChild.ts');

/**
 * Runs the child and kills it with SIGKILL once it has acknowledged `acks` reports, or `afterReadyMs`
 * after it is ready (plus a moment that changes with `seed`).
 */
function runAndKill(args: string[], when: { acks?: number; afterReadyMs?: number }, seed: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buffer = '';
    let stderr = '';
    let killing = false;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
      const ready = lines.includes('ready') && when.afterReadyMs !== undefined;
      if (!killing && (ready || (when.acks !== undefined && acked.length >= when.acks))) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), (when.afterReadyMs ?? 0) + ((seed * 7) % 23));
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself: ${stderr}`));
      // a line read before the kill landed was acknowledged; a half line was not
      else resolve(acked);
    });
  });
}

async function visibleFiles(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => !name.startsWith('.'));
}

describe('a kill (SIGKILL) while storing or polling loses and duplicates nothing', () => {
  it('while storing reports: every acknowledged report is there once, no partial file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kill-store-'));
    const reports = join(root, 'reports');
    const state = join(root, 'state');
    const acknowledged = new Set<string>();
    for (let round = 0; round < 3; round++) {
      for (const id of await runAndKill(['store', reports, state], { acks: 3 + round * 3 }, round))
        acknowledged.add(id);
      // before any clean-up, the loader sees only whole reports
      const loaded = await loadReports(reports);
      expect(loaded.problems).toEqual([]);
      const ids = loaded.reports.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of acknowledged) expect(ids).toContain(id);
    }
    await InboxStore.open(reports, state);
    const names = await readdir(join(reports, 'inbox'));
    expect(names.filter((name) => name.startsWith('.'))).toEqual([]);
    expect(acknowledged.size).toBeGreaterThanOrEqual(6);
  }, 60_000);

  describe('while polling feeds', () => {
    let server: Loopback;
    beforeAll(async () => {
      server = await startLoopback();
      for (const feed of ['alpha', 'beta', 'gamma']) {
        const items = makeItems(feed, 25, server.base);
        server.routes.set(`/${feed}`, (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(feed, items));
        });
        for (const item of items) {
          // a slow article keeps the poll busy, so the kill lands in the middle of it
          server.routes.set(new URL(item.link).pathname, (_req, res) => {
            const page = articlePage(item.title, [
              item.text,
              `More on ${item.title}: the plan was welcomed by residents.`,
            ]);
            setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(page), 15);
          });
        }
      }
    });
    afterAll(() => server.close());

    it('every item is stored once, acknowledged or not', async () => {
      const root = await mkdtemp(join(tmpdir(), 'kill-poll-'));
      const reports = join(root, 'reports');
      const state = join(root, 'state');
      const registry = await FeedRegistry.open(state);
      const now = new Date('2020-05-01T00:00:00Z');
      for (const feed of ['alpha', 'beta', 'gamma']) {
        await registry.add(`${server.base}/${feed}`, { allowPrivateUrls: true, fullText: true }, now);
      }
      const acknowledged = new Set<string>();
      for (let round = 0; round < 3; round++) {
        const killAfter = { afterReadyMs: 150 + round * 200 };
        for (const id of await runAndKill(['poll', reports, state], killAfter, round)) acknowledged.add(id);
      }
      // after the kills, one full poll finishes the job
      const inbox = await InboxStore.open(reports, state, { allowPrivateUrls: true });
      await pollFeeds(await FeedRegistry.open(state), inbox, { now, force: true });
      const loaded = await loadReports(reports);
      expect(loaded.problems).toEqual([]);
      const titles = loaded.reports.map((r) => r.title).sort();
      // the first poll of each feed takes its latest 20 items, each exactly once
      expect(titles).toHaveLength(60);
      expect(new Set(titles).size).toBe(60);
      for (const id of acknowledged) expect(loaded.reports.map((r) => r.id)).toContain(id);
      expect((await visibleFiles(join(reports, 'inbox'))).length).toBe(60);
    }, 90_000);
  });
});
