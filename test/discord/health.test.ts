import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ID, button, chatMessage, FakeDiscord, slash } from '../fakeDiscord/fakeDiscord.js';
import { parsePrometheus } from '../helpers/prometheus.js';
import { answerOf, type Harness, send, startHarness } from './harness.js';

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let fake: FakeDiscord;
let h: Harness;
let base: string;
beforeAll(async () => {
  fake = new FakeDiscord();
  fake.heartbeatInterval = 250;
  await fake.start();
  const port = await freePort();
  h = await startHarness({ METRICS_PORT: String(port), METRICS_HOST: '127.0.0.1' }, undefined, fake);
  base = `http://127.0.0.1:${h.bot.healthPort}`;
});
afterAll(async () => {
  fake.refuseGateway = false;
  await h?.stop();
  await fake?.stop();
});

async function healthz(): Promise<{ status: number; body: any }> {
  const response = await fetch(`${base}/healthz`);
  return { status: response.status, body: await response.json() };
}

async function until(test: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('/healthz', () => {
  it('is 200 while logged in with the index loaded', async () => {
    const { status, body } = await healthz();
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, reasons: [], gateway: 'ready', reports: 1 });
  });

  it('turns 503 while the gateway is disconnected, saying why, and 200 after it resumes', async () => {
    fake.refuseGateway = true;
    fake.closeGateway(4000);
    await until(async () => (await healthz()).status === 503);
    const down = await healthz();
    expect(down.body.ok).toBe(false);
    expect(down.body.reasons.join(' ')).toMatch(/Discord gateway is (?:disconnected|reconnecting|error)/);
    // still down a moment later: nothing reports healthy while Discord cannot be reached
    await new Promise((r) => setTimeout(r, 300));
    expect((await healthz()).status).toBe(503);

    const resumes = fake.resumes.length + fake.identifies.length;
    fake.refuseGateway = false;
    await until(async () => (await healthz()).status === 200, 30_000);
    expect(fake.resumes.length + fake.identifies.length).toBeGreaterThan(resumes);
    expect((await healthz()).body).toMatchObject({ ok: true, gateway: 'ready' });
  }, 40_000);

  it('answers 404 for any other path', async () => {
    expect((await fetch(`${base}/other`)).status).toBe(404);
  });
});

describe('/metrics', () => {
  it.each([
    ['a sample of an undeclared metric', 'newsdesk_x 1'],
    ['a label without quotes', '# TYPE a counter\na{b=c} 1'],
    ['a value that is no number', '# TYPE a gauge\na one'],
  ])('the reader used below refuses %s', (_case, text) => {
    expect(() => parsePrometheus(text)).toThrow(/line/);
  });

  it('parses as Prometheus text with commands, latency, reports, gateway and feedback, and no user text', async () => {
    const question = 'Minister of Defense of Azerbaijan';
    const payload = slash('who', { query: question });
    await send(fake, payload);
    const answer = await answerOf(fake, payload);
    const up = answer.body.components[0].components.find((b: any) => b.emoji?.name === '👍').custom_id;
    await send(fake, button(up, answer.message));
    const chat = chatMessage(`<@${BOT_ID}> when did Hasanov meet the US delegation?`);
    const replied = fake.waitFor((r) => r.body?.message_reference?.message_id === chat.id);
    fake.dispatch('MESSAGE_CREATE', chat);
    await replied;

    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    const families = parsePrometheus(text);
    const value = (name: string, labels: Record<string, string> = {}) =>
      families
        .get(name)
        ?.samples.find((m) => m.name === name && Object.entries(labels).every(([k, v]) => m.labels[k] === v))?.value;
    expect(Number(value('newsdesk_commands_total', { command: 'who', outcome: 'ok' }))).toBeGreaterThanOrEqual(1);
    expect(Number(value('newsdesk_commands_total', { command: 'chat:when', outcome: 'ok' }))).toBe(1);
    expect(families.get('newsdesk_answer_seconds')?.type).toBe('histogram');
    const count = value('newsdesk_answer_seconds_count', { command: 'who' });
    expect(value('newsdesk_answer_seconds_bucket', { command: 'who', le: '+Inf' })).toBe(count);
    expect(Number(value('newsdesk_reports_indexed'))).toBe(1);
    expect(Number(value('newsdesk_gateway_connected'))).toBe(1);
    expect(families.has('newsdesk_gateway_ping_ms')).toBe(true);
    expect(families.has('newsdesk_reports_annotated')).toBe(true);
    expect(Number(value('newsdesk_feedback_total', { verdict: 'up', outcome: 'recorded' }))).toBe(1);
    expect(text).not.toContain('Azerbaijan');
    expect(text).not.toContain('Hasanov');
  });
});
