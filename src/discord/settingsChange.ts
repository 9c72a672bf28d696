import type { ChatInputCommandInteraction } from 'discord.js';
import type { GuildSettings, SummaryChannel } from '../core/settings/guildSettings.js';

/** A change asked by /settings: the new settings from the old, and the channels it names (to check they exist). */
export interface SettingsChange {
  apply(current: GuildSettings): GuildSettings;
  /** Channel ids that must be channels of this server. */
  channels: string[];
  /** What to say once it is stored. */
  done: string;
}

/** Ids in "<#1>, <@&2> 3": mentions or bare ids, separated by spaces or commas; null when something else is there. */
export function idsIn(text: string): string[] | null {
  const parts = text
    .split(/[\s,]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const ids = parts.map((p) => /^(?:<#|<@&)?(\d{17,20})>?$/.exec(p)?.[1] ?? null);
  return ids.every((id): id is string => id !== null) ? [...new Set(ids)] : null;
}

/** "defence, nato" → ["defence", "nato"]; nothing given → undefined. */
function words(text: string | null): string[] | undefined {
  if (text === null) return undefined;
  return text
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
}

/** Thrown for an option that is not even of the right shape (a channel list with other words in it). */
export class OptionError extends Error {}

/** The change one /settings subcommand asks for (zod checks the result when it is stored). */
export function settingsChange(interaction: ChatInputCommandInteraction): SettingsChange {
  const options = interaction.options;
  switch (options.getSubcommand()) {
    case 'summary-channel':
      return summaryChannelChange(interaction);
    case 'summary-remove': {
      const [id] = channelIds(options.getString('channel', true), 'channel');
      return {
        apply: (s) => ({ ...s, summaryChannels: (s.summaryChannels ?? []).filter((c) => c.channelId !== id) }),
        channels: [],
        done: `<#${id}> no longer gets the daily summary.`,
      };
    }
    case 'summary-time': {
      const time = options.getString('time', true).trim();
      const timezone = options.getString('timezone')?.trim();
      return {
        apply: (s) => ({ ...s, summaryTime: time, ...(timezone ? { summaryTimezone: timezone } : {}) }),
        channels: [],
        done: `Daily summaries at ${time}${timezone ? ` ${timezone}` : ''} (channels with their own time keep it).`,
      };
    }
    case 'skip-empty': {
      const skip = options.getBoolean('skip', true);
      return {
        apply: (s) => ({ ...s, summarySkipEmpty: skip }),
        channels: [],
        done: skip ? 'A day without reports gets no post.' : 'A day without reports gets a one-line note.',
      };
    }
    case 'chat-channels': {
      const text = options.getString('channels', true).trim();
      const ids = /^all$/i.test(text) ? [] : channelIds(text, 'channels');
      return {
        apply: (s) => ({ ...s, chatChannels: ids }),
        channels: ids,
        done: ids.length
          ? `Mentions are answered in ${ids.map((i) => `<#${i}>`).join(', ')}.`
          : 'Mentions are answered in every channel.',
      };
    }
    case 'threads': {
      const on = options.getBoolean('on', true);
      return {
        apply: (s) => ({ ...s, chatThreads: on }),
        channels: [],
        done: on ? 'Chat answers go in a thread.' : 'Chat answers go in the channel.',
      };
    }
    case 'report-roles': {
      const text = options.getString('roles', true).trim();
      const ids = /^none$/i.test(text) ? [] : idsIn(text);
      if (!ids) throw new OptionError('roles: give role mentions or ids separated by spaces, or `none`');
      return {
        apply: (s) => ({ ...s, reportRoles: ids }),
        channels: [],
        done: ids.length
          ? `Members with ${ids.map((i) => `<@&${i}>`).join(', ')} may add reports.`
          : 'Only members who can manage this server may add reports.',
      };
    }
    default:
      throw new OptionError(`unknown subcommand ${options.getSubcommand()}`);
  }
}

function channelIds(text: string, option: string): string[] {
  const ids = idsIn(text);
  if (!ids?.length) throw new OptionError(`${option}: give channel mentions (#news) or channel ids`);
  return ids;
}

/** `summary-channel`: add a channel, or change its time, zone or topic. */
function summaryChannelChange(interaction: ChatInputCommandInteraction): SettingsChange {
  const options = interaction.options;
  const [id] = channelIds(options.getString('channel', true), 'channel');
  const include = words(options.getString('include'));
  const exclude = words(options.getString('exclude'));
  const query = options.getString('query')?.trim();
  const time = options.getString('time')?.trim();
  const timezone = options.getString('timezone')?.trim();
  const topic =
    include || exclude || query
      ? { include: include ?? [], exclude: exclude ?? [], ...(query ? { query } : {}) }
      : undefined;
  const channel: SummaryChannel = {
    channelId: id!,
    ...(time ? { time } : {}),
    ...(timezone ? { timezone } : {}),
    ...(topic ? { topic } : {}),
  };
  return {
    apply: (s) => {
      const others = (s.summaryChannels ?? []).filter((c) => c.channelId !== id);
      return { ...s, summaryChannels: [...others, channel] };
    },
    channels: [id!],
    done: `<#${id}> gets the daily summary${topic ? ' on its topic' : ''}.`,
  };
}
