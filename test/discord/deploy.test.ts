import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { deploy } from '../../scripts/deploy.js';
import { parseConfig } from '../../src/config.js';
import { APP_ID, FakeDiscord, GUILD_ID } from '../fakeDiscord/fakeDiscord.js';
import { TOKEN } from './harness.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
});
afterAll(() => fake.stop());

describe('npm run deploy', () => {
  it('puts every command to the guild when DISCORD_GUILD_ID is set', async () => {
    const count = await deploy(
      parseConfig({
        DISCORD_TOKEN: TOKEN,
        DISCORD_CLIENT_ID: APP_ID,
        DISCORD_GUILD_ID: GUILD_ID,
        DISCORD_API_URL: fake.apiUrl,
      }),
    );
    expect(count).toBe(commands.length);
    const request = fake.requests.find((r) => r.method === 'PUT')!;
    expect(request.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(request.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(request.body.map((c: any) => c.name)).toEqual([
      'who',
      'when',
      'quote',
      'search',
      'ask',
      'report',
      'feed',
      'summary',
      'status',
      'reload',
      'settings',
    ]);
    for (const admin of ['reload', 'settings'])
      expect(request.body.find((c: any) => c.name === admin).default_member_permissions).toBe('32');
    const who = request.body.find((c: any) => c.name === 'who');
    expect(who.options[0]).toMatchObject({ name: 'query', required: true, autocomplete: true, max_length: 500 });
  });

  it('puts them globally without a guild, and names what is missing', async () => {
    await deploy(parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl }));
    expect(fake.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toContain(
      `/applications/${APP_ID}/commands`,
    );
    await expect(deploy(parseConfig({ DISCORD_TOKEN: TOKEN }))).rejects.toThrow('DISCORD_CLIENT_ID: is required');
    expect(fake.unknownRoutes).toEqual([]);
  });
});
