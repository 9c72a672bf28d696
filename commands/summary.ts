import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { isoDate } from '../src/core/load/schema.js';
import { dayCovered } from '../src/core/summary/schedule.js';
import { dailySummary } from '../src/core/summary/summary.js';
import type { Command } from '../src/discord/command.js';
import { notice } from '../src/discord/render.js';
import { emptyDayNote, renderSummaryMessages } from '../src/discord/renderSummary.js';

/** /summary [date] [post] — a preview for anyone (only they see it); posting to the channel is for admins. */
export default {
  data: new SlashCommandBuilder()
    .setName('summary')
    .setDescription('The daily summary of a day’s reports')
    .addStringOption((o) =>
      o
        .setName('date')
        .setDescription('The day, YYYY-MM-DD (default: the day now ending)')
        .setMinLength(10)
        .setMaxLength(10),
    )
    .addBooleanOption((o) => o.setName('post').setDescription('Post it to the summary channel (admins)')),
  async execute(interaction, { desk, summary: poster, now, timezone }) {
    const given = interaction.options.getString('date');
    const parsed = isoDate.safeParse(given ?? dayCovered(new Date(now().getTime() + 6 * 3_600_000), timezone));
    if (!parsed.success) {
      await interaction.reply({
        ...notice(`date: ${parsed.error.issues[0]?.message ?? 'must be YYYY-MM-DD'}.`),
        flags: MessageFlags.Ephemeral,
      });
      return 0;
    }
    const day = parsed.data;
    if (interaction.options.getBoolean('post')) {
      if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
        await interaction.reply({
          ...notice('Only members who can manage this server may post the summary. Leave out `post` to preview it.'),
          flags: MessageFlags.Ephemeral,
        });
        return 0;
      }
      if (!poster) {
        await interaction.reply({
          ...notice('No summary channel is set (SUMMARY_CHANNEL_ID).'),
          flags: MessageFlags.Ephemeral,
        });
        return 0;
      }
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const outcome = await poster.post(day);
      await interaction.editReply(
        notice(outcome.posted ? `Posted the summary of ${day}.` : `Not posted: ${outcome.reason}.`),
      );
      return outcome.posted ? 1 : 0;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const summary = dailySummary(desk, day);
    if (summary.reportCount === 0) {
      await interaction.editReply(notice(emptyDayNote(day)));
      return 0;
    }
    const [first, ...rest] = renderSummaryMessages(summary);
    await interaction.editReply({ ...first, allowedMentions: { parse: [] } });
    for (const message of rest)
      await interaction.followUp({ ...message, allowedMentions: { parse: [] }, flags: MessageFlags.Ephemeral });
    return summary.stories.length;
  },
} satisfies Command;
