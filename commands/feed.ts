import { ChannelType, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { feedAdd, feedList, feedRemove, feedUrlChoices } from '../src/discord/ingest/feedCommands.js';

/** /feed add|list|remove — RSS, Atom and JSON feeds whose new items become reports. */
export default {
  data: new SlashCommandBuilder()
    .setName('feed')
    .setDescription('Follow RSS, Atom and JSON feeds: each new item becomes a report')
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Follow a feed')
        .addStringOption((o) => o.setName('url').setDescription('Feed link').setRequired(true).setMaxLength(2000))
        .addChannelOption((o) =>
          o
            .setName('channel')
            .setDescription('Channel to announce new items in')
            .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
        )
        .addBooleanOption((o) =>
          o.setName('full_text').setDescription('Fetch the whole article from each item link (summary-only feeds)'),
        ),
    )
    .addSubcommand((s) => s.setName('list').setDescription('Feeds followed and their health'))
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Stop following a feed (its reports stay)')
        .addStringOption((o) =>
          o.setName('url').setDescription('Feed link').setRequired(true).setMaxLength(2000).setAutocomplete(true),
        ),
    ),
  async execute(interaction, context) {
    const sub = interaction.options.getSubcommand();
    if (sub === 'add') return feedAdd(interaction, context);
    if (sub === 'remove') return feedRemove(interaction, context);
    return feedList(interaction, context);
  },
  autocomplete: feedUrlChoices,
} satisfies Command;
