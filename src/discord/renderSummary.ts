import type { APIEmbed } from 'discord.js';
import type { DailySummary } from '../core/summary/summary.js';
import { readableDate } from './render.js';
import { escapeText } from './escape.js';
import { clip, fitEmbed, LIMITS } from './limits.js';

/** One Discord message of a summary: at most 10 embeds and 6000 characters in all. */
export interface SummaryMessage {
  embeds: APIEmbed[];
}

const COLOR = 0x8a5a00;
/** Room kept per message below Discord's 6000 so the header and footer always fit. */
const MESSAGE_BUDGET = LIMITS.embedTotal - 400;

/**
 * The summary as Discord messages: a header embed, one embed per story, then names and quotes.
 * A long day goes on in further messages; nothing is cut mid-word without "…".
 */
export function renderSummaryMessages(summary: DailySummary, late = false): SummaryMessage[] {
  const header: APIEmbed = {
    color: COLOR,
    title: summary.since
      ? `What's new since ${readableDate(summary.date)}`
      : `Daily summary · ${readableDate(summary.date)}`,
    description:
      `${summary.reportCount} report${summary.reportCount === 1 ? '' : 's'}, ` +
      `${summary.stories.length} stor${summary.stories.length === 1 ? 'y' : 'ies'}` +
      (late ? '\n*Posted late: the bot was down at the scheduled time.*' : ''),
  };
  const embeds: APIEmbed[] = [header];
  summary.stories.forEach((story, i) => {
    embeds.push({
      color: COLOR,
      title: `${i + 1}. ${escapeText(story.title)}`,
      description: story.sentences.map((s) => escapeText(s.text)).join('\n\n'),
      footer: { text: `Sources: ${story.reportIds.join(', ')}` },
    });
  });
  const names = (list: DailySummary['people']) =>
    escapeText(list.map((n) => `${n.name} (${n.count})`).join(', ')) || 'none';
  const fields = [
    { name: 'People', value: names(summary.people) },
    { name: 'Organisations', value: names(summary.organizations) },
    { name: 'Places', value: names(summary.places) },
  ];
  for (const q of summary.quotes) fields.push({ name: escapeText(q.speaker), value: `“${escapeText(q.text)}”` });
  embeds.push({ color: COLOR, title: 'Who and what was said', fields });
  return pack(embeds.map(fitEmbed));
}

/** Packs embeds into messages within the per-message limits. */
function pack(embeds: APIEmbed[]): SummaryMessage[] {
  const messages: SummaryMessage[] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = JSON.stringify([embed.title, embed.description, embed.footer?.text, embed.fields]).length;
    if (current.length && (current.length >= LIMITS.embedsPerMessage || size + length > MESSAGE_BUDGET)) {
      messages.push({ embeds: current });
      current = [];
      size = 0;
    }
    current.push(
      length > MESSAGE_BUDGET ? { ...embed, description: clip(embed.description ?? '', MESSAGE_BUDGET / 2) } : embed,
    );
    size += length;
  }
  if (current.length) messages.push({ embeds: current });
  return messages;
}

/** The one-line note for a day without reports. */
export function emptyDayNote(date: string): string {
  return `No reports for ${readableDate(date)}.`;
}
