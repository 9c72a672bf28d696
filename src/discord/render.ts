import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { InspectResult, ReloadSummary } from '../core/newsdesk.js';
import { sourceParts } from '../core/answer/sourceLine.js';
import type { Answer, AskResult, Report } from '../core/types.js';
import { boldSpans, breakMentions, escapeText } from './escape.js';
import { clip, fitContent, fitEmbed } from './limits.js';
import { askPageId, feedbackId, reportPageId } from './paging.js';
import { readableDate } from './readableDate.js';

export { readableDate } from './readableDate.js';

/** What every reply sends: never pings anyone. */
export const NO_MENTIONS = { parse: [] as never[] };

export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<APIActionRowComponent<APIButtonComponent>>;
  allowedMentions: { parse: never[]; repliedUser?: boolean };
}

const COLOR = 0x2f6f9f;
const NOTHING: Record<AskResult['command'], string> = {
  who: 'No people or organisations found for that. Try fewer or other words, or `/search`.',
  when: 'No dates found for that. Try fewer or other words, or `/search`.',
  quote: 'No quotations found for that. Try other words or a speaker name.',
  search: 'No passages match that. Try fewer or other words.',
};

/** "4 December 2018", or "4 December 2018 – 6 December 2018" when the answer has an end date. */
function readableRange(date: string, until: string | undefined): string {
  return until ? `${readableDate(date)} – ${readableDate(until)}` : readableDate(date);
}

/** The answer line: who with role, when with the expression as written, quote with speaker. */
export function answerTitle(command: AskResult['command'], answer: Answer): string {
  switch (command) {
    case 'who':
      return `${answer.text}${answer.role ? ` — ${answer.role}` : ''}`;
    case 'when':
      // a named period ("the Second World War") or a time told by an event ("after landing") has no
      // calendar value: its words are the answer; nor has "tomorrow" in a report without a date
      if (answer.duration) return `${answer.text} (a length of time)`;
      if (answer.repeats) return `${answer.text} (repeats)`;
      // "has made its maiden flight" with no time of its own: it had happened by the report's day
      if (answer.date && answer.byReportDate)
        return `By ${readableDate(answer.date)}, the report's date (“${answer.text}”)`;
      if (answer.date) return `${readableRange(answer.date, answer.until)} (“${answer.text}”)`;
      return answer.dayUnknown ? `${answer.text} (the report gives no date)` : answer.text;
    case 'quote':
      return `${answer.speaker ?? 'Unattributed'}${answer.quoting ? `, quoting ${answer.quoting}` : ''}`;
    case 'search':
      return 'Passage';
  }
}

/** Characters of each closest passage shown when nothing is found. */
const CLOSEST_CHARS = 300;

/**
 * The message when there is no answer; when the answer ranker was not confident enough, the
 * passages closest to the question, each with its report, so the reader can judge.
 */
function nothingFound(result: AskResult): string {
  const closest = result.nothingFound?.closest ?? [];
  if (!closest.length) return NOTHING[result.command];
  const lines = closest.map(
    (c) => `> ${escapeText(clip(c.passage, CLOSEST_CHARS))}\n${escapeText(c.reportId)} · ${c.reportDate ?? 'undated'}`,
  );
  return ['Nothing found in the reports for that. The closest passages:', ...lines].join('\n');
}

/**
 * One answer (0-based `index`) of a result as a compact embed: the answer as the title, the one
 * supporting passage with the matched words bold, and one line with the report title (when it
 * is not the passage itself), date and id; Previous / Next when there are more, and 👍 / 👎.
 */
export function renderAnswerPage(result: AskResult, index: number): Reply {
  const answer = result.answers[index];
  if (!answer) return { content: fitContent(nothingFound(result)), allowedMentions: NO_MENTIONS };
  const citation = answer.citations[0];
  const lines: string[] = [];
  if (result.command === 'quote') lines.push(`> “${escapeText(answer.text)}”`);
  if (citation) {
    const passage = boldSpans(citation.passage, citation.matches);
    lines.push(result.command === 'quote' ? passage : `> ${passage}`);
    lines.push(escapeText(sourceParts(citation).join(' · ')));
  }
  const type = answer.type && result.command === 'who' ? ` (${answer.type})` : '';
  const embed = fitEmbed({
    color: COLOR,
    author: { name: `${result.command}: ${breakMentions(result.query)}` },
    title: escapeText(answerTitle(result.command, answer) + type),
    description: lines.join('\n'),
    footer: { text: `${index + 1} of ${result.total} · newsdesk` },
  });
  const last = Math.min(result.total, result.answers.length, MAX_PAGES) - 1;
  const paging =
    result.total > 1 ? pagerButtons(askPageId(index - 1), askPageId(index + 1), index === 0, index >= last) : [];
  const row = { type: 1, components: [...paging, ...feedbackButtons(index)] };
  return {
    embeds: [embed],
    components: [row as APIActionRowComponent<APIButtonComponent>],
    allowedMentions: NO_MENTIONS,
  };
}

/** The most answers one can page through. */
export const MAX_PAGES = 25;

function pagerButtons(previousId: string, nextId: string, atStart: boolean, atEnd: boolean): APIButtonComponent[] {
  return [
    { type: 2, style: 2, label: 'Previous', custom_id: previousId, disabled: atStart },
    { type: 2, style: 1, label: 'Next', custom_id: nextId, disabled: atEnd },
  ] as APIButtonComponent[];
}

function pager(
  previousId: string,
  nextId: string,
  atStart: boolean,
  atEnd: boolean,
): APIActionRowComponent<APIButtonComponent> {
  return {
    type: 1,
    components: pagerButtons(previousId, nextId, atStart, atEnd),
  } as APIActionRowComponent<APIButtonComponent>;
}

/** 👍 / 👎 on the answer shown (its 0-based index): at most 4 buttons share the row with the pager. */
function feedbackButtons(index: number): APIButtonComponent[] {
  return [
    { type: 2, style: 2, emoji: { name: '👍' }, custom_id: feedbackId('up', index) },
    { type: 2, style: 2, emoji: { name: '👎' }, custom_id: feedbackId('down', index) },
  ] as APIButtonComponent[];
}

/** Raw characters of report text per page: escaping can double them, and an embed holds 4096. */
const REPORT_PAGE_CHARS = 1800;

/** A report's text split at paragraph or word boundaries into pages. */
export function reportPages(text: string): string[] {
  const pages: string[] = [];
  let rest = text.trim();
  while (rest.length > REPORT_PAGE_CHARS) {
    let cut = rest.lastIndexOf('\n', REPORT_PAGE_CHARS);
    if (cut < REPORT_PAGE_CHARS / 2) cut = rest.lastIndexOf(' ', REPORT_PAGE_CHARS);
    if (cut <= 0) cut = REPORT_PAGE_CHARS;
    pages.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pages.push(rest);
  return pages.length ? pages : [''];
}

export function renderReportPage(report: Report, inspect: InspectResult, page: number): Reply {
  const pages = reportPages(report.text);
  const index = Math.max(0, Math.min(page, pages.length - 1));
  const people = [...new Set(inspect.entities.filter((e) => e.type !== 'place').map((e) => e.text))].slice(0, 15);
  const fields = [
    { name: 'Date', value: report.date ?? 'undated', inline: true },
    { name: 'Id', value: escapeText(report.id), inline: true },
  ];
  if (report.source) fields.push({ name: 'Source', value: escapeText(report.source), inline: true });
  if (index === 0 && people.length)
    fields.push({ name: 'People and organisations', value: escapeText(people.join(', ')), inline: false });
  const embed = fitEmbed({
    color: COLOR,
    title: escapeText(report.title),
    ...(report.url && /^https?:\/\//.test(report.url) ? { url: report.url } : {}),
    description: escapeText(pages[index]!),
    fields,
    footer: { text: `${report.id} · page ${index + 1} of ${pages.length} · newsdesk` },
  });
  const components =
    pages.length > 1
      ? [pager(reportPageId(index - 1), reportPageId(index + 1), index === 0, index + 1 >= pages.length)]
      : [];
  return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}

export interface StatusView {
  reports: number;
  passages: number;
  /** What the last load read and skipped, each count in its own words. */
  load: string;
  skipped: Array<string>;
  /** The folder watcher's last error, if any. */
  watchError?: string | null;
  loadedAt: Date;
  uptimeSeconds: number;
  /** Daily summary: next post, last error. */
  summary?: string;
  /** Reports annotated so far (the rest are annotated in the background or when a question needs them). */
  annotated: number;
  /** Reports whose annotation passed its time budget (searchable; their answers come from the part annotated). */
  incomplete?: number;
  /** How the index came up: "12000 from the snapshot, 3 processed". */
  startup: string;
  /** 👍 / 👎 on answers in the last 7 days (each user's latest verdict per answer). */
  feedback?: { up: number; down: number };
  /** One line per followed feed: items stored, last success, last error. */
  feeds?: string[];
}

export function renderStatus(view: StatusView): Reply {
  const skipped = view.skipped.length
    ? view.skipped
        .slice(0, 10)
        .map((s) => `• ${escapeText(s)}`)
        .join('\n') + (view.skipped.length > 10 ? `\n…and ${view.skipped.length - 10} more` : '')
    : 'none';
  const embed = fitEmbed({
    color: COLOR,
    title: 'Newsdesk status',
    fields: [
      { name: 'Reports', value: String(view.reports), inline: true },
      { name: 'Passages', value: String(view.passages), inline: true },
      { name: 'Last load', value: escapeText(view.load), inline: false },
      {
        name: 'Annotated',
        value: `${view.annotated} of ${view.reports}${incompleteNote(view.incomplete)}`,
        inline: true,
      },
      { name: 'Index start', value: escapeText(view.startup), inline: true },
      {
        name: 'Last reload',
        value: `<t:${Math.floor(view.loadedAt.getTime() / 1000)}:R> (${view.loadedAt.toISOString()})`,
        inline: false,
      },
      { name: 'Uptime', value: formatDuration(view.uptimeSeconds), inline: true },
      { name: `Skipped (${view.skipped.length})`, value: clip(skipped, 1024), inline: false },
      ...(view.watchError
        ? [{ name: 'Folder watch', value: clip(escapeText(view.watchError), 1024), inline: false }]
        : []),
      ...(view.summary ? [{ name: 'Daily summary', value: escapeText(view.summary), inline: false }] : []),
      ...(view.feedback
        ? [{ name: 'Feedback, last 7 days', value: `👍 ${view.feedback.up} · 👎 ${view.feedback.down}`, inline: false }]
        : []),
      ...(view.feeds?.length
        ? [{ name: `Feeds (${view.feeds.length})`, value: clip(view.feeds.join('\n'), 1024), inline: false }]
        : []),
    ],
    footer: { text: 'newsdesk' },
  });
  return { embeds: [embed], allowedMentions: NO_MENTIONS };
}

/** " (3 incomplete: too long)" after the annotated count, or nothing when none passed the budget. */
function incompleteNote(incomplete: number | undefined): string {
  return incomplete ? ` (${incomplete} incomplete: too long)` : '';
}

export function renderReload(summary: ReloadSummary): Reply {
  const list = (ids: string[]) =>
    ids.length
      ? `: ${ids.slice(0, 5).map(escapeText).join(', ')}${ids.length > 5 ? ` …and ${ids.length - 5} more` : ''}`
      : '';
  const lines = [
    `Reloaded. ${summary.reports} reports, ${summary.passages} passages.`,
    `Added ${summary.added.length}${list(summary.added)}`,
    `Changed ${summary.changed.length}${list(summary.changed)}`,
    `Removed ${summary.removed.length}${list(summary.removed)}`,
    `Skipped ${summary.problems.length}`,
  ];
  return { content: fitContent(lines.join('\n')), allowedMentions: NO_MENTIONS };
}

/** A short message, never pinging. */
export function notice(text: string): Reply {
  return { content: fitContent(text), allowedMentions: NO_MENTIONS };
}

function formatDuration(seconds: number): string {
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return [d ? `${d}d` : '', h ? `${h}h` : '', `${m}m`].filter(Boolean).join(' ');
}
