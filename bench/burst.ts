// A burst of 200 slash commands from 20 users, all sent at once through the fake Discord to the
// real bot on the bundled seeds. Reports, per command, the time from sending it to the answer
// being visible (the callback's message, or the edit of a deferred reply): worst, p99, median.
// `npm run bench -- --only=burst`, or alone: `npx tsx bench/burst.ts [--commands=200] [--users=20]`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from '../test/discord/harness.js';
import { FakeDiscord, slash } from '../test/fakeDiscord/fakeDiscord.js';
import { SEEDS, settledCopy } from '../test/helpers/fixtures.js';
import { arg } from './corpus.js';

const total = Number(arg('commands') ?? '200');
const userCount = Number(arg('users') ?? '20');
const COMMANDS = ['who', 'when', 'quote', 'search'] as const;
// forty different questions, so the burst is not one question asked again
const TOPICS = [
  'defense minister',
  'meeting',
  'Afghanistan',
  'peacekeepers',
  'Boeing contract',
  'election results',
  'earthquake',
  'oil prices',
  'football match',
  'hurricane',
  'court ruling',
  'central bank',
  'protest',
  'space station',
  'vaccine',
  'airline',
  'strike',
  'parliament vote',
  'wildfire',
  'peace talks',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const fake = new FakeDiscord();
  await fake.start();
  const reports = settledCopy(SEEDS);
  const env = {
    REPORTS_DIR: reports,
    STATE_DIR: mkdtempSync(join(tmpdir(), 'newsdesk-burst-state-')),
    LOG_LEVEL: 'warn',
  };
  const h = await startHarness(env, undefined, fake, { commandRateLimit: { max: 10, windowMs: 10_000 } });
  await h.bot.desk.warmUp();
  const users = Array.from({ length: userCount }, (_, i) => ({
    id: `8${String(i).padStart(17, '0')}`,
    permissions: '1024',
  }));
  const payloads = Array.from({ length: total }, (_, i) =>
    slash(
      COMMANDS[i % 4]!,
      { query: `${TOPICS[i % TOPICS.length]!}${i % 40 >= 20 ? ' news' : ''}` },
      users[i % userCount],
    ),
  );
  const answered = new Map<string, number>();
  const deferred = new Set<string>();
  const started = performance.now();
  const done = new Promise<void>((resolve) => {
    const check = setInterval(() => {
      for (const r of fake.requests) {
        const token = r.path.split('/')[3];
        if (!token || answered.has(token)) continue;
        if (r.method === 'POST' && r.path.endsWith('/callback') && r.body?.type === 5) deferred.add(token);
        else if (r.method === 'POST' && r.path.endsWith('/callback')) answered.set(token, performance.now() - started);
        else if (r.method === 'PATCH' && r.path.startsWith('/webhooks/'))
          answered.set(token, performance.now() - started);
      }
      if (answered.size >= total || performance.now() - started > 30_000) {
        clearInterval(check);
        resolve();
      }
    }, 2);
  });
  for (const payload of payloads) fake.dispatch('INTERACTION_CREATE', payload);
  await done;
  await h.stop();
  await fake.stop();
  const times = payloads.map((p) => answered.get(p.token) ?? Number.POSITIVE_INFINITY).sort((a, b) => a - b);
  const result = {
    commands: total,
    users: userCount,
    answered: answered.size,
    deferred: deferred.size,
    worstMs: Math.round(times.at(-1)!),
    p99Ms: Math.round(percentile(times, 99)),
    medianMs: Math.round(percentile(times, 50)),
    within3s: times.filter((t) => t <= 3000).length,
  };
  process.stderr.write(
    `burst of ${total} commands from ${userCount} users: worst ${result.worstMs} ms, p99 ${result.p99Ms} ms, ` +
      `median ${result.medianMs} ms; ${result.within3s}/${total} within 3 s; ${result.deferred} deferred\n`,
  );
  console.log(JSON.stringify(result));
}

await main();
