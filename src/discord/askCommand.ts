import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { z } from 'zod';
import { isoDate } from '../core/load/schema.js';
import type { AnswerKind } from '../core/types.js';
import type { Command, CommandContext } from './command.js';
import { MAX_PAGES, notice, renderAnswerPage } from './render.js';

const DESCRIPTIONS: Record<AnswerKind, string> = {
  who: 'Which people and organisations are involved in a topic',
  when: 'When something happened, with dates resolved against each report',
  quote: 'Verbatim quotations about a topic and who said them',
  search: 'The passages that best match a topic',
};

const askOptions = z.object({
  query: z.string().trim().min(1, 'is empty').max(500, 'is longer than 500 characters'),
  from: isoDate.optional(),
  to: isoDate.optional(),
  speaker: z.string().trim().min(1).max(100).optional(),
});

/** The shared definition of /who, /when, /quote and /search. */
export function askCommand(command: AnswerKind): Command {
  const data = new SlashCommandBuilder()
    .setName(command)
    .setDescription(DESCRIPTIONS[command])
    .addStringOption((o) => o.setName('query').setDescription('A topic or a question').setRequired(true).setMaxLength(500).setAutocomplete(command === 'who'));
  if (command === 'quote') {
    data.addStringOption((o) => o.setName('speaker').setDescription('Only quotations by this speaker').setMaxLength(100).setAutocomplete(true));
  }
  data
    .addStringOption((o) => o.setName('from').setDescription('Earliest report date, YYYY-MM-DD').setMinLength(10).setMaxLength(10))
    .addStringOption((o) => o.setName('to').setDescription('Latest report date, YYYY-MM-DD').setMinLength(10).setMaxLength(10));
  return {
    data,
    execute: (interaction, context) => answer(command, interaction, context),
    autocomplete: async (interaction, context) => {
      const focused = interaction.options.getFocused(true);
      const kind = focused.name === 'speaker' ? 'speaker' : 'entity';
      const names = context.desk.knownNames(kind, String(focused.value));
      await interaction.respond(names.slice(0, 25).map((name) => ({ name: name.slice(0, 100), value: name.slice(0, 100) })));
    },
  };
}

async function answer(command: AnswerKind, interaction: ChatInputCommandInteraction, context: CommandContext): Promise<number> {
  const parsed = askOptions.safeParse({
    query: interaction.options.getString('query', true),
    from: interaction.options.getString('from') ?? undefined,
    to: interaction.options.getString('to') ?? undefined,
    speaker: interaction.options.getString('speaker') ?? undefined,
  });
  if (!parsed.success) {
    const problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    await interaction.reply({ ...notice(`That did not work: ${problem}.`), flags: MessageFlags.Ephemeral });
    return 0;
  }
  // answers on a large, cold index can take a moment: acknowledge first, then answer
  await interaction.deferReply();
  const { query, from, to, speaker } = parsed.data;
  const options = { limit: MAX_PAGES, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(speaker ? { speaker } : {}) };
  const result = context.desk.ask(command, query, options);
  await interaction.editReply(renderAnswerPage(result, { command, owner: interaction.user.id, index: 0, ...options }));
  return result.answers.length;
}
