import { type ChatInputCommandInteraction, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Newsdesk } from '../src/core/newsdesk.js';
import { isoDate } from '../src/core/load/schema.js';
import { dayCovered } from '../src/core/summary/schedule.js';
import type { DailySummary } from '../src/core/summary/summary.js';
import type { Command } from '../src/discord/command.js';
import { notice, readableDate } from '../src/discord/render.js';
import { emptyDayNote, renderSummaryMessages } from '../src/discord/renderSummary.js';

/** /summary [date] [post] [since] — a preview for anyone (only they see it); posting to the channel is for admins. */
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
    .addBooleanOption((o) => o.setName('post').setDescription('Post it to the summary channel (admins)'))
    .addStringOption((o) =>
      o
        .setName('since')
        .setDescription('Instead: the stories of every report dated after this day, YYYY-MM-DD')
        .setMinLength(10)
        .setMaxLength(10),
    ),
  async execute(interaction, { desk, summary: poster, now, timezone }) {
    const since = interaction.options.getString('since');
    if (since !== null) return previewSince(interaction, desk, since);
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
      if (!poster?.postersFor(interaction.guildId).length) {
        await interaction.reply({
          ...notice('No summary channel is set (SUMMARY_CHANNEL_ID, or `/settings summary-channel`).'),
          flags: MessageFlags.Ephemeral,
        });
        return 0;
      }
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const outcomes = await poster.post(day, interaction.guildId);
      const lines = outcomes.map((o) => (o.posted ? `Posted the summary of ${day}.` : `Not posted: ${o.reason}.`));
      await interaction.editReply(notice(lines.join('\n')));
      return outcomes.filter((o) => o.posted).length;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    return showSummary(interaction, await desk.summary(day), emptyDayNote(day));
  },
} satisfies Command;

/** `since:<date>`: the stories of the reports dated after it (the core picks them), only to the one asking. */
async function previewSince(interaction: ChatInputCommandInteraction, desk: Newsdesk, given: string): Promise<number> {
  const parsed = isoDate.safeParse(given);
  if (!parsed.success) {
    const problem = parsed.error.issues[0]?.message ?? 'must be YYYY-MM-DD';
    await interaction.reply({ ...notice(`since: ${problem}.`), flags: MessageFlags.Ephemeral });
    return 0;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const empty = `No reports dated after ${readableDate(parsed.data)}.`;
  return showSummary(interaction, await desk.summary(parsed.data, { since: true }), empty);
}

/** A summary as the deferred ephemeral reply and follow-ups, or the note when it has no reports. */
async function showSummary(
  interaction: ChatInputCommandInteraction,
  summary: DailySummary,
  empty: string,
): Promise<number> {
  if (summary.reportCount === 0) {
    await interaction.editReply(notice(empty));
    return 0;
  }
  const [first, ...rest] = renderSummaryMessages(summary);
  await interaction.editReply({ ...first, allowedMentions: { parse: [] } });
  for (const message of rest)
    await interaction.followUp({ ...message, allowedMentions: { parse: [] }, flags: MessageFlags.Ephemeral });
  return summary.stories.length;
}
