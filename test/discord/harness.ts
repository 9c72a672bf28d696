import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Events } from 'discord.js';
import { parseConfig } from '../../src/config.js';
import { commands } from '../../commands/index.js';
import { startBot, type BotOptions, type RunningBot } from '../../src/discord/bot.js';
import { createLogger } from '../../src/logger.js';
import { FakeDiscord, message, type RecordedRequest } from '../fakeDiscord/fakeDiscord.js';
import { FOUNDING_REPORT, tempReports } from '../helpers/fixtures.js';

export const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.fake01.token-for-the-fake-discord-only';

/** The fake Discord, a reports folder with the founding report, and the real bot logged in to the fake. */
export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  reportsDir: string;
  logs: string[];
  stop(): Promise<void>;
}

export async function startHarness(
  env: Record<string, string> = {},
  now?: () => Date,
  existing?: FakeDiscord,
  botOptions: Partial<BotOptions> = {},
): Promise<Harness> {
  const fake = existing ?? new FakeDiscord();
  if (!existing) await fake.start();
  const reportsDir = tempReports({});
  copyFileSync(FOUNDING_REPORT, join(reportsDir, 'founding.txt'));
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const config = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    REPORTS_DIR: reportsDir,
    STATE_DIR: join(reportsDir, '..', `${reportsDir.split('/').pop()}-state`),
    LOG_LEVEL: 'debug',
    ...env,
  });
  // the tests send many commands as one member: per-user limits are tested on their own
  const bot = await startBot(config, commands, {
    logger: createLogger('debug', sink),
    watchSettleMs: 100,
    sleep: async () => undefined,
    commandRateLimit: { max: 1000 },
    rateLimit: { max: 6 },
    ...(now ? { now } : {}),
    ...botOptions,
  });
  if (!bot.client.isReady()) await new Promise((resolve) => bot.client.once(Events.ClientReady, resolve));
  return {
    fake,
    bot,
    reportsDir,
    logs,
    async stop() {
      await bot.stop();
      if (!existing) await fake.stop();
    },
  };
}

/** Sends an interaction and resolves with the callback request Discord receives for it. */
export async function send(fake: FakeDiscord, payload: { id: string; token: string }): Promise<RecordedRequest> {
  const callback = fake.waitFor(
    (r) => r.method === 'POST' && r.path === `/interactions/${payload.id}/${payload.token}/callback`,
  );
  fake.dispatch('INTERACTION_CREATE', payload);
  return callback.catch((error: Error) => {
    const seen = fake.requests.filter((r) => r.path.includes(payload.id) || r.path.includes(payload.token));
    throw new Error(
      `${error.message}: no callback for interaction ${payload.id}; its requests: ${JSON.stringify(seen.map((r) => [r.method, r.path]))}`,
    );
  });
}

/** The edit of the deferred reply (PATCH …/messages/@original) for an interaction. */
export function editOf(fake: FakeDiscord, payload: { token: string }): Promise<RecordedRequest> {
  return fake.waitFor(
    (r) => r.method === 'PATCH' && r.path.startsWith(`/webhooks/`) && r.path.includes(`/${payload.token}/messages/`),
  );
}

/** The follow-up message (POST /webhooks/{app}/{token}) for an interaction. */
export function followUpOf(fake: FakeDiscord, payload: { token: string }): Promise<RecordedRequest> {
  return fake.waitFor((r) => r.method === 'POST' && r.path.endsWith(`/${payload.token}`));
}

/**
 * The answer to an interaction as the user sees it: the callback's message when the bot replied
 * at once, or the edit of the deferred reply when it acknowledged first. `message` is that message
 * as Discord keeps it (with its id), for pressing its buttons.
 */
export async function answerOf(
  fake: FakeDiscord,
  payload: { id: string; token: string },
): Promise<RecordedRequest & { message: any }> {
  const callbackPath = `/interactions/${payload.id}/${payload.token}/callback`;
  const callback = await fake.waitFor((r) => r.method === 'POST' && r.path === callbackPath);
  const answer = callback.body?.type === 5 ? await editOf(fake, payload) : callback;
  const body = answer === callback ? (callback.body?.data ?? {}) : answer.body;
  return { ...answer, body, message: { ...message(body), id: fake.sent.get(answer) ?? 'unknown' } };
}
