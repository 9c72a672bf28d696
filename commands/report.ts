import { SlashCommandBuilder, type SlashCommandStringOption } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import {
  FILE_OPTIONS,
  reportAdd,
  reportIdChoices,
  reportRemove,
  reportShow,
} from '../src/discord/ingest/reportCommands.js';

/** The `id` option of show and remove: autocompleted from report ids and titles. */
const reportIdOption = (o: SlashCommandStringOption) =>
  o.setName('id').setDescription('Report id or title').setRequired(true).setMaxLength(300).setAutocomplete(true);

/** /report show|add|remove — look a report up; add reports from files or a link; move one to the trash. */
export default {
  data: new SlashCommandBuilder()
    .setName('report')
    .setDescription('Show, add or remove a report')
    .addSubcommand((s) => s.setName('show').setDescription('Show a report').addStringOption(reportIdOption))
    .addSubcommand((s) => {
      s.setName('add').setDescription('Add reports from files (.txt .md .json .jsonl .html .pdf) or a link');
      for (const [i, name] of FILE_OPTIONS.entries()) {
        s.addAttachmentOption((o) => o.setName(name).setDescription(i ? 'Another file' : 'A report file'));
      }
      return s
        .addStringOption((o) => o.setName('url').setDescription('Link to an article or PDF').setMaxLength(2000))
        .addStringOption((o) =>
          o.setName('date').setDescription('Date YYYY-MM-DD, for files without one').setMaxLength(10),
        )
        .addStringOption((o) => o.setName('title').setDescription('Title, for files without one').setMaxLength(300))
        .addStringOption((o) => o.setName('source').setDescription('Source, for files without one').setMaxLength(200));
    })
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Remove a report (its file moves to the trash, restorable)')
        .addStringOption(reportIdOption),
    ),
  async execute(interaction, context) {
    const sub = interaction.options.getSubcommand();
    if (sub === 'add') return reportAdd(interaction, context);
    if (sub === 'remove') return reportRemove(interaction, context);
    return reportShow(interaction, context);
  },
  autocomplete: reportIdChoices,
} satisfies Command;
