import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Newsdesk, ReloadSummary } from '../core/newsdesk.js';
import type { Logger } from '../logger.js';
import type { SettingsDefaults, SettingsStore } from '../core/settings/guildSettings.js';
import type { StateStore } from '../core/state/stateStore.js';
import type { AnswerTimes } from './answerTimes.js';
import type { BotMetrics } from './metrics.js';
import type { IngestContext } from './ingest/context.js';
import type { PageStore } from './pageStore.js';
import type { RateLimiter } from './rateLimit.js';
import type { SummarySchedule } from './summarySchedule.js';

/** What a command handler may use: the loaded reports and the bot's own state. */
export interface CommandContext {
  desk: Newsdesk;
  logger: Logger;
  startedAt: Date;
  /** Reads the reports folder again (one reload at a time). */
  reload(): Promise<ReloadSummary>;
  /** The clock, so tests can fix it. */
  now(): Date;
  /** The daily summaries of every configured channel (SUMMARY_CHANNEL_ID and /settings). */
  summary?: SummarySchedule;
  /** Time zone for "today" (SUMMARY_TIMEZONE). */
  timezone: string;
  /** Per-user limit on slash commands and buttons. */
  limiter: RateLimiter;
  /** What each answer or report message pages through, by message id. */
  pages: PageStore;
  /** How long recent answers took: whether the next one should acknowledge first. */
  answerTimes: AnswerTimes;
  /** The folder watcher's last error, if it has one. */
  watchError?: () => string | null;
  /** Where settings, summary records and feedback are kept (the file store under STATE_DIR by default). */
  state?: StateStore;
  /** Prometheus metrics, when METRICS_PORT is set. */
  metrics?: BotMetrics;
  /** Each server's /settings, in the state store. */
  settings?: SettingsStore;
  /** The environment's settings: what a server without its own works with. */
  defaults?: SettingsDefaults;
  /** The inbox and the feeds, for adding and removing reports (absent in tests that build a bare context). */
  ingest?: IngestContext;
}

/** One slash command: its definition and a thin handler. `execute` returns how many results it showed. */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<number | undefined>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
}

export type ButtonHandler = (interaction: ButtonInteraction, context: CommandContext) => Promise<number | undefined>;
