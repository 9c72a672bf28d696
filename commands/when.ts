import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { addDateOptions, answerQuestion, MAX_QUESTION_CHARS } from '../src/discord/question.js';

/** /when query:<text> [from] [to] — when something happened, dates resolved against each report. */
export default {
  data: addDateOptions(
    new SlashCommandBuilder()
      .setName('when')
      .setDescription('When something happened, with dates resolved against each report')
      .addStringOption((o) =>
        o.setName('query').setDescription('A topic or a question').setRequired(true).setMaxLength(MAX_QUESTION_CHARS),
      ),
  ),
  execute: (interaction, context) => answerQuestion('when', interaction, context),
} satisfies Command;
