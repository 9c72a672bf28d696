import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { isTimeZone } from './core/text/timeZone.js';

/** `KEY=` in a .env file means "not set", not "set to nothing". */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const snowflake = z
  .string()
  .trim()
  .regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

/** Every setting Newsdesk reads from the environment, each on its own. */
const settings = z.object({
  /** Bot token; without it `npm start` opens the terminal mode. */
  DISCORD_TOKEN: optional(z.string().trim().min(20, 'looks too short to be a bot token')),
  /** Application id, needed to deploy commands. */
  DISCORD_CLIENT_ID: optional(snowflake),
  /** Guild for instant command deployment during development; global when unset. */
  DISCORD_GUILD_ID: optional(snowflake),
  /** REST base URL as discord.js takes it in `rest.api` (a proxy, or the fake Discord in tests). */
  DISCORD_API_URL: optional(z.string().trim().url('must be a URL such as http://127.0.0.1:8080/api')),
  /** Folder (or single file) of reports. */
  REPORTS_DIR: optional(z.string().trim()).transform((v) => v ?? 'seeds'),
  /** Folder for state files (index snapshot, summary records). */
  STATE_DIR: optional(z.string().trim()).transform((v) => v ?? '.newsdesk'),
  /** Channel ids where a mention of the bot is answered; unset or empty = every channel it can read. */
  CHAT_CHANNELS: optional(z.string())
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^\d{17,20}$/, 'must be a comma-separated list of channel ids'))),
  /** Answer chat questions in a thread started on the question. */
  CHAT_THREADS: optional(
    z.enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' }),
  ).transform((v) => v === 'true' || v === '1' || v === 'yes'),
  /** Channel the daily summary is posted to; no posting when unset. */
  SUMMARY_CHANNEL_ID: optional(snowflake),
  /** Local time of the daily post, HH:MM (24 h). */
  SUMMARY_TIME: optional(
    z
      .string()
      .trim()
      .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, 00:00 to 23:59'),
  ).transform((v) => v ?? '18:00'),
  /** IANA time zone of SUMMARY_TIME, e.g. Europe/London. */
  SUMMARY_TIMEZONE: optional(
    z.string().trim().refine(isTimeZone, 'must be an IANA time zone such as Europe/London'),
  ).transform((v) => v ?? 'UTC'),
  /** No post at all for a day without reports (else a one-line note). */
  SUMMARY_SKIP_EMPTY: optional(
    z.enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' }),
  ).transform((v) => v === 'true' || v === '1' || v === 'yes'),
  /** After downtime, a slot missed at most this many hours ago is still posted (late). */
  SUMMARY_CATCHUP_HOURS: optional(z.coerce.number().int().min(0).max(168)).transform((v) => v ?? 24),
  /** Let links and feeds reach private, loopback and link-local addresses (off: such links are refused). */
  ALLOW_PRIVATE_URLS: optional(
    z.enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' }),
  ).transform((v) => v === 'true' || v === '1' || v === 'yes'),
  /** Roles whose members may add and remove reports and feeds (Manage Server always may); comma-separated ids. */
  REPORT_ROLE_IDS: optional(z.string())
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^\d{17,20}$/, 'must be a comma-separated list of role ids'))),
  /** Seconds between the bot's feed polls (a feed that failed waits longer, see backoff). */
  FEED_POLL_SECONDS: optional(z.coerce.number().int().min(1).max(86_400)).transform((v) => v ?? 900),
  /** PostgreSQL connection string (postgres://…); reports, annotations and state live there when set. */
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .regex(/^postgres(?:ql)?:\/\/\S+$/, 'must be a postgres:// connection string'),
  ),
  /**
   * A read replica of DATABASE_URL's database (postgres://…, streaming replication): questions
   * read from it, every write still goes to DATABASE_URL. Needs DATABASE_URL.
   */
  DATABASE_READ_URL: optional(
    z
      .string()
      .trim()
      .regex(/^postgres(?:ql)?:\/\/\S+$/, 'must be a postgres:// connection string'),
  ),
  /** Run the bot as several shards (one process each): `auto` or a number; one process when unset. */
  SHARDS: optional(
    z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)], {
      message: 'must be auto or a number from 1 to 64',
    }),
  ),
  /**
   * This process is one shard that discord.js's ShardingManager started (it sets SHARDING_MANAGER,
   * SHARDS to the shard's id and SHARD_COUNT in the shard's environment); never set by hand.
   */
  SHARD_ID: optional(z.coerce.number().int().min(0).max(63)),
  /** Shards in all, in a shard process (SHARD_COUNT from the ShardingManager). */
  SHARD_COUNT: optional(z.coerce.number().int().min(1).max(64)),
  /** Port of the health and metrics server (/healthz, /metrics); no server when unset. */
  METRICS_PORT: optional(z.coerce.number().int().min(1).max(65535, 'must be a port from 1 to 65535')),
  /** Address the health and metrics server listens on. */
  METRICS_HOST: optional(z.string().trim().min(1)).transform((v) => v ?? '127.0.0.1'),
  /** pino level. */
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).transform(
    (v) => v ?? 'info',
  ),
});

/** Every setting Newsdesk reads from the environment, and how they go together. Nothing else reads process.env. */
export const configSchema = settings.refine((config) => !config.DATABASE_READ_URL || config.DATABASE_URL, {
  path: ['DATABASE_READ_URL'],
  message: 'needs DATABASE_URL: the replica is read, every write goes to DATABASE_URL',
});

export type Config = z.infer<typeof configSchema>;

/** Thrown when a variable is missing or malformed; the message names each one. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the given environment (tests pass their own); never echoes values, so a token cannot leak. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(shardEnvironment(env));
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
    );
  }
  return result.data;
}

/**
 * In a shard process the ShardingManager has replaced SHARDS (`auto` or a count, for `npm start`)
 * with this shard's id: read it as SHARD_ID, so the shard does not start shards of its own.
 */
function shardEnvironment(env: Record<string, string | undefined>): Record<string, string | undefined> {
  if (env.SHARDING_MANAGER !== 'true') return { ...env, SHARD_ID: undefined, SHARD_COUNT: undefined };
  return { ...env, SHARDS: undefined, SHARD_ID: env.SHARDS };
}

/** The desk's database options from the configuration (none: the in-memory index). */
export function databaseOptions(config: Config): { databaseUrl?: string; databaseReadUrl?: string } {
  if (!config.DATABASE_URL) return {};
  const read = config.DATABASE_READ_URL;
  return { databaseUrl: config.DATABASE_URL, ...(read ? { databaseReadUrl: read } : {}) };
}

let cached: Config | undefined;

/** The process configuration: .env loaded once, then parsed once. */
export function loadConfig(): Config {
  if (!cached) {
    loadDotenv({ quiet: true });
    cached = parseConfig(process.env);
  }
  return cached;
}
