import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { answerQuestion, MAX_QUESTION_CHARS } from '../src/discord/question.js';

/** /ask question:<text> — any question, routed to who, when, quote or search as in chat. */
export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question; it is answered as who, when, quote or search')
    .addStringOption((o) =>
      o
        .setName('question')
        .setDescription('For example: when did Hasanov meet the US delegation?')
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_CHARS),
    ),
  execute: (interaction, context) => answerQuestion('ask', interaction, context),
} satisfies Command;
