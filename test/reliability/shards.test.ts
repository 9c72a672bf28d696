import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { proxyRequests } from '@discordjs/proxy';
import { REST } from 'discord.js';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  CHANNEL_ID,
  FakeDiscord,
  GUILD_ID,
  SECOND_CHANNEL_ID,
  SECOND_GUILD_ID,
  slash,
} from '../fakeDiscord/fakeDiscord.js';
import { send, TOKEN } from '../discord/harness.js';
import { describeWithDatabase, freshDatabase } from '../helpers/database.js';
import { FOUNDING_REPORT, ROOT, tempReports } from '../helpers/fixtures.js';

const MAIN = join(ROOT, 'dist', 'src', 'main.js');
let fake: FakeDiscord;
let database: { url: string; drop: () => Promise<void> };
let db: pg.Client;

/** `npm start` (the compiled bot) with `env`, its output collected. */
function startBot(env: Record<string, string>): {
  child: ChildProcess;
  out: () => string;
  exited: Promise<number | null>;
} {
  let out = '';
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, exited };
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** HH:MM (UTC) `minutes` ago: a slot just passed, so each shard's poster finds the day due at start. */
function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString().slice(11, 16);
}

/** The slash command, as sent in the second guild (served by shard 1 of 2). */
function inSecondGuild(payload: ReturnType<typeof slash>) {
  return {
    ...payload,
    guild_id: SECOND_GUILD_ID,
    channel_id: SECOND_CHANNEL_ID,
    channel: { ...payload.channel, id: SECOND_CHANNEL_ID, guild_id: SECOND_GUILD_ID },
    authorizing_integration_owners: { 0: SECOND_GUILD_ID },
  };
}

describeWithDatabase('two shards on one database', () => {
  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('run `npm run build` first: this test starts the compiled bot');
    fake = new FakeDiscord();
    fake.guilds = [
      { id: GUILD_ID, channelId: CHANNEL_ID },
      { id: SECOND_GUILD_ID, channelId: SECOND_CHANNEL_ID },
    ];
    fake.recommendedShards = 2;
    await fake.start();
    database = await freshDatabase();
    db = new pg.Client({ connectionString: database.url });
  });
  afterAll(async () => {
    await db?.end().catch(() => undefined);
    await database?.drop();
    await fake?.stop();
  });

  it('refuses SHARDS without DATABASE_URL, naming both', async () => {
    const bot = startBot({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      SHARDS: '2',
      STATE_DIR: tempReports({}),
    });
    expect(await bot.exited).toBe(1);
    expect(bot.out()).toMatch(/SHARDS=2 needs DATABASE_URL/);
    expect(fake.connections).toBe(0);
  });

  it('a shard killed while posting the summary: the other posts it once, and keeps answering', async () => {
    const reports = tempReports({});
    copyFileSync(FOUNDING_REPORT, join(reports, 'founding.txt'));
    let release: () => void = () => undefined;
    fake.holdChannelPosts = new Promise<void>((resolve) => {
      release = resolve;
    });
    const bot = startBot({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      DATABASE_URL: database.url,
      SHARDS: 'auto',
      REPORTS_DIR: reports,
      STATE_DIR: tempReports({}),
      SUMMARY_CHANNEL_ID: CHANNEL_ID,
      SUMMARY_TIME: minutesAgo(1),
      SUMMARY_TIMEZONE: 'UTC',
      LOG_LEVEL: 'info',
    });
    try {
      const posts = () =>
        fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`);
      // the first shard up claims the day and sends; Discord takes the message but its answer is held
      await until('the first summary post', () => posts().length > 0 || undefined);
      await db.connect();
      const claim = await until('the claim of the day', async () => {
        const rows = (await db.query("SELECT holder FROM state_claims WHERE key LIKE 'summary/%'")).rows;
        return rows[0]?.holder as string | undefined;
      });
      const [, shard, pid] = /^shard-(\d+)@[^:]+:(\d+)$/.exec(claim) ?? [];
      expect(shard, claim).toBeDefined();
      await until('both shards connected', () => fake.shards.length === 2 || undefined);
      // SIGKILL the shard that holds the day, its post unanswered: no record, no release
      const killedAt = Date.now();
      process.kill(Number(pid), 'SIGKILL');
      release();
      fake.holdChannelPosts = null;
      const recorded = await until(
        'the day recorded by another process',
        async () => {
          const row = (await db.query("SELECT value FROM state_documents WHERE key = 'summary-state'")).rows[0];
          const days = Object.values((row?.value?.days ?? {}) as Record<string, { messageIds: string[] }>);
          return days[0];
        },
        90_000,
      );
      const takeoverSeconds = (Date.now() - killedAt) / 1000;
      const taker = (await db.query("SELECT holder FROM state_claims WHERE key LIKE 'summary/%'")).rows[0]?.holder;
      expect(taker).not.toBe(claim);
      expect(fake.channelMessages.filter((m) => m.channelId === CHANNEL_ID)).toHaveLength(1);
      expect(recorded.messageIds).toEqual([fake.channelMessages[0]!.id]);
      // the shard of the second guild answers there, whatever happened to the other
      const status = await send(fake, inSecondGuild(slash('status')));
      expect(status.body.type).toBeGreaterThan(0);
      process.stdout.write(
        `two shards: day taken over by ${taker} ${takeoverSeconds.toFixed(1)} s after SIGKILL; ` +
          `${posts().length} POSTs (nonce-deduplicated), ${fake.channelMessages.length} message\n`,
      );
    } finally {
      release();
      fake.holdChannelPosts = null;
      bot.child.kill('SIGTERM');
      await bot.exited;
    }
  }, 180_000);

  it('two shards share one @discordjs/proxy for REST: every request goes through it, both servers answered', async () => {
    // the proxy as the README runs it, in front of the fake Discord instead of discord.com
    const rest = new REST({ api: fake.apiUrl, rejectOnRateLimit: () => true, retries: 0 });
    const handle = proxyRequests(rest);
    let proxied = 0;
    const proxy = createServer((req, res) => {
      proxied++;
      void handle(req, res);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/api`;
    const reports = tempReports({});
    copyFileSync(FOUNDING_REPORT, join(reports, 'founding.txt'));
    const before = fake.requests.length;
    const bot = startBot({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: proxyUrl,
      DATABASE_URL: database.url,
      SHARDS: '2',
      REPORTS_DIR: reports,
      STATE_DIR: tempReports({}),
      LOG_LEVEL: 'info',
    });
    try {
      await until('both shards connected', () => fake.shards.length === 2 || undefined);
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        const payload = i % 2 ? inSecondGuild(slash('status')) : slash('status');
        expect((await send(fake, payload)).body.type).toBeGreaterThan(0);
        times.push(performance.now() - started);
      }
      const made = fake.requests.length - before;
      expect(made).toBeGreaterThan(20);
      // nothing reached Discord but through the proxy (the shards' REST, and SHARDS=2 asks no count)
      expect(proxied).toBe(made);
      times.sort((a, b) => a - b);
      process.stdout.write(
        `two shards through one proxy: ${proxied} requests proxied of ${made}; ` +
          `/status round trip p50 ${times[10]!.toFixed(0)} ms, max ${times[19]!.toFixed(0)} ms\n`,
      );
    } finally {
      bot.child.kill('SIGTERM');
      await bot.exited;
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
  }, 120_000);
});
