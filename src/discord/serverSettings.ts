import type { Config } from '../config.js';
import { effectiveSettings, type SettingsDefaults } from '../core/settings/guildSettings.js';
import type { CommandContext } from './command.js';
import type { ChatSettings } from './messages.js';

/** The environment's settings, what a server without /settings works with. */
export function settingsDefaults(config: Config): SettingsDefaults {
  return {
    summaryChannelId: config.SUMMARY_CHANNEL_ID,
    summaryTime: config.SUMMARY_TIME,
    summaryTimezone: config.SUMMARY_TIMEZONE,
    summarySkipEmpty: config.SUMMARY_SKIP_EMPTY,
    chatChannels: config.CHAT_CHANNELS,
    chatThreads: config.CHAT_THREADS,
    reportRoles: config.REPORT_ROLE_IDS,
  };
}

/** Where a server's mentions are answered and whether in threads: its /settings, else the environment's. */
export async function chatSettingsOf(context: CommandContext, guildId: string | null): Promise<ChatSettings> {
  const own = guildId && context.settings ? await context.settings.get(guildId).catch(() => undefined) : undefined;
  const effective = effectiveSettings(own, context.defaults!);
  return { channels: effective.chatChannels, threads: effective.chatThreads };
}
