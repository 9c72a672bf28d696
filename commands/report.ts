import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { notice, renderReportPage, reportPages } from '../src/discord/render.js';

/** /report id:<autocomplete> — a report, paged with buttons when longer than one embed. */
export default {
  data: new SlashCommandBuilder()
    .setName('report')
    .setDescription('Show a report')
    .addStringOption((o) =>
      o.setName('id').setDescription('Report id or title').setRequired(true).setMaxLength(300).setAutocomplete(true),
    ),
  async execute(interaction, { desk, pages }) {
    const id = interaction.options.getString('id', true).trim();
    const report = await desk.lookUp(id);
    const inspect = report ? desk.inspect(id) : null;
    if (!report || !inspect) {
      const text = `No report with id “${id.slice(0, 100)}”. Start typing to pick one from the list.`;
      await interaction.reply({ ...notice(text), flags: MessageFlags.Ephemeral });
      return 0;
    }
    const response = await interaction.reply({ ...renderReportPage(report, inspect, 0), withResponse: true });
    const messageId = response.resource?.message?.id;
    if (messageId && reportPages(report.text).length > 1) {
      pages.remember(messageId, { kind: 'report', reportId: report.id, owner: interaction.user.id, page: 0 });
    }
    return 1;
  },
  async autocomplete(interaction, { desk }) {
    const reports = desk.findReports(interaction.options.getFocused());
    const choices = reports.map((r) => ({
      name: `${r.date ?? 'undated'} · ${r.title}`.slice(0, 100),
      value: r.id.slice(0, 100),
    }));
    await interaction.respond(choices);
  },
} satisfies Command;
