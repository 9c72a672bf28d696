import { MessageFlags, type Interaction } from 'discord.js';
import { errorFields } from '../logger.js';
import { handlePageButton } from './buttons.js';
import { handleFeedbackButton } from './feedbackButton.js';
import type { Command, CommandContext } from './command.js';
import { notice } from './render.js';

const FAILED = 'Sorry, something went wrong answering that. It has been logged; try again in a moment.';

/**
 * The one error boundary for interactions: routes each to its handler, logs one line with
 * command, latency and result count, and turns any failure into a short ephemeral reply.
 * Never rejects.
 */
export async function handleInteraction(
  interaction: Interaction,
  commands: Map<string, Command>,
  context: CommandContext,
): Promise<void> {
  const started = performance.now();
  const name =
    interaction.isChatInputCommand() || interaction.isAutocomplete()
      ? interaction.commandName
      : interaction.isButton()
        ? 'button'
        : `type ${interaction.type}`;
  const kind = interaction.isAutocomplete() ? 'autocomplete' : interaction.isButton() ? 'button' : 'command';
  let results: number | undefined;
  try {
    if ((interaction.isChatInputCommand() || interaction.isButton()) && !context.limiter.allow(interaction.user.id)) {
      await interaction.reply({
        ...notice('You are going faster than I can keep up with. Give it a few seconds, then try again.'),
        flags: MessageFlags.Ephemeral,
      });
      context.logger.info(
        {
          command: name,
          kind,
          user: interaction.user.id,
          latencyMs: Math.round(performance.now() - started),
          results: 0,
          limited: true,
        },
        'interaction',
      );
      context.metrics?.command(name, 'limited', 0);
      return;
    }
    if (interaction.isChatInputCommand()) {
      const command = commands.get(interaction.commandName);
      if (!command) throw new Error(`unknown command /${interaction.commandName}`);
      results = await command.execute(interaction, context);
    } else if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, context);
      else await interaction.respond([]);
    } else if (interaction.isButton()) {
      if (interaction.customId.startsWith('nd:f:')) results = await handleFeedbackButton(interaction, context);
      else if (interaction.customId.startsWith('nd:')) results = await handlePageButton(interaction, context);
    }
    context.logger.info(
      {
        command: name,
        kind,
        user: interaction.user.id,
        latencyMs: Math.round(performance.now() - started),
        results: results ?? null,
      },
      'interaction',
    );
    context.metrics?.command(name, 'ok', (performance.now() - started) / 1000);
  } catch (error) {
    context.logger.error(
      {
        command: name,
        kind,
        user: interaction.user.id,
        latencyMs: Math.round(performance.now() - started),
        err: errorFields(error),
      },
      'interaction failed',
    );
    context.metrics?.command(name, 'failed', (performance.now() - started) / 1000);
    await tellUser(interaction).catch((replyError: unknown) =>
      context.logger.warn({ err: errorFields(replyError) }, 'could not send the error reply'),
    );
  }
}

async function tellUser(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  const reply = { ...notice(FAILED), flags: MessageFlags.Ephemeral as const };
  if (interaction.deferred || interaction.replied) await interaction.followUp(reply);
  else await interaction.reply(reply);
}
