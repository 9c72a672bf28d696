import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { addDateOptions, answerQuestion, MAX_QUESTION_CHARS, suggestNames } from '../src/discord/question.js';

/** /quote query:<text> [speaker] [from] [to] — verbatim quotations about a topic and who said them. */
export default {
  data: addDateOptions(
    new SlashCommandBuilder()
      .setName('quote')
      .setDescription('Verbatim quotations about a topic and who said them')
      .addStringOption((o) =>
        o.setName('query').setDescription('A topic or a question').setRequired(true).setMaxLength(MAX_QUESTION_CHARS),
      )
      .addStringOption((o) =>
        o.setName('speaker').setDescription('Only quotations by this speaker').setMaxLength(100).setAutocomplete(true),
      ),
  ),
  execute: (interaction, context) => answerQuestion('quote', interaction, context),
  autocomplete: suggestNames,
} satisfies Command;
