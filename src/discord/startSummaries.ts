import { REST } from 'discord.js';
import type { Config } from '../config.js';
import { errorFields } from '../logger.js';
import type { CommandContext } from './command.js';
import { holderName } from './shardIdentity.js';
import { SummarySchedule } from './summarySchedule.js';

/** How often the summary schedule reads the settings again (another shard may have changed them). */
const SETTINGS_REFRESH_MS = 5 * 60_000;

/**
 * The daily posts keep their own retries (with backoff; the nonce makes them safe), so their
 * REST client retries nothing itself: 4 attempts mean 4 requests.
 */
export function startSummaries(
  config: Config,
  context: CommandContext,
  sleep?: (ms: number) => Promise<void>,
): SummarySchedule {
  const rest = new REST({ retries: 0, ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}) });
  rest.setToken(config.DISCORD_TOKEN!);
  const shared = {
    catchUpMs: config.SUMMARY_CATCHUP_HOURS * 3_600_000,
    stateDir: config.STATE_DIR,
    holder: holderName(config),
    attempts: 4,
    sleep: sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    now: context.now,
    ...(context.state ? { store: context.state } : {}),
    onOutcome: (outcome: 'sent' | 'skipped' | 'failed' | 'taken') => context.metrics?.summary(outcome),
  };
  const schedule = new SummarySchedule(
    rest,
    context.desk,
    context.logger,
    shared,
    context.defaults!,
    context.settings!,
  );
  void schedule
    .refresh()
    .catch((error: unknown) => context.logger.error({ err: errorFields(error) }, 'daily summaries not scheduled'));
  schedule.refreshEvery(SETTINGS_REFRESH_MS);
  return schedule;
}
