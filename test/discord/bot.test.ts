import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withinLimits } from '../../src/discord/limits.js';
import { ADMIN, MEMBER, slash } from '../fakeDiscord/fakeDiscord.js';
import { editOf, send, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('the bot against the fake Discord', () => {
  it('logs in with the token and no privileged intents', () => {
    expect(h.fake.identifies).toHaveLength(1);
    expect(h.fake.identifies[0].intents).toBe(1); // Guilds only
    expect(h.fake.unknownRoutes).toEqual([]);
  });

  it('/who Minister of Defense of Azerbaijan → an embed naming Zakir Hasanov with the cited passage', async () => {
    const payload = slash('who', { query: 'Minister of Defense of Azerbaijan' });
    const callback = await send(h.fake, payload);
    expect(callback.body).toMatchObject({ type: 5 }); // deferred
    const edit = await editOf(h.fake, payload);
    const embed = edit.body.embeds[0];
    expect(embed.title).toBe('Zakir Hasanov — Minister of Defense of the Republic of Azerbaijan');
    expect(embed.description).toContain('Colonel General Zakir Hasanov has met with the delegation');
    expect(embed.description).toContain('**Minister**');
    expect(embed.fields).toEqual(expect.arrayContaining([{ name: 'Date', value: '2018-12-05', inline: true }, { name: 'Id', value: 'founding', inline: true }]));
    expect(embed.footer.text).toMatch(/^1 of \d+ · newsdesk$/);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    expect(withinLimits(edit.body)).toBe(true);
  });

  it('/reload is refused to a member without Manage Guild, even if the command is visible', async () => {
    const payload = slash('reload', {}, MEMBER);
    const callback = await send(h.fake, payload);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.content).toMatch(/Only members who can manage this server/);
    expect(callback.body.data.flags).toBe(64);
  });

  it('/reload by an admin says what changed', async () => {
    const payload = slash('reload', {}, ADMIN);
    await send(h.fake, payload);
    const edit = await editOf(h.fake, payload);
    expect(edit.body.content).toMatch(/^Reloaded\. 1 reports/);
  });
});
