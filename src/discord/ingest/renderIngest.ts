import type { FeedRecord, Refusal } from '../../core/ingest/index.js';
import { escapeText } from '../escape.js';
import { clip, fitContent } from '../limits.js';
import { NO_MENTIONS, readableDate, type Reply } from '../render.js';
import type { AddedReport, ChatAddResult } from './addReports.js';

/** Lines listed before "…and N more", so a reply stays readable and within Discord's limits. */
const MAX_LINES = 10;

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function listed<T>(items: T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, MAX_LINES).map(line);
  if (items.length > MAX_LINES) lines.push(`…and ${items.length - MAX_LINES} more`);
  return lines;
}

function addedLine(report: AddedReport): string {
  const date = report.date ? readableDate(report.date) : 'undated';
  const found = `${plural(report.people, 'person').replace('persons', 'people')}, ${plural(report.dates, 'date')}, `;
  const title = escapeText(clip(report.title, 120));
  return `• ${escapeText(report.id)}: ${title} (${date}) · ${found}${plural(report.quotes, 'quote')}`;
}

function refusedLine(refusal: Refusal): string {
  return `• ${escapeText(clip(refusal.name, 100))}: ${escapeText(clip(refusal.reason, 300))}`;
}

/** The reply to an add: each report added (id, title, date, what was found), then each file refused and why. */
export function renderAddResult(result: ChatAddResult): Reply {
  const lines: string[] = [];
  if (result.added.length) {
    lines.push(`Added ${plural(result.added.length, 'report')}; questions can cite it now:`);
    lines.push(...listed(result.added, addedLine));
  }
  if (result.refused.length) {
    lines.push(`Refused ${plural(result.refused.length, 'item')}:`);
    lines.push(...listed(result.refused, refusedLine));
  }
  if (!lines.length) lines.push('Nothing to add: attach a file or give a link.');
  return { content: fitContent(lines.join('\n')), allowedMentions: NO_MENTIONS };
}

/** One line of a feed's health: title, items stored, last success, last error. */
export function feedHealthLine(feed: FeedRecord): string {
  const name = escapeText(clip(feed.title ?? feed.url, 80));
  const success = feed.lastSuccess
    ? `last success ${feed.lastSuccess.slice(0, 16).replace('T', ' ')}`
    : 'not polled yet';
  const error = feed.lastError
    ? `; last error ${escapeText(clip(feed.lastError, 120))}${feed.failures ? ` (${feed.failures} in a row)` : ''}`
    : '';
  return `${name}: ${plural(feed.itemsStored, 'item')}, ${success}${error}`;
}

/** /feed list: each feed with its link, channel, full-text setting and health. */
export function renderFeedList(feeds: FeedRecord[]): Reply {
  if (!feeds.length) return { content: 'No feeds followed. Add one with `/feed add`.', allowedMentions: NO_MENTIONS };
  const lines = [`Following ${plural(feeds.length, 'feed')}:`];
  lines.push(
    ...listed(feeds, (feed) => {
      const where = feed.channel ? `, announced in <#${feed.channel}>` : '';
      const full = feed.fullText ? ', full text' : '';
      return `• <${escapeText(clip(feed.url, 200))}>${full}${where}\n  ${feedHealthLine(feed)}`;
    }),
  );
  return { content: fitContent(lines.join('\n')), allowedMentions: NO_MENTIONS };
}

/** The message announcing one new feed item in the feed's channel (never pings). */
export function renderAnnouncement(feed: FeedRecord, report: { id: string; title: string; date: string | null }) {
  const from = escapeText(clip(feed.title ?? feed.url, 100));
  const date = report.date ? ` (${readableDate(report.date)})` : '';
  const title = escapeText(clip(report.title, 300));
  const content = `New from ${from}: **${title}**${date}\nReport ${escapeText(report.id)}`;
  return { content: fitContent(content), allowedMentions: NO_MENTIONS };
}

/** Several items announced in one message when a poll brings many (Discord's rate limits, and no flood). */
export function renderAnnouncementSummary(feed: FeedRecord, count: number) {
  const from = escapeText(clip(feed.title ?? feed.url, 100));
  return { content: fitContent(`…and ${plural(count, 'more new item')} from ${from}.`), allowedMentions: NO_MENTIONS };
}
