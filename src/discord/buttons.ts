import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { CommandContext } from './command.js';
import { parsePageId } from './paging.js';
import { MAX_PAGES, notice, queryFromAuthor, renderAnswerPage, renderReportPage, reportIdFromFooter } from './render.js';

/** Previous / Next on an answer or a report. Only the person who asked may page. */
export async function handlePageButton(interaction: ButtonInteraction, context: CommandContext): Promise<number> {
  const page = parsePageId(interaction.customId);
  if (!page) {
    await interaction.reply({ ...notice('That button is no longer understood. Ask again.'), flags: MessageFlags.Ephemeral });
    return 0;
  }
  if (page.owner !== interaction.user.id) {
    await interaction.reply({ ...notice('Only the person who asked can turn these pages. Ask the command yourself to page.'), flags: MessageFlags.Ephemeral });
    return 0;
  }
  const embed = interaction.message.embeds[0];
  if (page.kind === 'report') {
    const id = reportIdFromFooter(embed?.footer?.text);
    const report = id ? context.desk.report(id) : undefined;
    const inspect = report ? context.desk.inspect(report.id) : null;
    if (!report || !inspect) {
      await interaction.reply({ ...notice('That report is no longer loaded.'), flags: MessageFlags.Ephemeral });
      return 0;
    }
    await interaction.update(renderReportPage(report, inspect, page.page, page.owner));
    return 1;
  }
  const query = queryFromAuthor(embed?.author?.name);
  if (!query || page.index < 0 || page.index >= MAX_PAGES) {
    await interaction.reply({ ...notice('That page is out of reach. Ask again.'), flags: MessageFlags.Ephemeral });
    return 0;
  }
  const { kind: _kind, ...pageFields } = page;
  const options = { limit: MAX_PAGES, ...(page.from ? { from: page.from } : {}), ...(page.to ? { to: page.to } : {}), ...(page.speaker ? { speaker: page.speaker } : {}) };
  const result = context.desk.ask(page.command, query, options);
  await interaction.update(renderAnswerPage(result, pageFields));
  return result.answers.length;
}
