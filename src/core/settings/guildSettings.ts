import { z } from 'zod';
import type { StateStore } from '../state/stateStore.js';
import { isTimeZone } from '../text/timeZone.js';

/** A Discord id: 17 to 20 digits. */
export const discordId = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

/** HH:MM, 24 hours. */
export const slotTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, 00:00 to 23:59');

/** An IANA time zone the runtime knows. */
export const timeZone = z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/London');

/** The longest topic word list or saved query. */
export const MAX_TOPIC_CHARS = 300;

const topicWords = z
  .array(z.string().trim().min(1).max(60, 'a word is longer than 60 characters'))
  .max(20, 'has more than 20 words');

/**
 * What a summary channel is about: reports with any `include` word (or that the saved search
 * `query` finds), never those with an `exclude` word. No topic: every report of the day.
 */
export const summaryTopic = z.object({
  include: topicWords.default([]),
  exclude: topicWords.default([]),
  query: z.string().trim().min(1).max(MAX_TOPIC_CHARS, `is longer than ${MAX_TOPIC_CHARS} characters`).optional(),
});
export type SummaryTopic = z.infer<typeof summaryTopic>;

/** One channel that gets the daily summary; time and zone default to the server's. */
export const summaryChannel = z.object({
  channelId: discordId,
  time: slotTime.optional(),
  timezone: timeZone.optional(),
  topic: summaryTopic.optional(),
});
export type SummaryChannel = z.infer<typeof summaryChannel>;

/** A server's settings; an unset field falls back to the environment (SUMMARY_*, CHAT_*, REPORT_ROLE_IDS). */
export const guildSettings = z.object({
  /** Channels that get the daily summary (at most 10 per server). */
  summaryChannels: z.array(summaryChannel).max(10, 'at most 10 summary channels').optional(),
  summaryTime: slotTime.optional(),
  summaryTimezone: timeZone.optional(),
  summarySkipEmpty: z.boolean().optional(),
  /** Channels where mentions are answered; empty = every channel the bot can read. */
  chatChannels: z.array(discordId).max(50, 'at most 50 chat channels').optional(),
  chatThreads: z.boolean().optional(),
  /** Roles whose members may add reports (Manage Server always may). */
  reportRoles: z.array(discordId).max(25, 'at most 25 roles').optional(),
});
export type GuildSettings = z.infer<typeof guildSettings>;

/** The defaults for a server with no settings: the environment's. */
export interface SettingsDefaults {
  summaryChannelId?: string | undefined;
  summaryTime: string;
  summaryTimezone: string;
  summarySkipEmpty: boolean;
  chatChannels: string[];
  chatThreads: boolean;
  reportRoles: string[];
}

/** A server's settings with every default filled in. */
export interface EffectiveSettings {
  summaryChannels: Array<Required<Omit<SummaryChannel, 'topic'>> & { topic?: SummaryTopic }>;
  summarySkipEmpty: boolean;
  chatChannels: string[];
  chatThreads: boolean;
  reportRoles: string[];
}

/** The settings a server works with: its own where set, the environment's where not. */
export function effectiveSettings(own: GuildSettings | undefined, defaults: SettingsDefaults): EffectiveSettings {
  const time = own?.summaryTime ?? defaults.summaryTime;
  const timezone = own?.summaryTimezone ?? defaults.summaryTimezone;
  const channels = own?.summaryChannels ?? [];
  return {
    summaryChannels: channels.map((c) => ({
      channelId: c.channelId,
      time: c.time ?? time,
      timezone: c.timezone ?? timezone,
      ...(c.topic ? { topic: c.topic } : {}),
    })),
    summarySkipEmpty: own?.summarySkipEmpty ?? defaults.summarySkipEmpty,
    chatChannels: own?.chatChannels ?? defaults.chatChannels,
    chatThreads: own?.chatThreads ?? defaults.chatThreads,
    reportRoles: own?.reportRoles ?? defaults.reportRoles,
  };
}

const INDEX_KEY = 'settings/index';
const keyOf = (guildId: string) => `settings/${discordId.parse(guildId)}`;

/**
 * Server settings in the state store: `settings/<guildId>` per server and `settings/index`
 * listing the servers that have any, so the summary schedule can find every channel.
 */
export class SettingsStore {
  constructor(private readonly store: StateStore) {}

  /** A server's own settings; undefined when it has none (or they no longer pass the schema). */
  async get(guildId: string): Promise<GuildSettings | undefined> {
    const parsed = guildSettings.safeParse(await this.store.get(keyOf(guildId)));
    return parsed.success ? parsed.data : undefined;
  }

  /**
   * Applies `change` to a server's settings and stores the result if it passes the schema;
   * otherwise throws a SettingsError naming each problem and stores nothing.
   */
  async change(guildId: string, change: (current: GuildSettings) => GuildSettings): Promise<GuildSettings> {
    // a change that fails the schema throws inside the update, so the store writes nothing
    const saved = await this.store.update(keyOf(guildId), (current) => {
      const before = guildSettings.safeParse(current ?? {});
      const next = guildSettings.safeParse(change(before.success ? before.data : {}));
      if (!next.success)
        throw new SettingsError(next.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`));
      return next.data;
    });
    await this.store.update(INDEX_KEY, (current) => {
      const ids = z
        .array(z.string())
        .catch([])
        .parse(current ?? []);
      return ids.includes(guildId) ? ids : [...ids, guildId];
    });
    return saved;
  }

  /** The servers that have settings. */
  async guilds(): Promise<string[]> {
    return z
      .array(discordId)
      .catch([])
      .parse((await this.store.get(INDEX_KEY)) ?? []);
  }
}

/** Settings that did not pass the schema: `problems` names each field and what is wrong. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'SettingsError';
  }
}
