import { Client, Events, GatewayIntentBits, type Interaction, type Message, Partials } from 'discord.js';
import { type Config, databaseOptions } from '../config.js';
import { ConversationMemory } from '../core/conversation.js';
import { formatProblem } from '../core/load/loadReports.js';
import { Newsdesk, type ReloadSummary, workersBesideAnswers } from '../core/newsdesk.js';
import { SettingsStore } from '../core/settings/guildSettings.js';
import { openStateStore } from '../core/state/openStateStore.js';
import type { StateStore } from '../core/state/stateStore.js';
import { createLogger, errorFields, type Logger } from '../logger.js';
import { AnswerTimes } from './answerTimes.js';
import type { Command, CommandContext } from './command.js';
import { GatewayWatch } from './health.js';
import { type IngestContext, openIngest } from './ingest/context.js';
import { startBotFeedPolling } from './ingest/feedPolling.js';
import { handleInteraction } from './interactions.js';
import type { BotMetrics } from './metrics.js';
import { startObserving } from './observe.js';
import { handleMessage } from './messages.js';
import { PageStore } from './pageStore.js';
import { RateLimiter, type RateLimitOptions } from './rateLimit.js';
import { SeenOnce } from './seenOnce.js';
import { NO_MENTIONS } from './render.js';
import { progressLogger, SnapshotSaver } from './snapshotSaver.js';
import { chatSettingsOf, settingsDefaults } from './serverSettings.js';
import { holderName, localStateDir } from './shardIdentity.js';
import { startSummaries } from './startSummaries.js';
import { type FolderWatcher, watchFolder } from './watch.js';

export interface RunningBot {
  client: Client;
  desk: Newsdesk;
  logger: Logger;
  /** What the answer and report messages page through. */
  pages: PageStore;
  /** What the commands work with: settings, summaries, state store, metrics. */
  context: CommandContext;
  /** The port of /healthz and /metrics, when METRICS_PORT is set. */
  healthPort?: number;
  /** The inbox, the feeds and their poller (benchmarks poll at a chosen moment). */
  ingest: IngestContext;
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
  /** Where settings, summary records and feedback are kept; the file store under STATE_DIR by default. */
  state?: StateStore;
  /** Time between feed polls in ms (FEED_POLL_SECONDS when unset). */
  feedPollMs?: number;
}

/** Loads the reports, logs in and answers `commands` (and chat) until stopped. */
export async function startBot(
  config: Config,
  commands: readonly Command[],
  options: BotOptions = {},
): Promise<RunningBot> {
  const base = options.logger ?? createLogger(config.LOG_LEVEL);
  const logger = config.SHARD_ID === undefined ? base : base.child({ shard: config.SHARD_ID });
  const now = options.now ?? (() => new Date());
  if (!config.DISCORD_TOKEN) throw new Error('startBot: DISCORD_TOKEN is not set');
  const observer = await startObserving(config, logger);
  // the summary record, claims, settings and feedback: shared by every shard in PostgreSQL, else files in
  // STATE_DIR (opened first: a database that cannot be reached stops start-up before the reports load)
  const state = options.state ?? (await openStateStore(config).catch(closeOn(observer)));
  const localDir = localStateDir(config);
  const database = databaseOptions(config);
  const desk = await Newsdesk.open(config.REPORTS_DIR, { stateDir: localDir, ...database }, now()).catch(
    closeOn(observer),
  );
  logStartup(desk, logger);
  // before login: the first answer or added report must not wait for the models to load
  desk.loadExtractors();
  const saver = new SnapshotSaver(desk, logger);
  const pages = PageStore.inStateDir(localDir);
  const ingest = await openIngest(config, state);
  if (ingest.problem) logger.warn({ problem: ingest.problem }, 'adding reports or feeds is off');
  if (pages.lastError) logger.warn({ problem: pages.lastError }, 'paging state not read; older buttons ask again');
  const context: CommandContext = {
    desk,
    logger,
    startedAt: now(),
    reload: serialisedReload(desk, saver, now, observer?.metrics),
    now,
    timezone: config.SUMMARY_TIMEZONE,
    limiter: new RateLimiter(options.commandRateLimit ?? { max: 10, windowMs: 10_000 }, () => now().getTime()),
    pages,
    answerTimes: new AnswerTimes(),
    state,
    settings: new SettingsStore(state),
    defaults: settingsDefaults(config),
    ...(observer ? { metrics: observer.metrics } : {}),
    ingest,
  };
  const client = createClient(config);
  if (observer) Object.assign(observer.sources, { desk, client, gateway: new GatewayWatch(client) });
  listen(client, context, new Map(commands.map((c) => [c.data.name, c])), options);
  const watcher = watchReports(config.REPORTS_DIR, context, options.watchSettleMs);
  context.watchError = watcher.lastError;

  await client.login(config.DISCORD_TOKEN);
  context.summary = startSummaries(config, context, options.sleep);
  const intervalMs = options.feedPollMs ?? config.FEED_POLL_SECONDS * 1000;
  const lease = { store: state, holder: holderName(config), ttlMs: Math.max(60_000, 3 * intervalMs) };
  ingest.poller = startBotFeedPolling(client, desk, ingest, logger, { intervalMs, now, lease }) ?? undefined;
  // feeds are polled once at start-up too, so a restart picks up where it stopped
  if (ingest.feeds?.list().length) void ingest.poller?.pollNow();
  const warmUp = new AbortController();
  warmInBackground(desk, logger, saver, warmUp.signal);
  return {
    client,
    desk,
    logger,
    pages,
    context,
    ...(observer ? { healthPort: observer.server.port } : {}),
    ingest,
    async stop() {
      warmUp.abort();
      saver.stop();
      watcher.close();
      context.summary?.stop();
      await ingest.poller?.stop();
      pages.flush();
      await client.destroy();
      await desk.close();
      await context.state?.close();
      await observer?.server.close();
    },
  };
}

/** On a failed start-up step: closes the health server before the error goes on. */
function closeOn(observer: Awaited<ReturnType<typeof startObserving>>): (error: unknown) => Promise<never> {
  return async (error) => {
    await observer?.server.close();
    throw error;
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
function serialisedReload(
  desk: Newsdesk,
  saver: SnapshotSaver,
  now: () => Date,
  metrics?: BotMetrics,
): () => Promise<ReloadSummary> {
  let reloading: Promise<ReloadSummary> | null = null;
  return () => {
    reloading ??= desk
      .reload(now())
      .then(
        (summary) => {
          metrics?.reload('ok');
          if (summary.added.length + summary.changed.length + summary.removed.length > 0) saver.later();
          return summary;
        },
        (error: unknown) => {
          metrics?.reload('failed');
          throw error;
        },
      )
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

function listen(client: Client, context: CommandContext, commands: Map<string, Command>, options: BotOptions): void {
  const { logger, now } = context;
  const seen = new SeenOnce();
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (seen.first(interaction.id)) void handleInteraction(interaction, commands, context);
  });
  const memory = new ConversationMemory({}, () => now().getTime());
  const limiter = new RateLimiter(options.rateLimit ?? {}, () => now().getTime());
  const chat = (guildId: string | null) => chatSettingsOf(context, guildId);
  client.on(Events.MessageCreate, (message: Message) => {
    if (seen.first(message.id)) void handleMessage(message, context, memory, limiter, chat);
  });
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

/** Annotates what the snapshot did not have, in worker threads, then saves the snapshot. */
function warmInBackground(desk: Newsdesk, logger: Logger, saver: SnapshotSaver, signal: AbortSignal): void {
  const { startup } = desk;
  void desk
    .warmUp(signal, { onProgress: progressLogger(logger), workers: workersBesideAnswers })
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
