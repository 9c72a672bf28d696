import type { Config } from '../../config.js';
import { type FeedPoller, FeedRegistry, IngestError, InboxStore, type IngestOptions } from '../../core/ingest/index.js';
import { reasonOf } from '../../core/ingest/options.js';
import type { StateStore } from '../../core/state/stateStore.js';

/** What the report and feed commands work with; `problem` says why adding is off (a file as REPORTS_DIR). */
export interface IngestContext {
  /** Where reports that come in are written; null when adding is off. */
  inbox: InboxStore | null;
  /** The feeds followed; null when the feeds file could not be read. */
  feeds: FeedRegistry | null;
  /** Why `inbox` or `feeds` is null, for the user and the log. */
  problem: string | null;
  /** Roles whose members may add and remove reports and feeds (Manage Server always may). */
  roleIds: string[];
  /** Feed polling in the background; set once the bot is logged in. */
  poller?: FeedPoller;
}

/** Limits of everything the bot takes in, from the configuration. */
export function botIngestOptions(config: Config): Partial<IngestOptions> {
  return { allowPrivateUrls: config.ALLOW_PRIVATE_URLS };
}

/**
 * Opens the inbox under REPORTS_DIR and the feeds list in the state store (STATE_DIR's
 * `feeds.json`, or the shared database). Neither failing stops the bot: answers keep working
 * and the commands say what is wrong.
 */
export async function openIngest(
  config: Config,
  store: StateStore | string = config.STATE_DIR,
): Promise<IngestContext> {
  const context: IngestContext = { inbox: null, feeds: null, problem: null, roleIds: config.REPORT_ROLE_IDS };
  const options = botIngestOptions(config);
  const problem = (error: unknown, what: string) =>
    error instanceof IngestError ? error.message : `cannot open the ${what}: ${reasonOf(error)}`;
  try {
    context.inbox = await InboxStore.open(config.REPORTS_DIR, config.STATE_DIR, options);
  } catch (error) {
    context.problem = problem(error, 'inbox');
    return context;
  }
  try {
    context.feeds = await FeedRegistry.open(store);
  } catch (error) {
    context.problem = problem(error, 'feeds file');
  }
  return context;
}
