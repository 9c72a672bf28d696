import { ConfigError, loadConfig } from './config.js';
import { formatProblem } from './core/load/loadReports.js';
import { Newsdesk } from './core/newsdesk.js';
import { runTerminal } from './cli/terminal.js';

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, else the interactive terminal on the reports folder. */
async function start(): Promise<void> {
  const config = loadConfig();
  if (config.DISCORD_TOKEN) {
    const { startBot } = await import('./discord/bot.js');
    const { createLogger } = await import('./logger.js');
    const logger = createLogger(config.LOG_LEVEL);
    // a handler's rejected promise is logged, never fatal
    process.on('unhandledRejection', (reason) => logger.error({ err: String(reason) }, 'unhandled rejection'));
    // signals are handled from the start, so one that arrives while logging in still exits cleanly
    let starting: Promise<{ stop(): Promise<void> }> | null = null;
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      void (starting ?? Promise.resolve(null))
        .then((bot) => bot?.stop())
        .catch(() => undefined)
        .finally(() => process.exit(0));
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
    starting = startBot(config, { logger });
    await starting;
    return;
  }
  const desk = await Newsdesk.open(config.REPORTS_DIR);
  for (const problem of desk.lastLoad.problems) process.stderr.write(`skipped ${formatProblem(problem)}\n`);
  await runTerminal(desk, process.stdin, process.stdout, Boolean(process.stdin.isTTY && process.stdout.isTTY));
}

start().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `newsdesk: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
