import type { Message } from 'discord.js';
import { errorFields } from '../../logger.js';
import type { CommandContext } from '../command.js';
import { notice, type Reply } from '../render.js';
import { addFromChat } from './addReports.js';
import { reportRoles } from './guard.js';
import { mayManageReports, NOT_ALLOWED } from './permission.js';
import { renderAddResult } from './renderIngest.js';

/** Replies in the channel never ping, not even the author. */
const NO_PING = { parse: [] as never[], repliedUser: false };

/**
 * A message in a server that mentions the bot with attachments: the files are added with the same
 * checks as `/report add`, and the reply in the channel names each report added or refused.
 */
export async function addFromMessage(message: Message<true>, context: CommandContext): Promise<void> {
  const reply = (body: Reply) => message.reply({ ...body, allowedMentions: NO_PING });
  const ingest = context.ingest;
  const member = message.member ? { permissions: message.member.permissions, roles: message.member.roles } : null;
  try {
    if (!ingest || !mayManageReports(member, await reportRoles(message.guildId, context))) {
      await reply(notice(ingest ? NOT_ALLOWED : 'Adding reports is not available here.'));
      return;
    }
    if (!ingest.inbox) {
      await reply(notice(`Adding reports is off: ${ingest.problem ?? 'no inbox'}.`));
      return;
    }
    const attachments = [...message.attachments.values()].map((a) => ({ name: a.name, url: a.url, size: a.size }));
    const result = await addFromChat(context.desk, ingest, { attachments, overrides: {} });
    const counts = { added: result.added.length, refused: result.refused.length, user: message.author.id };
    context.logger.info(counts, 'reports added from a message');
    await reply(renderAddResult(result));
  } catch (error) {
    context.logger.error({ user: message.author.id, err: errorFields(error) }, 'adding attached reports failed');
    await reply(notice('Sorry, adding those files failed. It has been logged; try again in a moment.')).catch(
      () => undefined,
    );
  }
}
