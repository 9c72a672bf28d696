import type { Client } from 'discord.js';
import { type FeedPollResult, type FeedRecord, startFeedPoller, type FeedPoller } from '../../core/ingest/index.js';
import type { PollerLease } from '../../core/ingest/feeds/poller.js';
import type { Newsdesk } from '../../core/newsdesk.js';
import { errorFields, type Logger } from '../../logger.js';
import type { IngestContext } from './context.js';
import { renderAnnouncement, renderAnnouncementSummary } from './renderIngest.js';

/** Items of one feed announced one message each per poll; the rest are counted in one more message. */
export const MAX_ANNOUNCED_ITEMS = 5;

/** Settings of the bot's feed polling. */
export interface BotFeedPolling {
  /** Time between rounds, in milliseconds. */
  intervalMs: number;
  /** The clock (tests fix it). */
  now: () => Date;
  /** The lease that lets one process (shard) at a time poll the shared feeds. */
  lease?: PollerLease;
}

/**
 * Polls the feeds on an interval; after each round the new reports are indexed at once and each
 * feed's new items are announced in its channel, when it has one. Null when feeds are off.
 */
export function startBotFeedPolling(
  client: Client,
  desk: Newsdesk,
  ingest: IngestContext,
  logger: Logger,
  settings: BotFeedPolling,
): FeedPoller | null {
  const { feeds, inbox } = ingest;
  if (!feeds || !inbox) return null;
  return startFeedPoller(feeds, inbox, {
    intervalMs: settings.intervalMs,
    now: settings.now,
    ...(settings.lease ? { lease: settings.lease } : {}),
    onRound: async (results) => {
      const stored = results.flatMap((result) => result.stored);
      if (stored.length) await desk.indexStoredFiles(stored.map((report) => report.file));
      for (const result of results) {
        if (result.new || (result.error && !result.error.startsWith('waiting until'))) {
          const fields = { feed: result.url, new: result.new, skipped: result.skipped, error: result.error ?? null };
          logger.info(fields, 'feed polled');
        }
        const feed = feeds.get(result.url);
        if (feed?.channel && result.stored.length) await announce(client, feed, result, logger);
      }
    },
    onError: (reason) => logger.error({ reason }, 'feed poll round failed; the next round tries again'),
  });
}

/** Posts the new items of one feed in its channel; a channel that cannot be reached is logged, never fatal. */
async function announce(client: Client, feed: FeedRecord, result: FeedPollResult, logger: Logger): Promise<void> {
  try {
    const channel = await client.channels.fetch(feed.channel!);
    if (!channel?.isSendable()) {
      logger.warn({ feed: feed.url, channel: feed.channel }, 'feed channel not found or not writable');
      return;
    }
    for (const report of result.stored.slice(0, MAX_ANNOUNCED_ITEMS))
      await channel.send(renderAnnouncement(feed, report));
    const rest = result.stored.length - MAX_ANNOUNCED_ITEMS;
    if (rest > 0) await channel.send(renderAnnouncementSummary(feed, rest));
  } catch (error) {
    logger.warn({ feed: feed.url, channel: feed.channel, err: errorFields(error) }, 'feed announcement failed');
  }
}
