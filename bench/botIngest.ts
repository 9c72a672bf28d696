// Reports coming in through the bot, as a user feels it, on the fake Discord and a loopback server:
// 1. Reuters-21578 loaded: the time from sending `/report add` (an attached file, then a link) to the
//    answer of a `/search` that cites the new report (the add's own reply on the way counted in),
//    right after start-up while the reports are annotated in the background, and once that is done.
// 2. One poll of 50 (`--feeds`) RSS feeds × 20 items by the bot's poller: fetched, stored, indexed; then the
//    second poll, answered 304 thanks to the ETags.
// `npm run bench -- --only=ingest`, or alone: `npx tsx bench/botIngest.ts [--limit=N] [--rounds=5] [--feeds=50]
// [--part=add|feeds]`.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeedRegistry } from '../src/core/ingest/index.js';
import { articlePage, type Loopback, makeItems, rssFeed, serve, startLoopback } from '../test/core/ingest/loopback.js';
import { answerOf, type Harness, startHarness } from '../test/discord/harness.js';
import { FakeDiscord, REPORTER, REPORTER_ROLE_ID, slash, subcommand } from '../test/fakeDiscord/fakeDiscord.js';
import { SEEDS, settledCopy } from '../test/helpers/fixtures.js';
import { arg, CORPUS, percentiles } from './corpus.js';

const rounds = Number(arg('rounds') ?? '5');
const feedCount = Number(arg('feeds') ?? '50');
const limit = arg('limit') ? Number(arg('limit')) : Infinity;
const env = { ALLOW_PRIVATE_URLS: 'true', REPORT_ROLE_IDS: REPORTER_ROLE_ID, LOG_LEVEL: 'warn' };

/** A reports folder with Reuters-21578 (its first `limit` lines), as an hour-old file. */
function reutersFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'bench-bot-reuters-')), 'reports');
  mkdirSync(dir, { recursive: true });
  if (limit === Infinity) copyFileSync(CORPUS, join(dir, 'reuters21578.jsonl'));
  else {
    const lines = readFileSync(CORPUS, 'utf8').split('\n').slice(0, limit).join('\n');
    writeFileSync(join(dir, 'reuters21578.jsonl'), `${lines}\n`);
  }
  return settledCopy(dir);
}

/** Sends a command and waits for what the user sees (the reply, or the edit of a deferred one). */
async function sent(fake: FakeDiscord, payload: ReturnType<typeof slash>): Promise<any> {
  fake.dispatch('INTERACTION_CREATE', payload);
  return (await answerOf(fake, payload)).body;
}

type Spread = { median: number; max: number; each: number[] };

function spread(ms: number[]): Spread {
  return { median: Math.round(percentiles(ms).p50), max: Math.round(Math.max(...ms)), each: ms.map(Math.round) };
}

/** `rounds` adds of a file and of a link, each followed by a search that must cite the new report. */
async function addRounds(h: Harness, web: Loopback, tag: string): Promise<Record<string, Spread>> {
  const times: Record<'file' | 'link', number[]> = { file: [], link: [] };
  const replies: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const kind of ['file', 'link'] as const) {
      const name = `Zorvath${tag}${kind}${i}`;
      const text = `The harbour master, Elena ${name}, said the pier at Kellby would reopen on Monday.`;
      let options: Parameters<typeof subcommand>[2];
      if (kind === 'file') options = { file: { attachment: h.fake.attach(`n${i}.txt`, `date 2021-06-01\n${text}`) } };
      else {
        web.routes.set(`/${name}`, serve('text/html', articlePage(`Pier ${i}`, [text, 'Repairs took a year.'])));
        options = { url: `${web.base}/${name}` };
      }
      const started = performance.now();
      const added = await sent(h.fake, subcommand('report', 'add', options, REPORTER));
      replies.push(performance.now() - started);
      const id = /^• (\S+): /m.exec(added.content)?.[1]?.replace(/\\/g, '');
      const answer = await sent(h.fake, slash('search', { query: `${name} pier` }));
      // the compact answer's last line: [title ·] date · id
      const cited = answer.embeds?.[0]?.description?.split('\n').pop()?.split(' · ').pop()?.replace(/\\/g, '');
      if (!id || cited !== id) throw new Error(`${kind} ${i}: the answer cites ${cited}, not ${id}`);
      times[kind].push(performance.now() - started);
    }
  }
  return { file: spread(times.file), link: spread(times.link), addReply: spread(replies) };
}

/**
 * Right after start-up (Reuters being annotated in worker threads meanwhile), then once that
 * background annotation is done and its snapshot written (the steady state).
 */
async function addToAnswer(): Promise<Record<string, unknown>> {
  const fake = new FakeDiscord();
  await fake.start();
  const web = await startLoopback();
  const stateDir = mkdtempSync(join(tmpdir(), 'bench-bot-state-'));
  const opened = performance.now();
  const h = await startHarness({ ...env, REPORTS_DIR: reutersFolder(), STATE_DIR: stateDir }, undefined, fake);
  const startSeconds = (performance.now() - opened) / 1000;
  const reports = h.bot.desk.counts().reports;
  const duringWarmUp = await addRounds(h, web, 'a');
  const warmedBy = performance.now() + 20 * 60_000;
  while (!h.logs.some((line) => line.includes('background annotation done')) && performance.now() < warmedBy) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  // the snapshot is saved after the warm-up; let it finish first
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const settled = await addRounds(h, web, 'b');
  await h.stop();
  await fake.stop();
  await web.close();
  return { reports, startSeconds, duringWarmUp, settled };
}

async function feedPoll(): Promise<Record<string, number>> {
  const fake = new FakeDiscord();
  await fake.start();
  const web = await startLoopback();
  const stateDir = mkdtempSync(join(tmpdir(), 'bench-bot-feeds-'));
  const h = await startHarness({ ...env, REPORTS_DIR: settledCopy(SEEDS), STATE_DIR: stateDir }, undefined, fake, {
    feedPollMs: 3_600_000,
  });
  const registry = h.bot.ingest.feeds as FeedRegistry;
  const now = new Date();
  for (let f = 0; f < feedCount; f++) {
    const body = rssFeed(`Feed ${f}`, makeItems(`feed${f}`, 20, web.base));
    web.routes.set(`/feed${f}`, (req, res) => {
      if (req.headers['if-none-match'] === `"f${f}"`) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: `"f${f}"` }).end(body);
    });
    await registry.add(`${web.base}/feed${f}`, { allowPrivateUrls: true }, now);
  }
  const before = h.bot.desk.counts().reports;
  let started = performance.now();
  const first = await h.bot.ingest.poller!.pollNow();
  const firstMs = performance.now() - started;
  const indexed = h.bot.desk.counts().reports - before;
  started = performance.now();
  const second = await h.bot.ingest.poller!.pollNow();
  const secondMs = performance.now() - started;
  await h.stop();
  await fake.stop();
  await web.close();
  return {
    feeds: feedCount,
    firstPollMs: Math.round(firstMs),
    stored: first.reduce((sum, r) => sum + r.new, 0),
    indexed,
    secondPollMs: Math.round(secondMs),
    secondNew: second.reduce((sum, r) => sum + r.new, 0),
  };
}

const part = arg('part');
const result = {
  ...(part !== 'feeds' ? { addToAnswer: await addToAnswer() } : {}),
  ...(part !== 'add' ? { feeds50x20: await feedPoll() } : {}),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
