import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReports } from '../../src/core/load/loadReports.js';
import { CHANNEL_ID, FakeDiscord, REPORTER, REPORTER_ROLE_ID, subcommand } from '../fakeDiscord/fakeDiscord.js';
import { articlePage, makeItems, rssFeed, startLoopback, type Loopback } from '../core/ingest/loopback.js';
import { answerOf, TOKEN } from '../discord/harness.js';
import { FOUNDING_REPORT, ROOT, tempReports } from '../helpers/fixtures.js';

let fake: FakeDiscord;
let web: Loopback;
beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
  web = await startLoopback();
});
afterAll(async () => {
  await fake.stop();
  await web.close();
});

/** The bot (src/main.ts) in its own process, resolved once it has logged in to the fake Discord. */
async function startBotProcess(
  reportsDir: string,
  stateDir: string,
): Promise<{ child: ChildProcess; out: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      REPORTS_DIR: reportsDir,
      STATE_DIR: stateDir,
      ALLOW_PRIVATE_URLS: 'true',
      REPORT_ROLE_IDS: REPORTER_ROLE_ID,
      FEED_POLL_SECONDS: '1',
      LOG_LEVEL: 'info',
    },
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bot did not log in: ${out}`)), 60_000);
    const check = setInterval(() => {
      if (!out.includes('"msg":"logged in"')) return;
      clearInterval(check);
      clearTimeout(timer);
      resolve();
    }, 20);
  });
  return { child, out: () => out };
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** The ids an add reply names ("• <id>: …"). */
function addedIds(content: string): string[] {
  return [...content.matchAll(/^• (\S+): /gm)].map((m) => m[1]!.replace(/\\/g, ''));
}

const hidden = (folder: string): string[] => readdirSync(folder).filter((name) => name.startsWith('.'));

describe('the bot killed (SIGKILL) while it stores a report or polls a feed', () => {
  it('while storing: after a restart every acknowledged report is there once, and no partial file', async () => {
    const reportsDir = tempReports({});
    copyFileSync(FOUNDING_REPORT, join(reportsDir, 'founding.txt'));
    const stateDir = tempReports({});
    const acknowledged = new Set<string>();
    // a long text widens the window in which the kill lands inside a write
    const filler = 'The committee met again and discussed the harbour plan at length. '.repeat(2000);
    let n = 0;
    for (let round = 0; round < 3; round++) {
      const bot = await startBotProcess(reportsDir, stateDir);
      for (let ack = 0; ack < 2 + round; ack++) {
        const file = fake.attach(`r${n}.txt`, `date 2021-02-0${1 + (n % 9)}\nReport ${n++}. ${filler}`);
        const payload = subcommand('report', 'add', { file: { attachment: file } }, REPORTER);
        fake.dispatch('INTERACTION_CREATE', payload);
        const reply = await answerOf(fake, payload);
        for (const id of addedIds(reply.body.content)) acknowledged.add(id);
      }
      // this add is cut short by the kill, at a moment that changes each round
      const file = fake.attach(`r${n}.txt`, `date 2021-03-01\nReport ${n++}. ${filler}`);
      fake.dispatch('INTERACTION_CREATE', subcommand('report', 'add', { file: { attachment: file } }, REPORTER));
      await new Promise((resolve) => setTimeout(resolve, 5 + round * 15));
      await killed(bot.child);
      const loaded = await loadReports(reportsDir);
      expect(loaded.problems).toEqual([]);
      const ids = loaded.reports.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of acknowledged) expect(ids).toContain(id);
    }
    expect(acknowledged.size).toBe(2 + 3 + 4);
    // the restarted bot clears what a kill left half-written and serves every acknowledged report
    const bot = await startBotProcess(reportsDir, stateDir);
    expect(hidden(join(reportsDir, 'inbox'))).toEqual([]);
    const last = [...acknowledged].pop()!;
    const show = subcommand('report', 'show', { id: last });
    fake.dispatch('INTERACTION_CREATE', show);
    expect((await answerOf(fake, show)).body.embeds[0].footer.text).toMatch(new RegExp(`^${last} · page 1 of`));
    await killed(bot.child);
  }, 240_000);

  it('while polling: every item is stored once, acknowledged (announced) or not', async () => {
    for (const feed of ['alpha', 'beta', 'gamma']) {
      const items = makeItems(feed, 25, web.base);
      web.routes.set(`/${feed}`, (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(feed, items));
      });
      for (const item of items) {
        // a slow article keeps the poll busy, so the kill lands in the middle of it
        web.routes.set(new URL(item.link).pathname, (_req, res) => {
          const page = articlePage(item.title, [item.text, `More on ${item.title}: the plan was welcomed.`]);
          setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(page), 15);
        });
      }
    }
    const reportsDir = tempReports({});
    const stateDir = tempReports({});
    const before = fake.channelMessages.length;
    for (let round = 0; round < 3; round++) {
      const bot = await startBotProcess(reportsDir, stateDir);
      if (round === 0) {
        for (const feed of ['alpha', 'beta', 'gamma']) {
          const options = { url: `${web.base}/${feed}`, channel: { channel: CHANNEL_ID }, full_text: true };
          const payload = subcommand('feed', 'add', options, REPORTER);
          fake.dispatch('INTERACTION_CREATE', payload);
          expect((await answerOf(fake, payload)).body.content).toMatch(/^Following/);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 400 + round * 500));
      await killed(bot.child);
      const loaded = await loadReports(reportsDir);
      expect(loaded.problems).toEqual([]);
      const titles = loaded.reports.map((r) => r.title);
      expect(new Set(titles).size).toBe(titles.length);
    }
    // a last run finishes the first poll of every feed
    const storedBefore = (await loadReports(reportsDir)).reports.length;
    const bot = await startBotProcess(reportsDir, stateDir);
    const polled = () => {
      const feeds = JSON.parse(readFileSync(join(stateDir, 'feeds.json'), 'utf8')).feeds as any[];
      return feeds.length === 3 && feeds.every((feed) => feed.lastSuccess);
    };
    for (let waited = 0; !polled(); waited += 100) {
      if (waited > 60_000) throw new Error(`feeds not polled: ${bot.out().slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // a finished round announces what it stored (the records are saved feed by feed, before that)
    const isAnnouncement = (m: { body: any }) => String(m.body.content).startsWith('New from');
    for (let waited = 0; storedBefore < 60 && !fake.channelMessages.slice(before).some(isAnnouncement); waited += 100) {
      if (waited > 20_000) throw new Error(`nothing announced: ${bot.out().slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await killed(bot.child);
    const loaded = await loadReports(reportsDir);
    expect(loaded.problems).toEqual([]);
    const titles = loaded.reports.map((r) => r.title).sort();
    // the first poll of each feed takes its latest 20 items, each exactly once
    expect(titles).toHaveLength(60);
    expect(new Set(titles).size).toBe(60);
    // every item announced (told to the channel, so acknowledged) is there
    const announcedIds = fake.channelMessages
      .slice(before)
      .map((m) => /\nReport (\S+)$/.exec(m.body.content)?.[1]?.replace(/\\/g, ''))
      .filter(Boolean);
    if (storedBefore < 60) expect(announcedIds.length).toBeGreaterThan(0);
    for (const id of announcedIds) expect(loaded.reports.map((r) => r.id)).toContain(id);
    expect(readdirSync(join(reportsDir, 'inbox')).filter((name) => !name.startsWith('.'))).toHaveLength(60);
  }, 240_000);
});
