import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFields, scrub } from '../../src/logger.js';
import { ADMIN, MEMBER, slash, subcommand } from '../fakeDiscord/fakeDiscord.js';
import { answerOf, send, startHarness, TOKEN, type Harness } from '../discord/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());

describe('access', () => {
  it.each(['../../../etc/passwd', '/etc/passwd', '..\\..\\secret', 'founding/../../x', '%2e%2e%2fetc'])(
    'a report id from a user never reads outside the folder: %j',
    async (id) => {
      const callback = await send(h.fake, subcommand('report', 'show', { id }));
      expect(callback.body.data.content).toMatch(/^No report with id/);
      expect(callback.body.data.flags).toBe(64);
    },
  );

  it('refuses /reload and posting /summary to members, whatever the server shows them', async () => {
    for (const payload of [slash('reload', {}, MEMBER), slash('summary', { date: '2018-12-05', post: true }, MEMBER)]) {
      const callback = await send(h.fake, payload);
      expect(callback.body.data.content).toMatch(/^Only members who can manage this server/);
    }
    const admin = slash('reload', {}, ADMIN);
    await send(h.fake, admin);
    expect((await answerOf(h.fake, admin)).body.content).toMatch(/^Reloaded/);
  });

  it('keeps the token and Authorization headers out of logs and error replies', async () => {
    const desk = h.bot.desk;
    const original = desk.ask.bind(desk);
    desk.ask = () => {
      throw new Error(`request failed with Authorization: Bot ${TOKEN}`);
    };
    try {
      const payload = slash('who', { query: 'anything' });
      const callback = await send(h.fake, payload); // the apology is the one callback
      expect(callback.body.data.content).toMatch(/^Sorry, something went wrong/);
      expect(JSON.stringify(callback.body)).not.toContain(TOKEN);
    } finally {
      desk.ask = original;
    }
    h.bot.logger.info({ headers: { authorization: `Bot ${TOKEN}` }, token: TOKEN }, 'a line that tries to log secrets');
    const logs = h.logs.join('\n');
    expect(logs).toContain('a line that tries to log secrets');
    expect(logs).not.toContain(TOKEN.split('.')[2]!);
    expect(scrub(`Bot ${TOKEN}`)).toBe('Bot [redacted]');
    expect(errorFields(new Error(`x ${TOKEN}`)).message).not.toContain(TOKEN);
  });
});
