import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, CHANNEL_ID, FakeDiscord, GUILD_ID, MEMBER, slash } from '../fakeDiscord/fakeDiscord.js';
import { FOUNDING_REPORT, tempReports } from '../helpers/fixtures.js';
import { editOf, type Harness, send, startHarness } from './harness.js';

const OTHER_GUILD = '210000000000000021';
const OTHER_CHANNEL = '310000000000000031';
const ENERGY = 'energy.txt';

/** A /settings interaction in a server (the other server's payload names its own guild). */
function settings(sub: string, options: Record<string, string | boolean>, user = ADMIN, guildId = GUILD_ID) {
  const payload = slash('settings', {}, user);
  payload.data.options = [
    {
      name: sub,
      type: 1,
      options: Object.entries(options).map(([name, value]) => ({
        name,
        type: typeof value === 'boolean' ? 5 : 3,
        value,
      })),
    },
  ];
  payload.guild_id = guildId;
  payload.channel = { ...payload.channel, guild_id: guildId };
  payload.authorizing_integration_owners = { 0: guildId };
  return payload;
}

let fake: FakeDiscord;
let h: Harness;
let clock = new Date('2018-12-05T08:00:00Z');
let stateDir: string;

beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
  fake.guildChannels.set(OTHER_CHANNEL, OTHER_GUILD);
  const reports = tempReports({
    [ENERGY]:
      'date 2018-12-05 Gazprom raised gas exports to Europe. The energy ministry said pipeline flows would rise ' +
      'again next winter as storage fills.',
  });
  copyFileSync(FOUNDING_REPORT, join(reports, 'founding.txt'));
  stateDir = join(reports, '..', 'settings-state');
  // catch-up of one hour: at 08:00 UTC neither server's slot of the day before is posted late
  const env = { REPORTS_DIR: reports, STATE_DIR: stateDir, SUMMARY_CATCHUP_HOURS: '1' };
  h = await startHarness(env, () => clock, fake);
});
afterAll(async () => {
  await h?.stop();
  await fake?.stop();
});

const postsTo = (channel: string) => fake.channelMessages.filter((m) => m.channelId === channel);

describe('/settings', () => {
  it('is refused to a member without Manage Server', async () => {
    const reply = await send(fake, settings('show', {}, MEMBER));
    expect(reply.body.data).toMatchObject({ flags: 64 });
    expect(reply.body.data.content).toMatch(/Only members who can manage this server/);
  });

  it('gives two servers their own summaries at their own times, on their own topics', async () => {
    // server 1: 18:00 Baku (14:00 UTC), defence only; server 2: 09:00 London (09:00 UTC), energy only
    const first = settings('summary-channel', {
      channel: `<#${CHANNEL_ID}>`,
      time: '18:00',
      timezone: 'Asia/Baku',
      include: 'defense, military',
    });
    expect((await send(fake, first)).body.data.content).toMatch(/gets the daily summary on its topic/);
    const second = settings('summary-channel', { channel: OTHER_CHANNEL, include: 'energy' }, ADMIN, OTHER_GUILD);
    expect((await send(fake, second)).body.data.content).toMatch(/gets the daily summary/);
    const time = settings('summary-time', { time: '09:00', timezone: 'Europe/London' }, ADMIN, OTHER_GUILD);
    expect((await send(fake, time)).body.data).toMatchObject({ flags: 64 });

    const schedule = h.bot.context.summary!;
    await schedule.tick();
    expect(fake.channelMessages).toHaveLength(0); // 08:00 UTC: neither slot has come

    clock = new Date('2018-12-05T09:00:30Z');
    await schedule.tick();
    expect(postsTo(CHANNEL_ID)).toHaveLength(0);
    expect(postsTo(OTHER_CHANNEL)).toHaveLength(1);
    const energy = JSON.stringify(postsTo(OTHER_CHANNEL)[0]!.body.embeds);
    expect(energy).toContain('Gazprom');
    expect(energy).not.toContain('Hasanov');

    clock = new Date('2018-12-05T14:00:30Z');
    await schedule.tick();
    await schedule.tick(); // a second tick of the same slot posts nothing
    expect(postsTo(OTHER_CHANNEL)).toHaveLength(1);
    expect(postsTo(CHANNEL_ID)).toHaveLength(1);
    const defence = JSON.stringify(postsTo(CHANNEL_ID)[0]!.body.embeds);
    expect(defence).toContain('Hasanov');
    expect(defence).not.toContain('Gazprom');
    // each channel day was claimed in the state store before it was sent, and the nonces differ
    for (const channel of [CHANNEL_ID, OTHER_CHANNEL])
      expect(readFileSync(join(stateDir, 'claims', 'summary', channel, '2018-12-05.json'), 'utf8')).toContain('holder');
    expect(postsTo(CHANNEL_ID)[0]!.nonce).not.toBe(postsTo(OTHER_CHANNEL)[0]!.nonce);
  });

  it("/summary post sends to the asking server's own channels only", async () => {
    const before = { mine: postsTo(CHANNEL_ID).length, other: postsTo(OTHER_CHANNEL).length };
    const payload = slash('summary', { date: '2018-12-06', post: true }, ADMIN);
    payload.guild_id = OTHER_GUILD;
    await send(fake, payload);
    expect((await editOf(fake, payload)).body.content).toBe('Posted the summary of 2018-12-06.');
    expect(postsTo(OTHER_CHANNEL)).toHaveLength(before.other + 1);
    expect(postsTo(CHANNEL_ID)).toHaveLength(before.mine);
  });

  it('shows the settings, marking what comes from the environment', async () => {
    const reply = await send(fake, settings('show', {}, ADMIN, OTHER_GUILD));
    expect(reply.body.data.flags).toBe(64);
    const fields = Object.fromEntries(reply.body.data.embeds[0].fields.map((f: any) => [f.name, f.value]));
    expect(fields['Summary channels']).toBe(`<#${OTHER_CHANNEL}> at 09:00 Europe/London: with energy`);
    expect(fields['Summary time']).toBe('09:00 Europe/London');
    expect(fields['Thread replies']).toBe('no (default)');
    expect(reply.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it.each([
    ['a bad time zone', 'summary-time', { time: '10:00', timezone: 'Mars/Olympus' }, /IANA time zone/],
    ['a bad time', 'summary-time', { time: '25:00' }, /HH:MM/],
    ['an unknown channel', 'summary-channel', { channel: '399999999999999999' }, /not a channel of this server/],
    ['a channel of another server', 'summary-channel', { channel: OTHER_CHANNEL }, /not a channel of this server/],
    ['words that are no channel', 'chat-channels', { channels: '#news and more' }, /channel mentions/],
    ['a topic of 5,000 characters', 'summary-channel', { channel: CHANNEL_ID, query: 'x'.repeat(5000) }, /longer than/],
    [
      '5,000 characters of include words',
      'summary-channel',
      { channel: CHANNEL_ID, include: 'y'.repeat(5000) },
      /longer/,
    ],
  ])('rejects %s with a clear ephemeral message and changes nothing', async (_case, sub, options, problem) => {
    const file = join(stateDir, 'settings', `${GUILD_ID}.json`);
    const before = readFileSync(file, 'utf8');
    const reply = await send(fake, settings(sub, options as Record<string, string>));
    expect(reply.body.data.flags).toBe(64);
    expect(reply.body.data.content).toMatch(/^Not changed: /);
    expect(reply.body.data.content).toMatch(problem);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('answers mentions only in the chat channels a server sets', async () => {
    const set = settings('chat-channels', { channels: `<#${CHANNEL_ID}>` });
    expect((await send(fake, set)).body.data.content).toMatch(/Mentions are answered in/);
    const own = await h.bot.context.settings!.get(GUILD_ID);
    expect(own?.chatChannels).toEqual([CHANNEL_ID]);
    const all = settings('chat-channels', { channels: 'all' });
    expect((await send(fake, all)).body.data.content).toMatch(/every channel/);
    expect((await h.bot.context.settings!.get(GUILD_ID))?.chatChannels).toEqual([]);
    expect(fake.unknownRoutes).toEqual([]);
  });
});
