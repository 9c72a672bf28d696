import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { notice, renderReportPage } from '../src/discord/render.js';

/** /report id:<autocomplete> — a report, paged with buttons when longer than one embed. */
export default {
  data: new SlashCommandBuilder()
    .setName('report')
    .setDescription('Show a report')
    .addStringOption((o) => o.setName('id').setDescription('Report id or title').setRequired(true).setMaxLength(300).setAutocomplete(true)),
  async execute(interaction, { desk }) {
    const id = interaction.options.getString('id', true).trim();
    const report = desk.report(id);
    const inspect = report ? desk.inspect(id) : null;
    if (!report || !inspect) {
      await interaction.reply({ ...notice(`No report with id “${id.slice(0, 100)}”. Start typing to pick one from the list.`), flags: MessageFlags.Ephemeral });
      return 0;
    }
    await interaction.reply(renderReportPage(report, inspect, 0, interaction.user.id));
    return 1;
  },
  async autocomplete(interaction, { desk }) {
    const reports = desk.findReports(interaction.options.getFocused());
    await interaction.respond(reports.map((r) => ({ name: `${r.date ?? 'undated'} · ${r.title}`.slice(0, 100), value: r.id.slice(0, 100) })));
  },
} satisfies Command;
