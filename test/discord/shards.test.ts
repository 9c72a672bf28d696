import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { shardingRefusal, wantsShards } from '../../src/discord/shards.js';

const DATABASE_URL = 'postgres://newsdesk@127.0.0.1:5432/newsdesk';

describe('when npm start runs shards', () => {
  it.each([
    [{}, false],
    [{ SHARDS: '1' }, false],
    [{ SHARDS: '2' }, true],
    [{ SHARDS: 'auto' }, true],
    // a shard process: the ShardingManager put its id in SHARDS; it must not start shards itself
    [{ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' }, false],
  ])('%j → %s', (env, expected) => {
    expect(wantsShards(parseConfig({ ...env, DATABASE_URL }))).toBe(expected);
  });

  it('reads a shard process’s id and count from what the ShardingManager sets', () => {
    const config = parseConfig({ SHARDING_MANAGER: 'true', SHARDS: '0', SHARD_COUNT: '2' });
    expect(config).toMatchObject({ SHARD_ID: 0, SHARD_COUNT: 2, SHARDS: undefined });
  });

  it('ignores SHARD_ID set by hand outside a shard process', () => {
    expect(parseConfig({ SHARD_ID: '3', SHARD_COUNT: '4' })).toMatchObject({ SHARD_ID: undefined });
  });

  it.each([
    [{ SHARDS: '2' }, /SHARDS=2 needs DATABASE_URL/],
    [{ SHARDS: 'auto' }, /SHARDS=auto needs DATABASE_URL/],
  ])('refuses %j without a database, naming SHARDS and DATABASE_URL', (env, message) => {
    expect(shardingRefusal(parseConfig(env))).toMatch(message);
    expect(shardingRefusal(parseConfig({ ...env, DATABASE_URL }))).toBeNull();
  });

  it('does not refuse one process without a database', () => {
    expect(shardingRefusal(parseConfig({ SHARDS: '1' }))).toBeNull();
    expect(shardingRefusal(parseConfig({}))).toBeNull();
  });
});
