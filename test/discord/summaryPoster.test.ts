import { Writable } from 'node:stream';
import { REST } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';
import type { Newsdesk } from '../../src/core/newsdesk.js';
import { FileStateStore } from '../../src/core/state/fileStateStore.js';
import { SummaryStateFile } from '../../src/core/summary/summaryState.js';
import { withinLimits } from '../../src/discord/limits.js';
import { SummaryPoster } from '../../src/discord/summaryPoster.js';
import { createLogger } from '../../src/logger.js';
import { ADMIN, CHANNEL_ID, FakeDiscord, MEMBER, slash } from '../fakeDiscord/fakeDiscord.js';
import { foundingDesk, tempReports } from '../helpers/fixtures.js';
import { testPosterOptions } from '../helpers/poster.js';
import { editOf, send, startHarness, TOKEN } from './harness.js';

let fake: FakeDiscord;
let desk: Newsdesk;
let stateDir: string;
const logs: string[] = [];
const logger = createLogger(
  'debug',
  new Writable({
    write: (chunk, _e, done) => {
      logs.push(chunk.toString());
      done();
    },
  }),
);

beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
  desk = await foundingDesk();
});
afterAll(() => fake.stop());
beforeEach(() => {
  stateDir = tempReports({});
  fake.channelMessages.length = 0;
});

/** A poster as the bot builds it, with the clock fixed at `now` (the bot restarting = a new poster). */
function poster(now: string, options: { channelId?: string } = {}): SummaryPoster {
  const rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken(TOKEN);
  return new SummaryPoster(rest, desk, logger, testPosterOptions(stateDir, now, options));
}

// 18:00 in Baku (UTC+4) on 2018-12-05 is 14:00 UTC
const SLOT = '2018-12-05T14:00:00Z';

describe('posting the daily summary', () => {
  it('posts once when the slot fires, and not again on the next tick', async () => {
    const outcome = await poster('2018-12-05T14:00:05Z').tick();
    expect(outcome).toMatchObject({ posted: true, day: '2018-12-05', late: false });
    expect(await poster('2018-12-05T14:10:00Z').tick()).toMatchObject({ posted: false, reason: 'already posted' });
    expect(fake.channelMessages).toHaveLength(1);
    const body = fake.channelMessages[0]!.body;
    expect(body).toMatchObject({ nonce: 'nd20181205p0', enforce_nonce: true, allowed_mentions: { parse: [] } });
    expect(withinLimits(body)).toBe(true);
    const text = JSON.stringify(body.embeds);
    expect(text).toContain('Zakir Hasanov');
    expect(text).toContain('Laura Cooper');
    expect(text).toContain('the successes achieved in Afghanistan');
    const state = await new SummaryStateFile(stateDir).read();
    expect(state.days['2018-12-05']?.messageIds).toEqual([fake.channelMessages[0]!.id]);
  });

  it('posts a slot missed while down once after a restart, marked late; a second restart posts nothing', async () => {
    const outcome = await poster('2018-12-05T19:30:00Z').tick();
    expect(outcome).toMatchObject({ posted: true, day: '2018-12-05', late: true });
    expect(JSON.stringify(fake.channelMessages[0]!.body)).toContain('Posted late');
    expect(await poster('2018-12-05T19:31:00Z').tick()).toMatchObject({ posted: false });
    expect(fake.channelMessages).toHaveLength(1);
  });

  it('after days of downtime posts only the latest missed day, not every day', async () => {
    expect(await poster('2018-12-08T13:00:00Z').tick()).toMatchObject({ posted: true, day: '2018-12-07', late: true });
    expect(fake.channelMessages.map((m) => m.body.content)).toEqual(['No reports for 7 December 2018.']);
    expect(Object.keys((await new SummaryStateFile(stateDir).read()).days)).toEqual(['2018-12-07']);
  });

  it('retries after a 500 and posts one message', async () => {
    fake.channelFailures.push(500);
    expect(await poster(SLOT).tick()).toMatchObject({ posted: true });
    expect(fake.channelMessages).toHaveLength(1);
  });

  it('a crash between sending and recording does not produce a second message', async () => {
    const first = poster(SLOT);
    // the process dies right after Discord took the message, before the state file is written
    (first as unknown as { state: { write: () => Promise<void> } }).state.write = async () => {
      throw new Error('killed');
    };
    await expect(first.tick()).rejects.toThrow('killed');
    expect(fake.channelMessages).toHaveLength(1);
    const restarted = await poster('2018-12-05T14:02:00Z').tick();
    expect(restarted).toMatchObject({ posted: true, messageIds: [fake.channelMessages[0]!.id] });
    expect(fake.channelMessages).toHaveLength(1);
  });

  it('logs a missing channel clearly, records it for /status, and does not crash', async () => {
    fake.channelFailures.push(404);
    const p = poster(SLOT);
    expect(await p.tick()).toMatchObject({ posted: false, reason: expect.stringMatching(/channel \d+ not found/) });
    expect(await p.lastError()).toMatch(/^2018-12-05: channel \d+ not found/);
    expect(logs.join('')).toMatch(/daily summary not posted: channel \d+ not found/);
  });
});

describe('a busy day', () => {
  it('splits into messages that each fit Discord, keeping every story', async () => {
    const { Newsdesk } = await import('../../src/core/newsdesk.js');
    const { renderSummaryMessages } = await import('../../src/discord/renderSummary.js');
    const reports = Array.from({ length: 30 }, (_, i) => ({
      id: `r${i}`,
      date: '2020-02-02',
      title: `Story ${i} ${'headline '.repeat(30)}`,
      text: `Minister Anna Berg${i} said the port ${i} would reopen. ${'The council agreed the long plan in detail today. '.repeat(8)}Unique closing line ${i} with words ${i * 7}.`,
      origin: { file: `r${i}.txt` },
    }));
    const summary = await Newsdesk.fromReports(reports, { index: {} }).summary('2020-02-02', { sameStory: 0.99 });
    const messages = renderSummaryMessages(summary);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(withinLimits(m)).toBe(true);
    const titles = messages.flatMap((m) => m.embeds.map((e) => e.title ?? ''));
    expect(titles.filter((t) => /^\d+\. /.test(t))).toHaveLength(summary.stories.length);
  });
});

describe('summary configuration', () => {
  it.each([
    [{ SUMMARY_TIMEZONE: 'Mars/Olympus' }, 'SUMMARY_TIMEZONE: must be an IANA time zone'],
    [{ SUMMARY_TIME: '25:00' }, 'SUMMARY_TIME: must be HH:MM'],
    [{ SUMMARY_TIME: '6pm' }, 'SUMMARY_TIME: must be HH:MM'],
    [{ SUMMARY_SKIP_EMPTY: 'maybe' }, 'SUMMARY_SKIP_EMPTY: must be true or false'],
  ])('stops start-up naming the bad variable: %j', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('has documented defaults', () => {
    expect(parseConfig({})).toMatchObject({
      SUMMARY_TIME: '18:00',
      SUMMARY_TIMEZONE: 'UTC',
      SUMMARY_SKIP_EMPTY: false,
      SUMMARY_CATCHUP_HOURS: 24,
    });
  });
});

describe('the bot with SUMMARY_CHANNEL_ID set', () => {
  it('posts the day once at its slot, and a restart does not post it again', async () => {
    const env = {
      SUMMARY_CHANNEL_ID: CHANNEL_ID,
      SUMMARY_TIME: '18:00',
      SUMMARY_TIMEZONE: 'Asia/Baku',
      STATE_DIR: stateDir,
    };
    const atSlot = () => new Date('2018-12-05T14:00:30Z');
    const since = fake.requests.length;
    const first = await startHarness(env, atSlot, fake);
    await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`, 10_000, since);
    await first.stop();
    expect(fake.channelMessages).toHaveLength(1);
    const again = await startHarness(env, () => new Date('2018-12-05T14:05:00Z'), fake);
    await new Promise((r) => setTimeout(r, 300));
    await again.stop();
    expect(fake.channelMessages).toHaveLength(1);
    expect(JSON.stringify(fake.channelMessages[0]!.body.embeds)).toContain('Zakir Hasanov');
  });
});

describe('the daily post retries', () => {
  it("makes exactly the 4 attempts meant on a failing server, not 4 on top of discord.js's own retries", async () => {
    const env = {
      SUMMARY_CHANNEL_ID: CHANNEL_ID,
      SUMMARY_TIME: '18:00',
      SUMMARY_TIMEZONE: 'Asia/Baku',
      STATE_DIR: stateDir,
    };
    const since = fake.requests.length;
    fake.channelFailures.push(500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500);
    const h = await startHarness(env, () => new Date('2018-12-05T14:00:30Z'), fake);
    try {
      const posts = () =>
        fake.requests.slice(since).filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`);
      const deadline = Date.now() + 10_000;
      while (!h.logs.some((l) => l.includes('daily summary not posted')) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(posts()).toHaveLength(4);
    } finally {
      fake.channelFailures.length = 0;
      await h.stop();
    }
  });
});

describe('/summary', () => {
  it('previews the founding day for anyone, only to them; posting is for admins', async () => {
    const h = await startHarness();
    try {
      const payload = slash('summary', { date: '2018-12-05' }, MEMBER);
      const callback = await send(h.fake, payload);
      expect(callback.body).toMatchObject({ type: 5, data: { flags: 64 } });
      const text = JSON.stringify((await editOf(h.fake, payload)).body.embeds);
      expect(text).toContain('Zakir Hasanov');
      expect(text).toContain('Laura Cooper');
      expect(text).toContain('the successes achieved in Afghanistan today would have been impossible');
      const refused = await send(h.fake, slash('summary', { date: '2018-12-05', post: true }, MEMBER));
      expect(refused.body.data.content).toMatch(/Only members who can manage this server may post/);
      const noChannel = await send(h.fake, slash('summary', { date: '2018-12-05', post: true }, ADMIN));
      expect(noChannel.body.data.content).toMatch(/No summary channel is set/);
    } finally {
      await h.stop();
    }
  });

  it('since:<date> shows the stories of the reports dated after it, only to the one asking', async () => {
    const h = await startHarness();
    try {
      const after = slash('summary', { since: '2018-12-04' }, MEMBER);
      expect((await send(h.fake, after)).body).toMatchObject({ type: 5, data: { flags: 64 } });
      const embeds = (await editOf(h.fake, after)).body.embeds;
      expect(embeds[0].title).toBe("What's new since 4 December 2018");
      expect(JSON.stringify(embeds)).toContain('Zakir Hasanov');
      const none = slash('summary', { since: '2018-12-05' }, MEMBER);
      await send(h.fake, none);
      expect((await editOf(h.fake, none)).body.content).toBe('No reports dated after 5 December 2018.');
      const bad = await send(h.fake, slash('summary', { since: '2018-13-45' }, MEMBER));
      expect(bad.body.data).toMatchObject({ flags: 64 });
      expect(bad.body.data.content).toMatch(/^since: /);
    } finally {
      await h.stop();
    }
  });
});

describe('more summary faults', () => {
  it.each([[502], [429], [500, 502]])('posts once through %j', async (...failures) => {
    fake.channelFailures.push(...failures);
    expect(await poster(SLOT).tick()).toMatchObject({ posted: true });
    expect(fake.channelMessages).toHaveLength(1);
  });

  it('survives a refused connection: logged, recorded, nothing posted, no crash', async () => {
    const rest = new REST({ api: 'http://127.0.0.1:9/api', retries: 0 }).setToken(TOKEN);
    const p = new SummaryPoster(rest, desk, logger, testPosterOptions(stateDir, SLOT, { attempts: 2 }));
    const outcome = await p.tick();
    expect(outcome.posted).toBe(false);
    expect(await p.lastError()).toMatch(/^2018-12-05: /);
    expect(fake.channelMessages).toHaveLength(0);
  });
});

describe('claims in the state store', () => {
  const claimPoster = (store: FileStateStore, api = fake.apiUrl, attempts = 3) => {
    const rest = new REST({ api, retries: 0 }).setToken(TOKEN);
    return new SummaryPoster(rest, desk, logger, testPosterOptions(stateDir, SLOT, { store, attempts }));
  };
  const claimKey = `summary/${CHANNEL_ID}/2018-12-05`;

  it('posts nothing for a day another process claimed first', async () => {
    const store = new FileStateStore(stateDir);
    expect(await store.claim(claimKey, { holder: 'shard-1' })).toBe(true);
    expect(await claimPoster(store).tick()).toMatchObject({ posted: false, reason: /claimed by another process/ });
    expect(fake.channelMessages).toHaveLength(0);
  });

  it('gives the claim back when Discord refused the post, so the next tick posts it', async () => {
    const store = new FileStateStore(stateDir);
    fake.channelFailures.push(403);
    expect(await claimPoster(store).tick()).toMatchObject({ posted: false, reason: /no permission/ });
    expect(await claimPoster(store).tick()).toMatchObject({ posted: true });
    expect(fake.channelMessages).toHaveLength(1);
    expect(await store.claim(claimKey, { holder: 'shard-1' })).toBe(false); // held by the post that went out
  });

  it('keeps the claim after a network error, when the post may have gone out', async () => {
    const store = new FileStateStore(stateDir);
    expect(await claimPoster(store, 'http://127.0.0.1:9/api', 1).tick()).toMatchObject({ posted: false });
    expect(await store.claim(claimKey, { holder: 'shard-1' })).toBe(false);
  });
});
