import { ChannelType, type Message } from 'discord.js';
import type { ChatAnswer } from '../core/answer/chat.js';
import { isFollowUp } from '../core/answer/route.js';
import type { ConversationMemory } from '../core/conversation.js';
import { errorFields } from '../logger.js';
import type { CommandContext } from './command.js';
import { addFromMessage } from './ingest/mention.js';
import type { AskPageState } from './pageStore.js';
import type { RateLimiter } from './rateLimit.js';
import { MAX_PAGES, notice, renderAnswerPage, type Reply } from './render.js';

export interface ChatSettings {
  /** Channels where mentions are answered; empty = all. DMs are always answered. */
  channels: string[];
  /** Answer in a thread started on the question. */
  threads: boolean;
}

/** Replies never ping, not even the person asked. */
const NO_PING = { parse: [] as never[], repliedUser: false };

/**
 * A message is a question when it mentions the bot (not through @everyone or a role), is a DM,
 * or replies to one of the bot's answers (a reply mentions its author unless the asker turned
 * that off, and Discord only gives the bot the content of messages that mention it or DMs).
 */
export async function handleMessage(
  message: Message,
  context: CommandContext,
  memory: ConversationMemory,
  limiter: RateLimiter,
  chatSettings: ChatSettings | ((guildId: string | null) => Promise<ChatSettings>),
): Promise<void> {
  const me = message.client.user;
  if (!me || message.author.bot || message.author.id === me.id || message.system) return;
  const isDM = message.channel.type === ChannelType.DM;
  const mentioned = message.mentions.has(me, { ignoreEveryone: true, ignoreRoles: true, ignoreRepliedUser: false });
  if (!isDM && !mentioned) return;
  const settings = typeof chatSettings === 'function' ? await chatSettings(message.guildId) : chatSettings;
  if (!isDM && settings.channels.length && !settings.channels.includes(message.channelId)) return;
  // files sent to the bot are reports to add, not a question
  if (!isDM && message.inGuild() && message.attachments.size > 0) return addFromMessage(message, context);
  const question = message.content
    .replace(new RegExp(`<@!?${me.id}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const started = performance.now();
  try {
    if (!question) {
      await send(
        message,
        notice('Ask me a question, for example “who met Laura Cooper?” or “when did Hasanov meet the US delegation?”.'),
        settings,
      );
      return;
    }
    if (!limiter.allow(message.author.id)) {
      await send(
        message,
        notice('You are asking faster than I can keep up with. Give it half a minute, then ask again.'),
        settings,
      );
      return;
    }
    const previous = message.reference?.messageId ? memory.recall(message.reference.messageId) : undefined;
    const chat = await context.desk.converse(question.slice(0, 500), previous, { limit: MAX_PAGES });
    const sent = await send(message, renderAnswerPage(chat.result, 0), settings);
    if (sent) memory.remember(sent.id, chat.turn);
    if (sent && chat.result.answers.length > 0) {
      // a follow-up was answered within the reports the previous answer cited: its pages are too
      const scope = previous && isFollowUp(question) ? previous.reports : [];
      context.pages.remember(sent.id, pageState(chat, scope, message.author.id), chat.result);
    }
    context.logger.info(
      {
        command: `chat:${chat.routed.command}`,
        kind: 'message',
        user: message.author.id,
        followUp: Boolean(previous),
        latencyMs: Math.round(performance.now() - started),
        results: chat.result.answers.length,
      },
      'interaction',
    );
    context.metrics?.command(`chat:${chat.routed.command}`, 'ok', (performance.now() - started) / 1000);
  } catch (error) {
    context.logger.error(
      { command: 'chat', kind: 'message', user: message.author.id, err: errorFields(error) },
      'chat question failed',
    );
    context.metrics?.command('chat', 'failed', (performance.now() - started) / 1000);
    await send(
      message,
      notice('Sorry, something went wrong answering that. It has been logged; try again in a moment.'),
      settings,
    ).catch(() => undefined);
  }
}

/** What the answer's buttons page through: the question as answered (a follow-up's scope included). */
function pageState(chat: ChatAnswer, reports: string[], owner: string): AskPageState {
  const { command, query } = chat.turn;
  return { kind: 'ask', command, query, ...(reports.length ? { reports: reports.slice(0, 200) } : {}), owner, page: 0 };
}

async function send(message: Message, reply: Reply, settings: ChatSettings): Promise<Message | null> {
  const body = { ...reply, allowedMentions: NO_PING };
  if (
    settings.threads &&
    message.inGuild() &&
    !message.channel.isThread() &&
    message.channel.type === ChannelType.GuildText
  ) {
    const thread = await message.startThread({
      name:
        message.content
          .replace(/<@!?\d+>/g, '')
          .trim()
          .slice(0, 90) || 'Question',
    });
    return thread.send(body);
  }
  return message.reply(body);
}
