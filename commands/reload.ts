import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { notice, renderReload } from '../src/discord/render.js';

/** /reload — admins only: read the reports folder again and say what changed. */
export default {
  data: new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Read the reports folder again (admins)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),
  async execute(interaction, { reload }) {
    // the server may have changed who sees the command: check again here
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await interaction.reply({
        ...notice('Only members who can manage this server may reload the reports.'),
        flags: MessageFlags.Ephemeral,
      });
      return 0;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const summary = await reload();
    await interaction.editReply(renderReload(summary));
    return summary.added.length + summary.changed.length + summary.removed.length;
  },
} satisfies Command;
