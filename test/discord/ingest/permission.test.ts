import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { type MemberLike, mayManageReports } from '../../../src/discord/ingest/permission.js';

const ROLE = '700000000000000007';
const OTHER = '700000000000000008';
const perms = (bits: bigint) => new PermissionsBitField(bits);
const manager = (roles: string[]) => ({ cache: new Map(roles.map((id) => [id, {}])) });

describe('mayManageReports', () => {
  it.each<[string, MemberLike | null, string[], boolean]>([
    ['no member (a DM)', null, [ROLE], false],
    ['Manage Server, no role', { permissions: perms(PermissionFlagsBits.ManageGuild), roles: [] }, [], true],
    [
      'Administrator implies Manage Server',
      { permissions: perms(PermissionFlagsBits.Administrator), roles: [] },
      [],
      true,
    ],
    ['a role in the list (ids from raw data)', { permissions: perms(0n), roles: [OTHER, ROLE] }, [ROLE], true],
    ['a role in the list (role manager)', { permissions: perms(0n), roles: manager([ROLE]) }, [ROLE], true],
    ['only other roles', { permissions: perms(PermissionFlagsBits.SendMessages), roles: [OTHER] }, [ROLE], false],
    ['no list configured', { permissions: perms(0n), roles: [ROLE] }, [], false],
    ['permissions unknown, no role', { permissions: null, roles: null }, [ROLE], false],
  ])('%s', (_name, member, roleIds, allowed) => {
    expect(mayManageReports(member, roleIds)).toBe(allowed);
  });
});
