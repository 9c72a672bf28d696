import type { REST } from 'discord.js';
import type { Newsdesk } from '../core/newsdesk.js';
import {
  effectiveSettings,
  type SettingsDefaults,
  type SettingsStore,
  type SummaryTopic,
} from '../core/settings/guildSettings.js';
import type { StateStore } from '../core/state/stateStore.js';
import { errorFields, type Logger } from '../logger.js';
import { type PostOutcome, SummaryPoster, type SummaryPosterOptions } from './summaryPoster.js';

/** One channel's daily summary: where, when, on what. */
export interface ScheduledChannel {
  /** The server whose settings name the channel; null for SUMMARY_CHANNEL_ID. */
  guildId: string | null;
  channelId: string;
  time: string;
  timezone: string;
  skipEmpty: boolean;
  topic?: SummaryTopic;
}

/** What every channel's poster shares. */
export type SharedPosterOptions = Pick<
  SummaryPosterOptions,
  'catchUpMs' | 'stateDir' | 'attempts' | 'sleep' | 'now'
> & {
  store?: StateStore;
  onOutcome?: SummaryPosterOptions['onOutcome'];
};

/**
 * The daily summaries of every configured channel, each with its own poster (own time, zone,
 * topic, record file and claims): SUMMARY_CHANNEL_ID with the environment's settings, and the
 * summary channels of every server's /settings (a server's setting wins for a channel it names).
 * `refresh` follows changed settings: a changed channel gets a new poster, a removed one stops.
 */
export class SummarySchedule {
  private timer: NodeJS.Timeout | null = null;
  private readonly posters = new Map<string, { signature: string; channel: ScheduledChannel; poster: SummaryPoster }>();

  constructor(
    private readonly rest: REST,
    private readonly desk: Newsdesk,
    private readonly logger: Logger,
    private readonly shared: SharedPosterOptions,
    private readonly defaults: SettingsDefaults,
    private readonly settings: SettingsStore,
  ) {}

  /** Every channel that gets a summary now, from the environment and the stored settings. */
  async channels(): Promise<ScheduledChannel[]> {
    const byChannel = new Map<string, ScheduledChannel>();
    const { summaryChannelId, summaryTime, summaryTimezone, summarySkipEmpty } = this.defaults;
    if (summaryChannelId) {
      const channel = { guildId: null, channelId: summaryChannelId, time: summaryTime, timezone: summaryTimezone };
      byChannel.set(summaryChannelId, { ...channel, skipEmpty: summarySkipEmpty });
    }
    for (const guildId of await this.settings.guilds()) {
      const own = await this.settings.get(guildId);
      if (!own) continue;
      const effective = effectiveSettings(own, this.defaults);
      for (const c of effective.summaryChannels)
        byChannel.set(c.channelId, { guildId, ...c, skipEmpty: effective.summarySkipEmpty });
    }
    return [...byChannel.values()];
  }

  /** Starts, restarts or stops posters so that each configured channel has one with its settings. */
  async refresh(): Promise<void> {
    const wanted = await this.channels();
    const ids = new Set(wanted.map((c) => c.channelId));
    for (const [id, entry] of this.posters)
      if (!ids.has(id)) {
        entry.poster.stop();
        this.posters.delete(id);
      }
    for (const channel of wanted) {
      const signature = JSON.stringify(channel);
      if (this.posters.get(channel.channelId)?.signature === signature) continue;
      this.posters.get(channel.channelId)?.poster.stop();
      const poster = new SummaryPoster(this.rest, this.desk, this.logger, this.optionsFor(channel));
      this.posters.set(channel.channelId, { signature, channel, poster });
      poster.start();
      const { channelId, time, timezone, guildId } = channel;
      const next = poster.nextRun()?.toISOString();
      this.logger.info({ channel: channelId, guild: guildId, time, timezone, next }, 'daily summary scheduled');
    }
  }

  private optionsFor(channel: ScheduledChannel): SummaryPosterOptions {
    // the environment's channel keeps its record file and nonces; a settings channel has its own
    const own = channel.guildId !== null;
    return {
      ...this.shared,
      channelId: channel.channelId,
      slot: { time: channel.time, timezone: channel.timezone },
      skipEmpty: channel.skipEmpty,
      ...(channel.topic ? { topic: channel.topic } : {}),
      ...(own ? { stateFile: `summary-state-${channel.channelId}.json`, nonceTag: nonceTag(channel.channelId) } : {}),
    };
  }

  /** The posters of a server's channels (the environment's channel for a server without any). */
  postersFor(guildId: string | null): SummaryPoster[] {
    const entries = [...this.posters.values()];
    const own = entries.filter((e) => e.channel.guildId !== null && e.channel.guildId === guildId);
    return (own.length ? own : entries.filter((e) => e.channel.guildId === null)).map((e) => e.poster);
  }

  /** Runs every channel's check now (what each one's timer does at its slot); the posts in channel order. */
  async tick(): Promise<PostOutcome[]> {
    return Promise.all([...this.posters.values()].map((e) => e.poster.tick()));
  }

  /** Posts `day` to a server's summary channels now (/summary post). */
  async post(day: string, guildId: string | null): Promise<PostOutcome[]> {
    return Promise.all(this.postersFor(guildId).map((p) => p.post(day)));
  }

  /** The earliest next post of any channel, for /status. */
  nextRun(): Date | null {
    const runs = [...this.posters.values()].map((e) => e.poster.nextRun()).filter((d): d is Date => d !== null);
    return runs.sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  }

  /** How many channels get a summary. */
  get size(): number {
    return this.posters.size;
  }

  /** The last recorded error of any channel, for /status. */
  async lastError(): Promise<string | null> {
    for (const { channel, poster } of this.posters.values()) {
      const error = await poster.lastError();
      if (error) return `channel ${channel.channelId}: ${error}`;
    }
    return null;
  }

  /**
   * Reads the settings again every `everyMs`: another process sharing the state store (a shard)
   * may have changed them. Errors go to the log; the posters keep their last settings.
   */
  refreshEvery(everyMs: number): void {
    this.timer = setInterval(
      () =>
        void this.refresh().catch((error: unknown) =>
          this.logger.error({ err: errorFields(error) }, 'summary settings not read again; keeping the last ones'),
        ),
      everyMs,
    );
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    for (const { poster } of this.posters.values()) poster.stop();
  }
}

/** Six base-36 characters from the channel id: nonces of two channels posting one day differ. */
function nonceTag(channelId: string): string {
  return `c${(BigInt(channelId) % 36n ** 6n).toString(36).padStart(6, '0')}`;
}
