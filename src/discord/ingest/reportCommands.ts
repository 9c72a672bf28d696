import { type AutocompleteInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { z } from 'zod';
import { IngestError } from '../../core/ingest/index.js';
import { isoDate } from '../../core/load/schema.js';
import type { CommandContext } from '../command.js';
import { escapeText } from '../escape.js';
import { notice, renderReportPage, reportPages } from '../render.js';
import { addFromChat, type ChatAttachment } from './addReports.js';
import { allowedIngest } from './guard.js';
import { renderAddResult } from './renderIngest.js';

/** Names of the attachment options of `/report add`. */
export const FILE_OPTIONS = ['file', 'file2', 'file3', 'file4', 'file5'] as const;

const addOptions = z.object({
  date: isoDate.optional(),
  title: z.string().trim().min(1).max(300).optional(),
  source: z.string().trim().min(1).max(200).optional(),
  url: z.string().trim().url('is not a link').optional(),
});

/** /report add: attachments and/or a link, stored, indexed at once, and each one named in an ephemeral reply. */
export async function reportAdd(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<number> {
  const ingest = await allowedIngest(interaction, context);
  if (!ingest) return 0;
  const parsed = addOptions.safeParse({
    date: interaction.options.getString('date') ?? undefined,
    title: interaction.options.getString('title') ?? undefined,
    source: interaction.options.getString('source') ?? undefined,
    url: interaction.options.getString('url') ?? undefined,
  });
  const attachments: ChatAttachment[] = [];
  for (const option of FILE_OPTIONS) {
    const file = interaction.options.getAttachment(option);
    if (file) attachments.push({ name: file.name, url: file.url, size: file.size });
  }
  const problem = parsed.success
    ? attachments.length || parsed.data.url
      ? null
      : 'attach a file (file:) or give a link (url:)'
    : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  if (problem || !parsed.success) {
    await interaction.reply({ ...notice(`That did not work: ${problem}.`), flags: MessageFlags.Ephemeral });
    return 0;
  }
  const { url, ...overrides } = parsed.data;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const result = await addFromChat(context.desk, ingest, { attachments, ...(url ? { url } : {}), overrides });
  context.logger.info({ added: result.added.length, refused: result.refused.length }, 'reports added from Discord');
  await interaction.editReply(renderAddResult(result));
  return result.added.length;
}

/** /report remove: the report leaves the index and its file moves to the trash under STATE_DIR. */
export async function reportRemove(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<number> {
  const ingest = await allowedIngest(interaction, context);
  if (!ingest?.inbox) return 0;
  const id = interaction.options.getString('id', true).trim();
  const report = await context.desk.lookUp(id);
  const say = (text: string) => interaction.reply({ ...notice(text), flags: MessageFlags.Ephemeral });
  if (!report) {
    await say(`No report with id “${escapeText(id.slice(0, 100))}”. Start typing to pick one from the list.`);
    return 0;
  }
  try {
    const trashed = await ingest.inbox.remove(report.id, report.origin.file, context.now());
    await context.desk.deleteReports([report.id]);
    context.logger.info({ report: report.id, trash: trashed.name }, 'report removed from Discord');
    await say(
      `Removed ${escapeText(report.id)} (${escapeText(report.title.slice(0, 150))}). ` +
        `Its file is kept in the trash as ${escapeText(trashed.name)}; putting it back restores the report.`,
    );
    return 1;
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    await say(`Not removed: ${escapeText(error.message)}.`);
    return 0;
  }
}

/** /report show: a report, paged with buttons when longer than one embed. */
export async function reportShow(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<number> {
  const id = interaction.options.getString('id', true).trim();
  const report = await context.desk.lookUp(id);
  const inspect = report ? context.desk.inspect(id) : null;
  if (!report || !inspect) {
    const text = `No report with id “${id.slice(0, 100)}”. Start typing to pick one from the list.`;
    await interaction.reply({ ...notice(text), flags: MessageFlags.Ephemeral });
    return 0;
  }
  const response = await interaction.reply({ ...renderReportPage(report, inspect, 0), withResponse: true });
  const messageId = response.resource?.message?.id;
  if (messageId && reportPages(report.text).length > 1) {
    context.pages.remember(messageId, { kind: 'report', reportId: report.id, owner: interaction.user.id, page: 0 });
  }
  return 1;
}

/** Report ids for the `id` option of show and remove: id or title containing what is typed, newest first. */
export async function reportIdChoices(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  const reports = await context.desk.findReports(interaction.options.getFocused());
  const choices = reports.map((r) => ({
    name: `${r.date ?? 'undated'} · ${r.title}`.slice(0, 100),
    value: r.id.slice(0, 100),
  }));
  await interaction.respond(choices);
}
