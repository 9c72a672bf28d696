import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
  type SlashCommandOptionsOnlyBuilder,
} from 'discord.js';
import { z } from 'zod';

import { isoDate } from '../core/load/schema.js';
import type { AnswerKind, AskResult } from '../core/types.js';
import type { CommandContext } from './command.js';
import type { AskPageState } from './pageStore.js';
import { MAX_PAGES, notice, renderAnswerPage } from './render.js';

/** The longest question a slash command takes (Discord's option limit is set to the same). */
export const MAX_QUESTION_CHARS = 500;

const questionOptions = z
  .object({
    query: z
      .string()
      .trim()
      .min(1, 'is empty')
      .max(MAX_QUESTION_CHARS, `is longer than ${MAX_QUESTION_CHARS} characters`),
    from: isoDate.optional(),
    to: isoDate.optional(),
    speaker: z.string().trim().min(1).max(100).optional(),
  })
  .refine((o) => !o.from || !o.to || o.from <= o.to, { message: 'comes before from; swap the dates', path: ['to'] });

/** A question as a command received it: its kind (`ask` routes it as chat does) and options. */
export type QuestionKind = AnswerKind | 'ask';

/**
 * The one handler of /who, /when, /quote, /search and /ask: checks the options, answers,
 * replies, and remembers the question under the reply's message id for the page buttons.
 */
export async function answerQuestion(
  kind: QuestionKind,
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): Promise<number> {
  const parsed = questionOptions.safeParse({
    query: interaction.options.getString(kind === 'ask' ? 'question' : 'query', true),
    from: interaction.options.getString('from') ?? undefined,
    to: interaction.options.getString('to') ?? undefined,
    speaker: interaction.options.getString('speaker') ?? undefined,
  });
  if (!parsed.success) {
    const problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    await interaction.reply({ ...notice(`That did not work: ${problem}.`), flags: MessageFlags.Ephemeral });
    return 0;
  }
  const { query, ...filters } = parsed.data;
  const owner = interaction.user.id;
  return replyWithAnswer(interaction, context, async () => {
    const options = { limit: MAX_PAGES, ...dropEmpty(filters) };
    if (kind !== 'ask') {
      const result = await context.desk.answer(kind, query, options);
      return { result, state: { kind: 'ask', command: kind, query, ...dropEmpty(filters), owner, page: 0 } };
    }
    const chat = await context.desk.converse(query, undefined, options);
    const state: AskPageState = { kind: 'ask', command: chat.routed.command, query: chat.turn.query, owner, page: 0 };
    return { result: chat.result, state: { ...state, ...dropEmpty(filters) } };
  });
}

/**
 * Replies with the first answer in one interaction callback when answers come quickly, and
 * acknowledges first (then edits) only when recent answers were slow: a deferred reply costs
 * a second request, counted against discord.js's global budget of 50 a second.
 */
async function replyWithAnswer(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
  answer: () => Promise<{ result: AskResult; state: AskPageState }>,
): Promise<number> {
  // the interaction's id tells when Discord made it; clocks differ a little, so only a long wait counts
  const slow = context.answerTimes.mayTakeLong(Date.now() - interaction.createdTimestamp);
  if (slow) await interaction.deferReply();
  const started = performance.now();
  const { result, state } = await answer();
  context.answerTimes.record(performance.now() - started);
  const reply = renderAnswerPage(result, 0);
  let messageId: string | undefined;
  if (slow) messageId = (await interaction.editReply(reply)).id;
  else messageId = (await interaction.reply({ ...reply, withResponse: true })).resource?.message?.id;
  // remembered even for one answer: its 👍 / 👎 need to know what was asked
  if (messageId && result.answers.length > 0) context.pages.remember(messageId, state, result);
  return result.answers.length;
}

function dropEmpty<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The `from` / `to` options every question command takes. */
export function addDateOptions<T extends SlashCommandOptionsOnlyBuilder>(data: T): T {
  return data
    .addStringOption((o) =>
      o.setName('from').setDescription('Earliest report date, YYYY-MM-DD').setMinLength(10).setMaxLength(10),
    )
    .addStringOption((o) =>
      o.setName('to').setDescription('Latest report date, YYYY-MM-DD').setMinLength(10).setMaxLength(10),
    ) as T;
}

/** Suggests known people and organisations, or known speakers for the `speaker` option. */
export async function suggestNames(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const kind = focused.name === 'speaker' ? 'speaker' : 'entity';
  const names = await context.desk.knownNames(kind, String(focused.value));
  await interaction.respond(
    names.slice(0, 25).map((name) => ({ name: name.slice(0, 100), value: name.slice(0, 100) })),
  );
}
