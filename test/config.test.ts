import { describe, expect, it } from 'vitest';
import { ConfigError, databaseOptions, parseConfig } from '../src/config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-token-value';

describe('parseConfig', () => {
  it('gives defaults when nothing is set, and treats KEY= as missing', () => {
    expect(parseConfig({})).toMatchObject({ REPORTS_DIR: 'seeds', STATE_DIR: '.newsdesk', LOG_LEVEL: 'info' });
    expect(parseConfig({ REPORTS_DIR: '', DISCORD_TOKEN: '  ', LOG_LEVEL: '' })).toMatchObject({
      REPORTS_DIR: 'seeds',
      LOG_LEVEL: 'info',
    });
    expect(parseConfig({ DISCORD_TOKEN: '' }).DISCORD_TOKEN).toBeUndefined();
    expect(parseConfig({}).FEED_POLL_SECONDS).toBe(900);
    expect(parseConfig({ FEED_POLL_SECONDS: '60' }).FEED_POLL_SECONDS).toBe(60);
  });

  it.each([
    [{ DISCORD_CLIENT_ID: 'abc' }, 'DISCORD_CLIENT_ID: must be a Discord id'],
    [{ DISCORD_API_URL: 'not a url' }, 'DISCORD_API_URL: must be a URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DISCORD_TOKEN: 'short' }, 'DISCORD_TOKEN: looks too short'],
    [{ FEED_POLL_SECONDS: '0' }, 'FEED_POLL_SECONDS'],
    [{ FEED_POLL_SECONDS: 'often' }, 'FEED_POLL_SECONDS'],
    [{ DATABASE_READ_URL: 'postgres://replica/newsdesk' }, 'DATABASE_READ_URL: needs DATABASE_URL'],
    [
      { DATABASE_URL: 'postgres://db/newsdesk', DATABASE_READ_URL: 'mysql://x' },
      'DATABASE_READ_URL: must be a postgres',
    ],
  ])('names the bad variable: %j', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('gives the desk a read replica only beside a primary', () => {
    const both = { DATABASE_URL: 'postgres://db/newsdesk', DATABASE_READ_URL: 'postgres://replica/newsdesk' };
    expect(databaseOptions(parseConfig(both))).toEqual({
      databaseUrl: 'postgres://db/newsdesk',
      databaseReadUrl: 'postgres://replica/newsdesk',
    });
    expect(databaseOptions(parseConfig({ DATABASE_URL: 'postgres://db/newsdesk' }))).toEqual({
      databaseUrl: 'postgres://db/newsdesk',
    });
    expect(databaseOptions(parseConfig({}))).toEqual({});
  });

  it('never puts a value in its message', () => {
    try {
      parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: TOKEN });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain('secret-token-value');
    }
  });
});
