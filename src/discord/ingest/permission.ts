import { PermissionFlagsBits, type PermissionsBitField } from 'discord.js';

/** The parts of a member (from an interaction or a message) the check needs. */
export interface MemberLike {
  /** The member's permissions in the channel, when known. */
  permissions: Readonly<PermissionsBitField> | null | undefined;
  /** The member's roles: a list of ids (raw interaction data) or a role manager with a cache. */
  roles: string[] | { cache: { keys(): IterableIterator<string> } } | null | undefined;
}

/** The short no everyone else gets. */
export const NOT_ALLOWED =
  'Only members with a reports role or the Manage Server permission may add or remove reports and feeds.';

/** Whether a member may add and remove reports and feeds: Manage Server, or one of `roleIds`. Checked at run time. */
export function mayManageReports(member: MemberLike | null, roleIds: readonly string[]): boolean {
  if (!member) return false;
  if (member.permissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const roles = Array.isArray(member.roles) ? member.roles : member.roles ? [...member.roles.cache.keys()] : [];
  return roles.some((role) => roleIds.includes(role));
}
