import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { type FeedbackOutcome, type FeedbackRecord, recordFeedback } from '../core/feedback/feedback.js';
import { answerResult, pageOf } from './buttons.js';
import type { CommandContext } from './command.js';
import { parseFeedbackId } from './paging.js';
import { notice } from './render.js';

const EPHEMERAL = MessageFlags.Ephemeral;

const THANKS: Record<FeedbackOutcome, Record<FeedbackRecord['verdict'], string>> = {
  recorded: { up: 'Thanks: noted that this answer helped. 👍', down: 'Thanks: noted that this answer was wrong. 👎' },
  changed: { up: 'Changed your verdict on this answer to 👍.', down: 'Changed your verdict on this answer to 👎.' },
  unchanged: { up: 'You already gave this answer a 👍.', down: 'You already gave this answer a 👎.' },
};

/**
 * 👍 / 👎 on an answer: anyone who sees the answer may judge it, once per answer (pressing the
 * other button changes the verdict). What was asked and answered comes from the page store,
 * never from the message text. Answers ephemerally; returns 1 when a verdict was recorded.
 */
export async function handleFeedbackButton(interaction: ButtonInteraction, context: CommandContext): Promise<number> {
  const press = parseFeedbackId(interaction.customId);
  const state = await pageOf(context, interaction.message);
  if (!press || state?.kind !== 'ask' || !context.state) {
    await interaction.reply({ ...notice('That button is no longer understood. Ask again.'), flags: EPHEMERAL });
    return 0;
  }
  const result = await answerResult(context, interaction.message.id, state);
  const answer = result.answers[press.index];
  if (!answer) {
    await interaction.reply({ ...notice('That answer is no longer there. Ask again.'), flags: EPHEMERAL });
    return 0;
  }
  const citation = answer.citations[0];
  const outcome = await recordFeedback(context.state, {
    at: context.now().toISOString(),
    messageId: interaction.message.id,
    index: press.index,
    userId: interaction.user.id,
    verdict: press.verdict,
    command: result.command,
    question: state.query,
    answer: answer.text,
    reportId: citation?.reportId ?? null,
    start: citation?.start ?? null,
    end: citation?.end ?? null,
    passage: citation?.passage ?? null,
  });
  context.metrics?.feedback(press.verdict, outcome);
  await interaction.reply({ ...notice(THANKS[outcome][press.verdict]), flags: EPHEMERAL });
  return outcome === 'unchanged' ? 0 : 1;
}
