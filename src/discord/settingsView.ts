import {
  effectiveSettings,
  type GuildSettings,
  type SettingsDefaults,
  type SummaryTopic,
} from '../core/settings/guildSettings.js';
import { escapeText } from './escape.js';
import { fitEmbed } from './limits.js';
import { NO_MENTIONS, type Reply } from './render.js';

const COLOR = 0x2f6f9f;

function topicText(topic: SummaryTopic | undefined): string {
  if (!topic) return 'every report';
  const parts = [
    topic.include.length ? `with ${topic.include.join(', ')}` : '',
    topic.query ? `found by “${topic.query}”` : '',
    topic.exclude.length ? `without ${topic.exclude.join(', ')}` : '',
  ].filter(Boolean);
  return parts.join('; ') || 'every report';
}

/** /settings show: what the server works with, and which values are its own (the rest come from the environment). */
export function renderSettings(own: GuildSettings | undefined, defaults: SettingsDefaults): Reply {
  const effective = effectiveSettings(own, defaults);
  const envChannel = defaults.summaryChannelId;
  const mark = (set: unknown) => (set === undefined ? ' (default)' : '');
  const channels = effective.summaryChannels.length
    ? effective.summaryChannels
        .map((c) => `<#${c.channelId}> at ${c.time} ${c.timezone}: ${escapeText(topicText(c.topic))}`)
        .join('\n')
    : envChannel
      ? `none of its own; the default channel <#${envChannel}> posts`
      : 'none';
  const list = (ids: string[], prefix: string, empty: string) =>
    ids.length ? ids.map((id) => `<${prefix}${id}>`).join(', ') : empty;
  const embed = fitEmbed({
    color: COLOR,
    title: 'Newsdesk settings for this server',
    fields: [
      { name: 'Summary channels', value: channels },
      {
        name: 'Summary time',
        value:
          `${own?.summaryTime ?? defaults.summaryTime} ${own?.summaryTimezone ?? defaults.summaryTimezone}` +
          mark(own?.summaryTime ?? own?.summaryTimezone),
        inline: true,
      },
      {
        name: 'Skip empty days',
        value: `${effective.summarySkipEmpty ? 'yes' : 'no'}${mark(own?.summarySkipEmpty)}`,
        inline: true,
      },
      {
        name: 'Chat channels',
        value: `${list(effective.chatChannels, '#', 'every channel')}${mark(own?.chatChannels)}`,
      },
      {
        name: 'Thread replies',
        value: `${effective.chatThreads ? 'yes' : 'no'}${mark(own?.chatThreads)}`,
        inline: true,
      },
      {
        name: 'May add reports',
        value: `${list(effective.reportRoles, '@&', 'Manage Server only')}${mark(own?.reportRoles)}`,
        inline: true,
      },
    ],
    footer: { text: 'Change with /settings <subcommand>; unset values follow the environment.' },
  });
  return { embeds: [embed], allowedMentions: NO_MENTIONS };
}
