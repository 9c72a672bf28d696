import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { AskResult } from '../core/types.js';
import type { CommandContext } from './command.js';
import type { AskPageState, PageState, ReportPageState } from './pageStore.js';
import { parsePageId } from './paging.js';
import { MAX_PAGES, notice, renderAnswerPage, renderReportPage } from './render.js';

const EPHEMERAL = MessageFlags.Ephemeral;

/**
 * Previous / Next on an answer or a report. What the message pages through comes from the
 * page store (by message id), never from the message's text. Only the person who asked may page.
 */
export async function handlePageButton(interaction: ButtonInteraction, context: CommandContext): Promise<number> {
  const turn = parsePageId(interaction.customId);
  const state = await pageOf(context, interaction.message);
  if (!turn || !state || state.kind !== turn.kind) {
    await interaction.reply({ ...notice('That button is no longer understood. Ask again.'), flags: EPHEMERAL });
    return 0;
  }
  if (state.owner !== interaction.user.id) {
    const text = 'Only the person who asked can turn these pages. Ask the command yourself to page.';
    await interaction.reply({ ...notice(text), flags: EPHEMERAL });
    return 0;
  }
  return state.kind === 'report'
    ? turnReportPage(interaction, context, state, turn.page)
    : turnAnswerPage(interaction, context, state, turn.page);
}

async function turnReportPage(
  interaction: ButtonInteraction,
  context: CommandContext,
  state: ReportPageState,
  page: number,
): Promise<number> {
  const report = await context.desk.lookUp(state.reportId);
  const inspect = report ? context.desk.inspect(report.id) : null;
  if (!report || !inspect) {
    await interaction.reply({ ...notice('That report is no longer loaded.'), flags: EPHEMERAL });
    return 0;
  }
  await interaction.update(renderReportPage(report, inspect, page));
  context.pages.remember(interaction.message.id, { ...state, page });
  return 1;
}

async function turnAnswerPage(
  interaction: ButtonInteraction,
  context: CommandContext,
  state: AskPageState,
  page: number,
): Promise<number> {
  if (page >= MAX_PAGES) {
    await interaction.reply({ ...notice('That page is out of reach. Ask again.'), flags: EPHEMERAL });
    return 0;
  }
  const messageId = interaction.message.id;
  const result = await answerResult(context, messageId, state);
  await interaction.update(renderAnswerPage(result, page));
  context.pages.remember(messageId, { ...state, page }, result);
  return result.answers.length;
}

/** How long a button on a message sent moments ago waits for the bot to note what the message shows. */
const JUST_SENT_MS = 10_000;
const NOTE_WAIT_MS = 1_000;

/**
 * The page state of a message. A press can reach the bot a moment before the reply that made the
 * message has come back to it (and been noted); for a message that new, wait up to a second.
 */
export async function pageOf(
  context: CommandContext,
  message: { id: string; createdTimestamp: number },
): Promise<PageState | undefined> {
  let state = context.pages.get(message.id);
  if (state || Date.now() - message.createdTimestamp > JUST_SENT_MS) return state;
  const deadline = Date.now() + NOTE_WAIT_MS;
  while (!state && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    state = context.pages.get(message.id);
  }
  return state;
}

/** The result of a message's answer: the first one when still in memory, else the stored question asked again. */
export async function answerResult(
  context: CommandContext,
  messageId: string,
  state: AskPageState,
): Promise<AskResult> {
  // the result of the first answer when still in memory, else the stored question asked again
  const cached = context.pages.result(messageId);
  if (cached) return cached;
  const { command, query, from, to, speaker, reports } = state;
  const options = { from, to, speaker, reports };
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return context.desk.answer(command, query, { limit: MAX_PAGES, ...given });
}
