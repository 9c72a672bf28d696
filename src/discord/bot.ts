import { Client, Events, GatewayIntentBits, Partials, type Interaction, type Message } from 'discord.js';
import { commandsByName } from '../../commands/index.js';
import type { Config } from '../config.js';
import { formatProblem } from '../core/load/loadReports.js';
import { Newsdesk, type ReloadSummary } from '../core/newsdesk.js';
import { createLogger, errorFields, type Logger } from '../logger.js';
import type { CommandContext } from './command.js';
import { ConversationMemory } from '../core/conversation.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';
import { RateLimiter, type RateLimitOptions } from './rateLimit.js';
import { SummaryPoster } from './summaryPoster.js';
import { NO_MENTIONS } from './render.js';
import { watchFolder, type FolderWatcher } from './watch.js';
import { progressLogger, SnapshotSaver } from './snapshotSaver.js';

export interface RunningBot {
  client: Client;
  desk: Newsdesk;
  logger: Logger;
  /** Logs out, stops watching, lets in-flight work finish. */
  stop(): Promise<void>;
}

export interface BotOptions {
  logger?: Logger;
  now?: () => Date;
  /** Settle time of the folder watcher, in ms. */
  watchSettleMs?: number;
  /** Per-user limit on chat questions. */
  rateLimit?: Partial<RateLimitOptions>;
  /** Per-user limit on slash commands and buttons. */
  commandRateLimit?: Partial<RateLimitOptions>;
  /** Waits between summary post attempts. */
  sleep?: (ms: number) => Promise<void>;
}

/** Loads the reports, logs in and answers interactions until stopped. */
export async function startBot(config: Config, options: BotOptions = {}): Promise<RunningBot> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const now = options.now ?? (() => new Date());
  if (!config.DISCORD_TOKEN) throw new Error('startBot: DISCORD_TOKEN is not set');
  const desk = await Newsdesk.open(config.REPORTS_DIR, { stateDir: config.STATE_DIR }, now());
  const { startup } = desk;
  if (startup.discarded) logger.warn({ reason: startup.discarded }, 'index snapshot discarded; rebuilding it');
  logger.info(
    {
      reports: desk.index.reportCount,
      passages: desk.index.passageCount,
      fromSnapshot: startup.fromSnapshot,
      reprocessed: startup.processed,
      dropped: startup.dropped,
      skipped: desk.lastLoad.skipped,
      seconds: Number(startup.seconds.toFixed(2)),
    },
    `reports loaded: ${startup.fromSnapshot} from the snapshot, ${startup.processed} processed`,
  );
  for (const problem of desk.lastLoad.problems) logger.warn({ problem: formatProblem(problem) }, 'report skipped');
  desk.onIncompleteAnnotations((report) =>
    logger.warn({ report }, 'annotation passed its time budget; report marked incomplete'),
  );

  const saver = new SnapshotSaver(desk, logger);
  let reloading: Promise<ReloadSummary> | null = null;
  const reload = () => {
    reloading ??= desk
      .reload(now())
      .then((summary) => {
        if (summary.added.length + summary.changed.length + summary.removed.length > 0) saver.later();
        return summary;
      })
      .finally(() => {
        reloading = null;
      });
    return reloading;
  };
  const context: CommandContext = {
    desk,
    logger,
    startedAt: now(),
    reload,
    now,
    timezone: config.SUMMARY_TIMEZONE,
    limiter: new RateLimiter(options.commandRateLimit ?? { max: 10, windowMs: 10_000 }, () => now().getTime()),
  };

  const client = new Client({
    // none of these is privileged: the bot reads only messages that mention it, and DMs
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
  });
  client.on(Events.InteractionCreate, (interaction: Interaction) => void handleInteraction(interaction, commandsByName, context));
  const memory = new ConversationMemory({}, () => now().getTime());
  const limiter = new RateLimiter(options.rateLimit ?? {}, () => now().getTime());
  const chat = { channels: config.CHAT_CHANNELS, threads: config.CHAT_THREADS };
  client.on(Events.MessageCreate, (message: Message) => void handleMessage(message, context, memory, limiter, chat));
  client.on(Events.Error, (error) => logger.error({ err: errorFields(error) }, 'client error'));
  client.once(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag }, 'logged in'));

  const warmUp = new AbortController();
  const watcher: FolderWatcher = watchFolder(
    config.REPORTS_DIR,
    async () => {
      try {
        const summary = await reload();
        logger.info({ added: summary.added.length, changed: summary.changed.length, removed: summary.removed.length, skipped: summary.problems.length }, 'reports folder changed');
      } catch (error) {
        logger.error({ err: errorFields(error) }, 'reload after a folder change failed; the previous reports keep serving');
      }
    },
    options.watchSettleMs,
  );

  await client.login(config.DISCORD_TOKEN);
  if (config.SUMMARY_CHANNEL_ID) {
    context.summary = new SummaryPoster(client.rest, desk, logger, {
      channelId: config.SUMMARY_CHANNEL_ID,
      slot: { time: config.SUMMARY_TIME, timezone: config.SUMMARY_TIMEZONE },
      skipEmpty: config.SUMMARY_SKIP_EMPTY,
      catchUpMs: config.SUMMARY_CATCHUP_HOURS * 3_600_000,
      stateDir: config.STATE_DIR,
      attempts: 4,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      now,
    });
    context.summary.start();
    logger.info({ channel: config.SUMMARY_CHANNEL_ID, time: config.SUMMARY_TIME, timezone: config.SUMMARY_TIMEZONE, next: context.summary.nextRun()?.toISOString() }, 'daily summary scheduled');
  }
  // annotate what the snapshot did not have, in worker threads, then save the snapshot
  void desk
    .warmUp(warmUp.signal, { onProgress: progressLogger(logger) })
    .then((result) => {
      logger.info({ annotated: result.annotated, failed: result.failed.length, commonTerms: result.commonTerms, seconds: Number(result.seconds.toFixed(1)) }, 'background annotation done');
      for (const failure of result.failed.slice(0, 20)) logger.warn(failure, 'report could not be annotated');
      if (!warmUp.signal.aborted && (result.annotated > 0 || result.commonTerms > 0 || startup.processed > 0 || startup.dropped > 0)) saver.now();
    })
    .catch((error: unknown) => logger.error({ err: errorFields(error) }, 'background annotation failed; answers annotate as they go'));

  return {
    client,
    desk,
    logger,
    async stop() {
      warmUp.abort();
      saver.stop();
      watcher.close();
      context.summary?.stop();
      await client.destroy();
    },
  };
}
