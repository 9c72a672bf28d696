import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import type { CommandContext } from '../command.js';
import { notice } from '../render.js';
import type { IngestContext } from './context.js';
import { mayManageReports, NOT_ALLOWED } from './permission.js';

/**
 * The ingest context when the member may manage reports and adding is on; otherwise replies with a
 * short ephemeral no (or what is wrong) and gives null. Feed commands `need` the feeds file too.
 */
export async function allowedIngest(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
  need: 'inbox' | 'feeds' = 'inbox',
): Promise<IngestContext | null> {
  const ingest = context.ingest;
  const member = interaction.inGuild()
    ? { permissions: interaction.memberPermissions, roles: interaction.member?.roles ?? null }
    : null;
  let refusal: string | null = null;
  if (!ingest) refusal = 'Adding reports is not available here.';
  else if (
    !mayManageReports(member as Parameters<typeof mayManageReports>[0], await reportRoles(interaction.guildId, context))
  )
    refusal = NOT_ALLOWED;
  else if (!ingest.inbox) refusal = `Adding reports is off: ${ingest.problem ?? 'no inbox'}.`;
  else if (need === 'feeds' && !ingest.feeds) refusal = `Feeds are off: ${ingest.problem ?? 'no feeds file'}.`;
  if (refusal) {
    await interaction.reply({ ...notice(refusal), flags: MessageFlags.Ephemeral });
    return null;
  }
  return ingest!;
}

/** The roles that may add reports in a server: its /settings, else REPORT_ROLE_IDS. */
export async function reportRoles(guildId: string | null, context: CommandContext): Promise<string[]> {
  const fallback = context.ingest?.roleIds ?? [];
  if (!guildId || !context.settings) return fallback;
  const own = await context.settings.get(guildId).catch(() => undefined);
  return own?.reportRoles ?? fallback;
}
