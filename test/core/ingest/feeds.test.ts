import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseFeedItems } from '../../../src/core/ingest/feeds/feedItems.js';
import { pollFeeds } from '../../../src/core/ingest/feeds/poll.js';
import { FeedRegistry } from '../../../src/core/ingest/feeds/registry.js';
import { InboxStore } from '../../../src/core/ingest/inboxStore.js';
import { loadReports } from '../../../src/core/load/loadReports.js';
import {
  articlePage,
  atomFeed,
  jsonFeed,
  makeItems,
  rssFeed,
  serve,
  startLoopback,
  type Loopback,
} from './loopback.js';

let server: Loopback;
let reports: string;
let state: string;
const now = new Date('2020-04-01T12:00:00Z');
const options = { allowPrivateUrls: true, fetchTimeoutMs: 3000, firstPollItems: 5, backoffBaseMs: 60_000 };

beforeAll(async () => {
  server = await startLoopback();
});
afterAll(() => server.close());
beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), 'feeds-'));
  reports = join(root, 'reports');
  state = join(root, 'state');
  server.routes.clear();
  server.requests.length = 0;
});

async function open(): Promise<{ registry: FeedRegistry; inbox: InboxStore }> {
  return { registry: await FeedRegistry.open(state), inbox: await InboxStore.open(reports, state, options) };
}

describe('parseFeedItems', () => {
  it.each([
    ['RSS 2.0', rssFeed, 'rss'],
    ['Atom', atomFeed, 'atom'],
    ['JSON Feed', jsonFeed, 'json'],
  ])('%s: key, title, link, day and text of each item', (_name, make, format) => {
    const items = makeItems('north', 2, 'http://example.test');
    const parsed = parseFeedItems(make('North Wire', items));
    expect(parsed).toMatchObject({ format, title: 'North Wire' });
    expect(parsed.items[1]).toMatchObject({
      key: 'north-1',
      title: 'north story 1',
      link: 'http://example.test/article/north-1',
      date: '2020-03-02',
      text: items[1]!.text,
    });
  });

  it.each(['<html><body>no feed</body></html>', '{"hello":1}', '<rss><channel>'])('refuses %s', (content) => {
    expect(() => parseFeedItems(content)).toThrow(/not a valid RSS, Atom or JSON feed|no list of items/);
  });
});

describe('pollFeeds', () => {
  it('first poll takes the latest N items; the next takes only new ones; each feed format works', async () => {
    const rssItems = makeItems('rss', 8, server.base);
    server.routes.set('/rss', serve('application/rss+xml', rssFeed('RSS Wire', rssItems)));
    server.routes.set('/atom', serve('application/atom+xml', atomFeed('Atom Wire', makeItems('atom', 3, server.base))));
    server.routes.set(
      '/json',
      serve('application/feed+json', jsonFeed('JSON Wire', makeItems('json', 2, server.base))),
    );
    const { registry, inbox } = await open();
    for (const path of ['/rss', '/atom', '/json'])
      await registry.add(`${server.base}${path}`, { allowPrivateUrls: true }, now);
    const first = await pollFeeds(registry, inbox, { now });
    expect(first.map(({ url, new: fresh, skipped }) => ({ url, new: fresh, skipped }))).toEqual([
      { url: `${server.base}/rss`, new: 5, skipped: 3 },
      { url: `${server.base}/atom`, new: 3, skipped: 0 },
      { url: `${server.base}/json`, new: 2, skipped: 0 },
    ]);
    const loaded = await loadReports(reports);
    expect(loaded.problems).toEqual([]);
    const rssDays = loaded.reports
      .filter((r) => r.source === 'RSS Wire')
      .map((r) => r.date)
      .sort();
    expect(rssDays).toEqual(['2020-03-04', '2020-03-05', '2020-03-06', '2020-03-07', '2020-03-08']);
    const story = loaded.reports.find((r) => r.title === 'rss story 7')!;
    expect(story).toMatchObject({ url: `${server.base}/article/rss-7`, text: rssItems[7]!.text });

    const more = makeItems('rss', 9, server.base);
    server.routes.set('/rss', serve('application/rss+xml', rssFeed('RSS Wire', more)));
    const second = await pollFeeds(registry, inbox, { now });
    expect(second[0]).toMatchObject({ new: 1, skipped: 0 });
    expect(second[1]).toMatchObject({ new: 0, skipped: 0 });
    const record = (await FeedRegistry.open(state)).get(`${server.base}/rss`)!;
    expect(record).toMatchObject({ itemsStored: 6, failures: 0, lastSuccess: now.toISOString() });
    expect(record.seen).toHaveLength(9);
  });

  it('sends ETag and Last-Modified back and counts a 304 as a success with nothing new', async () => {
    const feed = rssFeed('Cond Wire', makeItems('cond', 2, server.base));
    const lastModified = 'Wed, 01 Apr 2020 10:00:00 GMT';
    server.routes.set('/cond', (req, res) => {
      if (req.headers['if-none-match'] === '"abc"') return void res.writeHead(304).end();
      res
        .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"abc"', 'last-modified': lastModified })
        .end(feed);
    });
    const { registry, inbox } = await open();
    await registry.add(`${server.base}/cond`, { allowPrivateUrls: true }, now);
    expect((await pollFeeds(registry, inbox, { now }))[0]).toMatchObject({ new: 2 });
    expect((await pollFeeds(registry, inbox, { now }))[0]).toMatchObject({ new: 0, skipped: 0 });
    expect(server.requests.at(-1)!.headers).toMatchObject({
      'if-none-match': '"abc"',
      'if-modified-since': lastModified,
    });
  });

  it('records a 500 and a feed that turned invalid, backs off, and keeps what was stored', async () => {
    server.routes.set('/flaky', serve('application/rss+xml', rssFeed('Flaky', makeItems('flaky', 2, server.base))));
    const { registry, inbox } = await open();
    await registry.add(`${server.base}/flaky`, { allowPrivateUrls: true }, now);
    await pollFeeds(registry, inbox, { now });
    server.routes.set('/flaky', (_req, res) => void res.writeHead(500).end('down'));
    const failed = await pollFeeds(registry, inbox, { now });
    expect(failed[0]!.error).toMatch(/HTTP 500/);
    let record = registry.get(`${server.base}/flaky`)!;
    expect(record).toMatchObject({
      failures: 1,
      lastErrorAt: now.toISOString(),
      nextPollAt: '2020-04-01T12:01:00.000Z',
    });
    // still waiting: not fetched unless forced
    const before = server.requests.length;
    expect((await pollFeeds(registry, inbox, { now }))[0]!.error).toMatch(/waiting until/);
    expect(server.requests.length).toBe(before);
    server.routes.set('/flaky', serve('application/rss+xml', '<rss><channel><item><title>cut'));
    const later = new Date(now.getTime() + 120_000);
    expect((await pollFeeds(registry, inbox, { now: later }))[0]!.error).toMatch(/not a valid RSS|no list of items/);
    record = registry.get(`${server.base}/flaky`)!;
    expect(record).toMatchObject({ failures: 2, nextPollAt: new Date(later.getTime() + 120_000).toISOString() });
    expect((await loadReports(reports)).reports).toHaveLength(2);
  });

  it('stores the same story from two feeds once, and an edited item (same guid) once', async () => {
    const items = makeItems('shared', 2, server.base);
    server.routes.set('/a', serve('application/rss+xml', rssFeed('Wire A', items)));
    server.routes.set(
      '/b',
      serve(
        'application/atom+xml',
        atomFeed(
          'Wire B',
          items.map((i) => ({ ...i, guid: `b-${i.guid}` })),
        ),
      ),
    );
    const { registry, inbox } = await open();
    await registry.add(`${server.base}/a`, { allowPrivateUrls: true }, now);
    await registry.add(`${server.base}/b`, { allowPrivateUrls: true }, now);
    const results = await pollFeeds(registry, inbox, { now });
    expect(results.map((r) => r.new + r.skipped)).toEqual([2, 2]);
    expect(results.reduce((sum, r) => sum + r.new, 0)).toBe(2);
    const edited = items.map((i) => ({ ...i, text: `${i.text} Updated at noon.` }));
    server.routes.set('/a', serve('application/rss+xml', rssFeed('Wire A', edited)));
    expect((await pollFeeds(registry, inbox, { now }))[0]).toMatchObject({ new: 0 });
    expect((await loadReports(reports)).reports).toHaveLength(2);
  });

  it('with full text, stores the article behind each link instead of the summary', async () => {
    const items = makeItems('full', 1, server.base).map((i) => ({ ...i, text: 'Short summary.' }));
    server.routes.set('/full', serve('application/rss+xml', rssFeed('Full Wire', items)));
    const article = [
      'The whole article has this first long paragraph about the council vote on the new budget plan.',
      'And a second paragraph where the mayor, Lena Fischer, explained why the plan was delayed by a month.',
    ];
    server.routes.set('/article/full-0', serve('text/html', articlePage('Council vote', article)));
    const { registry, inbox } = await open();
    await registry.add(`${server.base}/full`, { allowPrivateUrls: true, fullText: true }, now);
    expect((await pollFeeds(registry, inbox, { now }))[0]).toMatchObject({ new: 1 });
    const [report] = (await loadReports(reports)).reports;
    expect(report!.text).toContain('the mayor, Lena Fischer, explained');
    expect(report!.title).toBe('full story 0');
  });

  it('keeps its registry on disk, refuses a second add and removes a feed', async () => {
    const { registry } = await open();
    await registry.add(`${server.base}/x`, { allowPrivateUrls: true, channel: '123456789012345678' }, now);
    await expect(registry.add(`${server.base}/x`, { allowPrivateUrls: true }, now)).rejects.toThrow(
      /already following/,
    );
    await expect(registry.add('http://10.0.0.1/feed', {}, now)).rejects.toThrow(/private/);
    const saved = JSON.parse(await readFile(join(state, 'feeds.json'), 'utf8'));
    expect(saved.feeds[0]).toMatchObject({ url: `${server.base}/x`, channel: '123456789012345678', seen: [] });
    expect(await registry.remove(`${server.base}/x`)).toBe(true);
    expect(await registry.remove(`${server.base}/x`)).toBe(false);
    expect((await FeedRegistry.open(state)).list()).toEqual([]);
  });
});
