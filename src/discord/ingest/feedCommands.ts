import { type AutocompleteInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { IngestError } from '../../core/ingest/index.js';
import type { CommandContext } from '../command.js';
import { escapeText } from '../escape.js';
import { notice } from '../render.js';
import type { IngestContext } from './context.js';
import { allowedIngest } from './guard.js';
import { renderFeedList } from './renderIngest.js';

/** /feed add: follow a feed; its first poll runs at once and takes the latest items only. */
export async function feedAdd(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<number> {
  const ingest = await allowedIngest(interaction, context, 'feeds');
  if (!ingest?.feeds || !ingest.inbox) return 0;
  const url = interaction.options.getString('url', true);
  const channel = interaction.options.getChannel('channel')?.id;
  const fullText = interaction.options.getBoolean('full_text') ?? false;
  const allowPrivateUrls = ingest.inbox.options.allowPrivateUrls;
  try {
    const options = { fullText, allowPrivateUrls, ...(channel ? { channel } : {}) };
    const record = await ingest.feeds.add(url, options, context.now());
    context.logger.info({ feed: record.url, channel: channel ?? null, fullText }, 'feed added from Discord');
    const where = channel ? ` New items will be announced in <#${channel}>.` : '';
    const first = ingest.inbox.options.firstPollItems;
    await interaction.reply({
      ...notice(`Following <${escapeText(record.url)}>. The first poll takes its latest ${first} items.${where}`),
      flags: MessageFlags.Ephemeral,
    });
    pollSoon(ingest, record.url);
    return 1;
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    await interaction.reply({ ...notice(`Not added: ${escapeText(error.message)}.`), flags: MessageFlags.Ephemeral });
    return 0;
  }
}

/**
 * The first poll of a new feed now rather than at the next interval, so it answers within seconds.
 * A round already running may have listed the feeds before this one came: then one more round.
 */
function pollSoon(ingest: IngestContext, url: string): void {
  const poller = ingest.poller;
  if (!poller) return;
  void poller.pollNow().then((results) => {
    if (!results.some((result) => result.url === url)) return poller.pollNow();
  });
}

/** /feed list: each feed with its settings and health. */
export async function feedList(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<number> {
  const ingest = await allowedIngest(interaction, context, 'feeds');
  if (!ingest?.feeds) return 0;
  const feeds = ingest.feeds.list();
  await interaction.reply({ ...renderFeedList(feeds), flags: MessageFlags.Ephemeral });
  return feeds.length;
}

/** /feed remove: stop following a feed (the reports it brought stay). */
export async function feedRemove(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<number> {
  const ingest = await allowedIngest(interaction, context, 'feeds');
  if (!ingest?.feeds) return 0;
  const url = interaction.options.getString('url', true).trim();
  const removed = await ingest.feeds.remove(url);
  if (removed) context.logger.info({ feed: url }, 'feed removed from Discord');
  const text = removed
    ? `No longer following <${escapeText(url)}>. The reports it brought stay.`
    : `Not following “${escapeText(url.slice(0, 200))}”. Start typing to pick a feed from the list.`;
  await interaction.reply({ ...notice(text), flags: MessageFlags.Ephemeral });
  return removed ? 1 : 0;
}

/** Feed links for the `url` option of remove: those containing what is typed. */
export async function feedUrlChoices(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  const typed = interaction.options.getFocused().trim().toLowerCase();
  const feeds = context.ingest?.feeds?.list() ?? [];
  const choices = feeds
    .filter((feed) => feed.url.length <= 100)
    .filter((feed) => !typed || feed.url.toLowerCase().includes(typed) || feed.title?.toLowerCase().includes(typed))
    .slice(0, 25)
    .map((feed) => ({ name: (feed.title ? `${feed.title} · ${feed.url}` : feed.url).slice(0, 100), value: feed.url }));
  await interaction.respond(choices);
}
