import {
  type ChatInputCommandInteraction,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import { MAX_TOPIC_CHARS, SettingsError } from '../src/core/settings/guildSettings.js';
import type { Command, CommandContext } from '../src/discord/command.js';
import { notice } from '../src/discord/render.js';
import { OptionError, settingsChange } from '../src/discord/settingsChange.js';
import { renderSettings } from '../src/discord/settingsView.js';

const EPHEMERAL = MessageFlags.Ephemeral;
/** Discord's own limit on a string option; zod says what is too long in words. */
const LONG = 6000;

const channelOption = (s: SlashCommandSubcommandBuilder, description: string) =>
  s.addStringOption((o) => o.setName('channel').setDescription(description).setRequired(true).setMaxLength(100));

/** /settings — per-server settings (Manage Server, checked again when run). */
export default {
  data: new SlashCommandBuilder()
    .setName('settings')
    .setDescription('This server’s Newsdesk settings (Manage Server)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((s) => s.setName('show').setDescription('Show the settings and which are defaults'))
    .addSubcommand((s) =>
      channelOption(s.setName('summary-channel').setDescription('Add or change a daily summary channel'), 'The channel')
        .addStringOption((o) => o.setName('time').setDescription('Its own time, HH:MM').setMaxLength(LONG))
        .addStringOption((o) => o.setName('timezone').setDescription('Its own IANA time zone').setMaxLength(LONG))
        .addStringOption((o) =>
          o
            .setName('include')
            .setDescription('Only reports with any of these words (comma-separated)')
            .setMaxLength(LONG),
        )
        .addStringOption((o) =>
          o.setName('exclude').setDescription('Never reports with these words (comma-separated)').setMaxLength(LONG),
        )
        .addStringOption((o) =>
          o
            .setName('query')
            .setDescription(`Also reports a search for this finds (up to ${MAX_TOPIC_CHARS} characters)`)
            .setMaxLength(LONG),
        ),
    )
    .addSubcommand((s) =>
      channelOption(s.setName('summary-remove').setDescription('Stop a daily summary channel'), 'The channel'),
    )
    .addSubcommand((s) =>
      s
        .setName('summary-time')
        .setDescription('Time and time zone of the daily summaries')
        .addStringOption((o) =>
          o.setName('time').setDescription('HH:MM, 24 hours').setRequired(true).setMaxLength(LONG),
        )
        .addStringOption((o) =>
          o.setName('timezone').setDescription('IANA zone, e.g. Europe/London').setMaxLength(LONG),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('skip-empty')
        .setDescription('No post for a day without reports')
        .addBooleanOption((o) => o.setName('skip').setDescription('Skip empty days').setRequired(true)),
    )
    .addSubcommand((s) =>
      s
        .setName('chat-channels')
        .setDescription('Channels where mentions are answered')
        .addStringOption((o) =>
          o
            .setName('channels')
            .setDescription('Channel mentions or ids, or "all"')
            .setRequired(true)
            .setMaxLength(LONG),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('threads')
        .setDescription('Answer mentions in a thread')
        .addBooleanOption((o) => o.setName('on').setDescription('Threads on').setRequired(true)),
    )
    .addSubcommand((s) =>
      s
        .setName('report-roles')
        .setDescription('Roles whose members may add reports')
        .addStringOption((o) =>
          o.setName('roles').setDescription('Role mentions or ids, or "none"').setRequired(true).setMaxLength(LONG),
        ),
    ),
  async execute(interaction, context) {
    const { settings, defaults } = context;
    if (!interaction.inGuild() || !settings || !defaults) {
      await interaction.reply({ ...notice('Settings belong to a server: use /settings there.'), flags: EPHEMERAL });
      return 0;
    }
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      const text = 'Only members who can manage this server may see or change its settings.';
      await interaction.reply({ ...notice(text), flags: EPHEMERAL });
      return 0;
    }
    if (interaction.options.getSubcommand() === 'show') {
      await interaction.reply({
        ...renderSettings(await settings.get(interaction.guildId), defaults),
        flags: EPHEMERAL,
      });
      return 1;
    }
    return change(interaction, context);
  },
} satisfies Command;

/** Checks and stores one change; a bad value gets a clear ephemeral message and stores nothing. */
async function change(interaction: ChatInputCommandInteraction<'cached' | 'raw'>, context: CommandContext) {
  const refuse = async (problem: string) => {
    await interaction.reply({ ...notice(`Not changed: ${problem}.`), flags: EPHEMERAL });
    return 0;
  };
  let asked: ReturnType<typeof settingsChange>;
  try {
    asked = settingsChange(interaction);
  } catch (error) {
    if (error instanceof OptionError) return refuse(error.message);
    throw error;
  }
  for (const id of asked.channels) {
    const channel = await interaction.client.channels.fetch(id, { allowUnknownGuild: true }).catch(() => null);
    const guildId = channel && 'guildId' in channel ? channel.guildId : null;
    if (guildId !== interaction.guildId) return refuse(`channel ${id} is not a channel of this server`);
  }
  try {
    await context.settings!.change(interaction.guildId, asked.apply);
  } catch (error) {
    if (error instanceof SettingsError) return refuse(error.problems.join('; '));
    throw error;
  }
  await context.summary?.refresh();
  await interaction.reply({ ...notice(asked.done), flags: EPHEMERAL });
  return 1;
}
