import { type Config, ConfigError, databaseOptions, loadConfig } from './config.js';
import { formatProblem } from './core/load/loadReports.js';
import { NO_CHAT_DEADLINE, Newsdesk, workersBesideAnswers } from './core/newsdesk.js';
import { runTerminal } from './cli/terminal.js';
import type { Logger } from './logger.js';

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, else the interactive terminal on the reports folder. */
async function start(): Promise<void> {
  const config = loadConfig();
  if (config.DISCORD_TOKEN) {
    const { wantsShards } = await import('./discord/shards.js');
    if (wantsShards(config)) return runShards(config);
    const { startBot } = await import('./discord/bot.js');
    const { commands } = await import('../commands/index.js');
    const { createLogger } = await import('./logger.js');
    const logger = createLogger(config.LOG_LEVEL);
    // a handler's rejected promise is logged, never fatal
    process.on('unhandledRejection', (reason) => logger.error({ err: String(reason) }, 'unhandled rejection'));
    await runUntilSignal(logger, 'shutting down', () => startBot(config, commands, { logger }));
    return;
  }
  const database = databaseOptions(config);
  // a terminal reader can wait: answers never depend on how far the background annotation has got
  const options = { stateDir: config.STATE_DIR, index: NO_CHAT_DEADLINE, ...database };
  const desk = await Newsdesk.open(config.REPORTS_DIR, options);
  for (const problem of desk.lastLoad.problems) process.stderr.write(`skipped ${formatProblem(problem)}\n`);
  const { startup } = desk;
  if (startup.discarded) process.stderr.write(`index snapshot discarded (${startup.discarded}); rebuilding it\n`);
  if (startup.fromSnapshot)
    process.stderr.write(`${startup.fromSnapshot} reports from the snapshot, ${startup.processed} processed\n`);
  // annotate in worker threads while questions are answered, then save the snapshot for the next start
  const warmUp = new AbortController();
  const progress = process.stderr.isTTY ? progressLine() : undefined;
  const warming = desk
    .warmUp(warmUp.signal, { workers: workersBesideAnswers, ...(progress ? { onProgress: progress } : {}) })
    .then(async (result) => {
      if (!warmUp.signal.aborted && (result.annotated || result.commonTerms || startup.processed || startup.dropped))
        await desk.saveSnapshot();
    })
    .catch((error: unknown) => process.stderr.write(`background annotation stopped: ${(error as Error).message}\n`));
  await runTerminal(desk, process.stdin, process.stdout, Boolean(process.stdin.isTTY && process.stdout.isTTY));
  warmUp.abort();
  await warming;
}

/** SHARDS=auto or above 1: one process per shard (each runs this entry with SHARD_ID), until a signal. */
async function runShards(config: Config): Promise<void> {
  const { startShards, shardingRefusal } = await import('./discord/shards.js');
  const refusal = shardingRefusal(config);
  if (refusal) throw new Error(refusal);
  const { createLogger } = await import('./logger.js');
  const logger = createLogger(config.LOG_LEVEL);
  await runUntilSignal(logger, 'stopping the shards', () => startShards(config, logger));
}

/**
 * Starts what `start` starts and, on SIGTERM or SIGINT, stops it and exits. Signals are handled
 * from the start, so one that arrives while it is still starting (logging in) exits cleanly too.
 */
async function runUntilSignal(
  logger: Logger,
  message: string,
  start: () => Promise<{ stop(): Promise<void> }>,
): Promise<void> {
  let starting: Promise<{ stop(): Promise<void> }> | null = null;
  const shutdown = (signal: string) => {
    logger.info({ signal }, message);
    void (starting ?? Promise.resolve(null))
      .then((running) => running?.stop())
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  starting = start();
  await starting;
}

/** "annotating 5000/20000 reports" on stderr every ten seconds during a long warm-up. */
function progressLine(): (done: number, total: number) => void {
  let last = Date.now();
  return (done, total) => {
    if (Date.now() - last < 10_000) return;
    last = Date.now();
    process.stderr.write(`annotating in the background: ${done}/${total} reports\n`);
  };
}

start().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `newsdesk: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
