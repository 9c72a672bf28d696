import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { addDateOptions, answerQuestion, MAX_QUESTION_CHARS } from '../src/discord/question.js';

/** /search query:<text> [from] [to] — the passages that best match a topic. */
export default {
  data: addDateOptions(
    new SlashCommandBuilder()
      .setName('search')
      .setDescription('The passages that best match a topic')
      .addStringOption((o) =>
        o.setName('query').setDescription('A topic or a question').setRequired(true).setMaxLength(MAX_QUESTION_CHARS),
      ),
  ),
  execute: (interaction, context) => answerQuestion('search', interaction, context),
} satisfies Command;
