import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { addDateOptions, answerQuestion, MAX_QUESTION_CHARS, suggestNames } from '../src/discord/question.js';

/** /who query:<text> [from] [to] — which people and organisations are involved in a topic. */
export default {
  data: addDateOptions(
    new SlashCommandBuilder()
      .setName('who')
      .setDescription('Which people and organisations are involved in a topic')
      .addStringOption((o) =>
        o
          .setName('query')
          .setDescription('A topic or a question')
          .setRequired(true)
          .setMaxLength(MAX_QUESTION_CHARS)
          .setAutocomplete(true),
      ),
  ),
  execute: (interaction, context) => answerQuestion('who', interaction, context),
  autocomplete: suggestNames,
} satisfies Command;
