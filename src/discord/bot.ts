import { Client, Events, GatewayIntentBits, type Interaction, type Message, Partials, REST } from 'discord.js';
import type { Config } from '../config.js';
import { ConversationMemory } from '../core/conversation.js';
import { formatProblem } from '../core/load/loadReports.js';
import { Newsdesk, type ReloadSummary } from '../core/newsdesk.js';
import { createLogger, errorFields, type Logger } from '../logger.js';
import { AnswerTimes } from './answerTimes.js';
import type { Command, CommandContext } from './command.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';
import { PageStore } from './pageStore.js';
import { RateLimiter, type RateLimitOptions } from './rateLimit.js';
import { NO_MENTIONS } from './render.js';
import { progressLogger, SnapshotSaver } from './snapshotSaver.js';
import { SummaryPoster } from './summaryPoster.js';
import { type FolderWatcher, watchFolder } from './watch.js';

export interface RunningBot {
  client: Client;
  desk: Newsdesk;
  logger: Logger;
  /** What the answer and report messages page through. */
  pages: PageStore;
  /** Logs out, stops watching, saves the paging state, lets in-flight work finish. */
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

/** Loads the reports, logs in and answers `commands` (and chat) until stopped. */
export async function startBot(
  config: Config,
  commands: readonly Command[],
  options: BotOptions = {},
): Promise<RunningBot> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const now = options.now ?? (() => new Date());
  if (!config.DISCORD_TOKEN) throw new Error('startBot: DISCORD_TOKEN is not set');
  const database = config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {};
  const desk = await Newsdesk.open(config.REPORTS_DIR, { stateDir: config.STATE_DIR, ...database }, now());
  logStartup(desk, logger);
  const saver = new SnapshotSaver(desk, logger);
  const pages = PageStore.inStateDir(config.STATE_DIR);
  if (pages.lastError) logger.warn({ problem: pages.lastError }, 'paging state not read; older buttons ask again');
  const context: CommandContext = {
    desk,
    logger,
    startedAt: now(),
    reload: serialisedReload(desk, saver, now),
    now,
    timezone: config.SUMMARY_TIMEZONE,
    limiter: new RateLimiter(options.commandRateLimit ?? { max: 10, windowMs: 10_000 }, () => now().getTime()),
    pages,
    answerTimes: new AnswerTimes(),
  };
  const client = createClient(config);
  listen(client, config, context, new Map(commands.map((c) => [c.data.name, c])), options);
  const watcher = watchReports(config.REPORTS_DIR, context, options.watchSettleMs);
  context.watchError = watcher.lastError;

  await client.login(config.DISCORD_TOKEN);
  if (config.SUMMARY_CHANNEL_ID) context.summary = startSummary(config, desk, logger, now, options);
  const warmUp = new AbortController();
  warmInBackground(desk, logger, saver, warmUp.signal);
  return {
    client,
    desk,
    logger,
    pages,
    async stop() {
      warmUp.abort();
      saver.stop();
      watcher.close();
      context.summary?.stop();
      pages.flush();
      await client.destroy();
      await desk.close();
    },
  };
}

function logStartup(desk: Newsdesk, logger: Logger): void {
  const { startup } = desk;
  if (startup.discarded) logger.warn({ reason: startup.discarded }, 'index snapshot discarded; rebuilding it');
  const fields = {
    reports: desk.counts().reports,
    passages: desk.counts().passages,
    fromSnapshot: startup.fromSnapshot,
    reprocessed: startup.processed,
    dropped: startup.dropped,
    skipped: desk.lastLoad.skipped,
    seconds: Number(startup.seconds.toFixed(2)),
  };
  logger.info(fields, `reports loaded: ${startup.fromSnapshot} from the snapshot, ${startup.processed} processed`);
  for (const problem of desk.lastLoad.problems) logger.warn({ problem: formatProblem(problem) }, 'report skipped');
  desk.onIncompleteAnnotations((report) =>
    logger.warn({ report }, 'annotation passed its time budget; report marked incomplete'),
  );
}

/** One reload at a time; a reload that changed something saves the snapshot a little later. */
function serialisedReload(desk: Newsdesk, saver: SnapshotSaver, now: () => Date): () => Promise<ReloadSummary> {
  let reloading: Promise<ReloadSummary> | null = null;
  return () => {
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
}

function createClient(config: Config): Client {
  return new Client({
    // none of these is privileged: the bot reads only messages that mention it, and DMs
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
  });
}

function listen(
  client: Client,
  config: Config,
  context: CommandContext,
  commands: Map<string, Command>,
  options: BotOptions,
): void {
  const { logger, now } = context;
  client.on(
    Events.InteractionCreate,
    (interaction: Interaction) => void handleInteraction(interaction, commands, context),
  );
  const memory = new ConversationMemory({}, () => now().getTime());
  const limiter = new RateLimiter(options.rateLimit ?? {}, () => now().getTime());
  const chat = { channels: config.CHAT_CHANNELS, threads: config.CHAT_THREADS };
  client.on(Events.MessageCreate, (message: Message) => void handleMessage(message, context, memory, limiter, chat));
  client.on(Events.Error, (error) => logger.error({ err: errorFields(error) }, 'client error'));
  client.once(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag }, 'logged in'));
}

/** Reloads on every settled change of the reports folder; errors go to the log and to /status. */
function watchReports(path: string, context: CommandContext, settleMs?: number): FolderWatcher {
  const { logger } = context;
  return watchFolder(
    path,
    async () => {
      const summary = await context.reload();
      const { added, changed, removed, problems } = summary;
      const counts = {
        added: added.length,
        changed: changed.length,
        removed: removed.length,
        skipped: problems.length,
      };
      logger.info(counts, 'reports folder changed');
    },
    {
      ...(settleMs === undefined ? {} : { settleMs }),
      onError(error, restartInMs) {
        if (restartInMs === null) {
          logger.error(
            { err: errorFields(error) },
            'reload after a folder change failed; the previous reports keep serving',
          );
        } else
          logger.error({ err: errorFields(error), restartInMs }, 'watching the reports folder failed; watching again');
      },
    },
  );
}

/**
 * The daily post keeps its own retries (with backoff; the nonce makes them safe), so its REST
 * client retries nothing itself: 4 attempts mean 4 requests.
 */
function startSummary(config: Config, desk: Newsdesk, logger: Logger, now: () => Date, options: BotOptions) {
  const rest = new REST({ retries: 0, ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}) });
  rest.setToken(config.DISCORD_TOKEN!);
  const poster = new SummaryPoster(rest, desk, logger, {
    channelId: config.SUMMARY_CHANNEL_ID!,
    slot: { time: config.SUMMARY_TIME, timezone: config.SUMMARY_TIMEZONE },
    skipEmpty: config.SUMMARY_SKIP_EMPTY,
    catchUpMs: config.SUMMARY_CATCHUP_HOURS * 3_600_000,
    stateDir: config.STATE_DIR,
    attempts: 4,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now,
  });
  poster.start();
  const slot = { channel: config.SUMMARY_CHANNEL_ID, time: config.SUMMARY_TIME, timezone: config.SUMMARY_TIMEZONE };
  logger.info({ ...slot, next: poster.nextRun()?.toISOString() }, 'daily summary scheduled');
  return poster;
}

/** Annotates what the snapshot did not have, in worker threads, then saves the snapshot. */
function warmInBackground(desk: Newsdesk, logger: Logger, saver: SnapshotSaver, signal: AbortSignal): void {
  const { startup } = desk;
  void desk
    .warmUp(signal, { onProgress: progressLogger(logger) })
    .then((result) => {
      const seconds = Number(result.seconds.toFixed(1));
      const counts = { annotated: result.annotated, failed: result.failed.length, commonTerms: result.commonTerms };
      logger.info({ ...counts, seconds }, 'background annotation done');
      for (const failure of result.failed.slice(0, 20)) logger.warn(failure, 'report could not be annotated');
      const changed = result.annotated + result.commonTerms + startup.processed + startup.dropped > 0;
      if (!signal.aborted && changed) saver.now();
    })
    .catch((error: unknown) =>
      logger.error({ err: errorFields(error) }, 'background annotation failed; answers annotate as they go'),
    );
}
