import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, slash } from '../fakeDiscord/fakeDiscord.js';
import { answerOf, send, startHarness, type Harness } from '../discord/harness.js';

let fake: FakeDiscord;
let h: Harness;
beforeAll(async () => {
  fake = new FakeDiscord();
  fake.heartbeatInterval = 250; // short, so a silent connection is noticed quickly
  await fake.start();
  h = await startHarness({}, undefined, fake, { commandRateLimit: { max: 10, windowMs: 10_000 } });
});
afterAll(async () => {
  await h?.stop();
  await fake?.stop();
});

/** Resolves once the bot has resumed or identified again after `fault()`. */
async function reconnectsAfter(fault: () => void): Promise<{ resumed: boolean; identified: boolean }> {
  const resumes = fake.resumes.length;
  const identifies = fake.identifies.length;
  fault();
  const deadline = Date.now() + 10_000;
  while (fake.resumes.length === resumes && fake.identifies.length === identifies && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 50));
  return { resumed: fake.resumes.length > resumes, identified: fake.identifies.length > identifies };
}

/** The bot answers a command. */
async function stillAnswers(user = { id: '740000000000000074', permissions: '1024' }): Promise<void> {
  const payload = slash('who', { query: 'US Secretary of Defense' }, user);
  await send(fake, payload);
  expect((await answerOf(fake, payload)).body.embeds[0].title).toMatch(/^James Mattis/);
}

describe('gateway faults', () => {
  it.each([
    ['a resumable close (4000)', () => fake.closeGateway(4000), 'resumed'],
    ['a close that cannot be resumed (4007 invalid sequence)', () => fake.closeGateway(4007), 'identified'],
    ['a session timeout (4009)', () => fake.closeGateway(4009), 'resumed'],
    ['op 7 reconnect', () => fake.sendOp(7), 'resumed'],
    ['an invalid session (op 9)', () => fake.sendOp(9, false), 'identified'],
  ] as const)('after %s the bot reconnects and keeps answering', async (_label, fault, how) => {
    const outcome = await reconnectsAfter(fault);
    expect(outcome[how]).toBe(true);
    await stillAnswers();
  });

  it('reconnects when heartbeats stop being acknowledged', async () => {
    const outcome = await reconnectsAfter(() => {
      fake.ackHeartbeats = false;
    });
    fake.ackHeartbeats = true;
    expect(outcome.resumed || outcome.identified).toBe(true);
    await stillAnswers();
  });
});

describe('REST faults and load', () => {
  it('retries an interaction callback after a 429 with retry_after, answering once', async () => {
    fake.callbackFailures.push(429);
    const payload = slash('status', {}, { id: '750000000000000075', permissions: '1024' });
    const path = `/interactions/${payload.id}/${payload.token}/callback`;
    fake.dispatch('INTERACTION_CREATE', payload);
    const deadline = Date.now() + 5000;
    while (fake.requests.filter((r) => r.path === path).length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const attempts = fake.requests.filter((r) => r.path === path);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.body.data.embeds[0].title).toBe('Newsdesk status');
  });

  it('answers 200 interactions from 20 users at once, each before its deadline', async () => {
    const users = Array.from({ length: 20 }, (_, i) => ({
      id: `8${String(i).padStart(17, '0')}`,
      permissions: '1024',
    }));
    const payloads = Array.from({ length: 200 }, (_, i) =>
      slash(
        ['who', 'when', 'quote', 'search'][i % 4]!,
        { query: ['defense minister', 'meeting', 'Afghanistan', 'peacekeepers'][i % 4]! },
        users[i % 20],
      ),
    );
    const started = performance.now();
    const callbacks = await Promise.all(
      payloads.map(async (p) => {
        await send(fake, p);
        return performance.now() - started;
      }),
    );
    expect(Math.max(...callbacks)).toBeLessThan(3000);
    const edits = await Promise.all(payloads.map((p) => answerOf(fake, p)));
    expect(edits).toHaveLength(200);
    expect(fake.unknownRoutes).toEqual([]);
  });

  it('answers a flood from one user politely without starving the others', async () => {
    const flooder = { id: '760000000000000076', permissions: '1024' };
    const calm = { id: '770000000000000077', permissions: '1024' };
    const flood = await Promise.all(
      Array.from({ length: 25 }, () => send(fake, slash('search', { query: 'peacekeepers' }, flooder))),
    );
    const limited = flood.filter(
      (c) => c.body.type === 4 && /going faster than I can keep up/.test(c.body.data.content),
    );
    expect(limited).toHaveLength(15);
    expect(limited.every((c) => c.body.data.flags === 64)).toBe(true);
    await stillAnswers(calm);
  });
});
