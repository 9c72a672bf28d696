// npx tsx bench/ingest.ts [--reuters]: figures for reports coming in, on a loopback server only.
// 1. One poll of 50 RSS feeds × 20 items (first poll stores 1,000 reports; the second finds nothing new
//    and, with ETags, gets 304s). 2. Time from adding a report (a file, then a link) to the first answer
//    that cites it, with Newsdesk.reload on the seeds (and on Reuters-21578 with --reuters).
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pollFeeds } from '../src/core/ingest/feeds/poll.js';
import { FeedRegistry } from '../src/core/ingest/feeds/registry.js';
import { InboxStore } from '../src/core/ingest/inboxStore.js';
import { addFiles, addUrls } from '../src/core/ingest/ingest.js';
import { Newsdesk } from '../src/core/newsdesk.js';
import { articlePage, makeItems, rssFeed, serve, startLoopback } from '../test/core/ingest/loopback.js';
import { CORPUS } from './corpus.js';

const now = new Date('2020-05-01T00:00:00Z');
const ms = (start: number): number => Math.round(performance.now() - start);

async function feedsFigure(): Promise<Record<string, number>> {
  const server = await startLoopback();
  const root = mkdtempSync(join(tmpdir(), 'bench-feeds-'));
  const registry = await FeedRegistry.open(join(root, 'state'));
  for (let f = 0; f < 50; f++) {
    const body = rssFeed(`Feed ${f}`, makeItems(`feed${f}`, 20, server.base));
    server.routes.set(`/feed${f}`, (req, res) => {
      if (req.headers['if-none-match'] === `"f${f}"`) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: `"f${f}"` }).end(body);
    });
    await registry.add(`${server.base}/feed${f}`, { allowPrivateUrls: true }, now);
  }
  const inbox = await InboxStore.open(join(root, 'reports'), join(root, 'state'), { allowPrivateUrls: true });
  let start = performance.now();
  const first = await pollFeeds(registry, inbox, { now, force: true });
  const firstMs = ms(start);
  start = performance.now();
  const second = await pollFeeds(registry, inbox, { now, force: true });
  const secondMs = ms(start);
  await server.close();
  return {
    firstPollMs: firstMs,
    storedReports: first.reduce((sum, r) => sum + r.new, 0),
    secondPoll304Ms: secondMs,
    secondPollNew: second.reduce((sum, r) => sum + r.new, 0),
  };
}

/** Median time (ms) from add to an answer citing the new report, over `rounds` adds. */
async function addToAnswer(reportsDir: string, rounds: number): Promise<Record<string, number | string>> {
  const server = await startLoopback();
  const state = join(reportsDir, '..', 'state');
  let start = performance.now();
  const desk = await Newsdesk.open(reportsDir, { index: { coldAnnotationChars: Infinity } });
  const openMs = ms(start);
  const inbox = await InboxStore.open(reportsDir, state, { allowPrivateUrls: true });
  const fileTimes: number[] = [];
  const linkTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const name = `Zorvath${i}`;
    const day = `2021-06-0${1 + (i % 9)}`;
    const text = `date ${day}\nThe harbour master, Elena ${name}, said the pier would reopen on Monday.`;
    start = performance.now();
    const { added } = await addFiles(inbox, [{ name: `note${i}.txt`, bytes: Buffer.from(text) }]);
    await desk.reload();
    const cited = desk.ask('who', `Elena ${name}`).answers[0]?.citations[0]?.reportId;
    if (cited !== added[0]?.id) throw new Error(`file ${i}: answer cites ${cited}, not ${added[0]?.id}`);
    fileTimes.push(ms(start));
    const page = articlePage(`Pier ${i}`, [
      `The ferry captain, Marco ${name}, said the crossing would resume in May.`,
      'Officials said repairs to the landing took longer than planned because of the winter storms.',
    ]);
    server.routes.set(`/pier${i}`, serve('text/html', page));
    start = performance.now();
    const link = await addUrls(inbox, [`${server.base}/pier${i}`]);
    await desk.reload();
    const linkCited = desk.ask('who', `Marco ${name}`).answers[0]?.citations[0]?.reportId;
    if (linkCited !== link.added[0]?.id) throw new Error(`link ${i}: answer cites ${linkCited}`);
    linkTimes.push(ms(start));
  }
  await server.close();
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    reports: desk.lastLoad.loaded,
    openMs,
    fileMedianMs: median(fileTimes),
    linkMedianMs: median(linkTimes),
    fileMaxMs: Math.max(...fileTimes),
    linkMaxMs: Math.max(...linkTimes),
  };
}

const results: Record<string, unknown> = { feeds50x20: await feedsFigure() };
const seeds = join(mkdtempSync(join(tmpdir(), 'bench-seeds-')), 'reports');
cpSync(join(import.meta.dirname, '..', 'seeds'), seeds, { recursive: true });
results.addToAnswerSeeds = await addToAnswer(seeds, 5);
if (process.argv.includes('--reuters') && existsSync(CORPUS)) {
  const reuters = join(mkdtempSync(join(tmpdir(), 'bench-reuters-')), 'reports');
  mkdirSync(reuters, { recursive: true });
  copyFileSync(CORPUS, join(reuters, 'reuters21578.jsonl'));
  results.addToAnswerReuters = await addToAnswer(reuters, 3);
}
process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
