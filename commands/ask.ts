import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { MAX_PAGES, renderAnswerPage } from '../src/discord/render.js';

/** /ask question:<text> — any question, routed to who, when, quote or search as in chat. */
export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question; it is answered as who, when, quote or search')
    .addStringOption((o) => o.setName('question').setDescription('For example: when did Hasanov meet the US delegation?').setRequired(true).setMaxLength(500)),
  async execute(interaction, { desk }) {
    await interaction.deferReply();
    const chat = desk.chat(interaction.options.getString('question', true), undefined, { limit: MAX_PAGES });
    await interaction.editReply(renderAnswerPage(chat.result, { command: chat.routed.command, owner: interaction.user.id, index: 0 }));
    return chat.result.answers.length;
  },
} satisfies Command;
