import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  effectiveSettings,
  type SettingsDefaults,
  SettingsError,
  SettingsStore,
} from '../../../src/core/settings/guildSettings.js';
import { FileStateStore } from '../../../src/core/state/fileStateStore.js';

const GUILD = '200000000000000002';
const CHANNEL = '300000000000000003';
const DEFAULTS: SettingsDefaults = {
  summaryChannelId: undefined,
  summaryTime: '18:00',
  summaryTimezone: 'UTC',
  summarySkipEmpty: false,
  chatChannels: [],
  chatThreads: false,
  reportRoles: ['700000000000000007'],
};

async function settings(): Promise<SettingsStore> {
  return new SettingsStore(new FileStateStore(await mkdtemp(join(tmpdir(), 'settings-'))));
}

describe('server settings', () => {
  it('falls back to the environment for everything a server did not set', () => {
    expect(effectiveSettings(undefined, DEFAULTS)).toEqual({
      summaryChannels: [],
      summarySkipEmpty: false,
      chatChannels: [],
      chatThreads: false,
      reportRoles: ['700000000000000007'],
    });
    const own = { summaryTimezone: 'Asia/Baku', summaryChannels: [{ channelId: CHANNEL }], chatThreads: true };
    expect(effectiveSettings(own, DEFAULTS)).toMatchObject({
      summaryChannels: [{ channelId: CHANNEL, time: '18:00', timezone: 'Asia/Baku' }],
      chatThreads: true,
    });
  });

  it('stores a change, lists the server, and reads it back', async () => {
    const store = await settings();
    await store.change(GUILD, (s) => ({ ...s, summaryTime: '07:30' }));
    await store.change(GUILD, (s) => ({ ...s, chatThreads: true }));
    expect(await store.get(GUILD)).toEqual({ summaryTime: '07:30', chatThreads: true });
    expect(await store.guilds()).toEqual([GUILD]);
  });

  it.each([
    ['a bad time zone', { summaryTimezone: 'Mars/Olympus' }, /summaryTimezone: must be an IANA time zone/],
    ['a bad time', { summaryTime: '7pm' }, /summaryTime: must be HH:MM/],
    ['a channel that is no id', { chatChannels: ['news'] }, /chatChannels\.0: must be a Discord id/],
    [
      'a topic query of 5,000 characters',
      { summaryChannels: [{ channelId: CHANNEL, topic: { include: [], exclude: [], query: 'x'.repeat(5000) } }] },
      /query: is longer than 300 characters/,
    ],
  ])('refuses %s, naming the field, and keeps what was stored', async (_case, bad, problem) => {
    const store = await settings();
    await store.change(GUILD, () => ({ summaryTime: '07:30' }));
    const attempt = store.change(GUILD, (s) => ({ ...s, ...bad }));
    await expect(attempt).rejects.toThrow(SettingsError);
    await expect(store.change(GUILD, (s) => ({ ...s, ...bad }))).rejects.toThrow(problem);
    expect(await store.get(GUILD)).toEqual({ summaryTime: '07:30' });
  });
});
