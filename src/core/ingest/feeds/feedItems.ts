import { parseFeed } from 'feedsmith';
import { calendarDay } from '../extract/pageMeta.js';
import { htmlToText } from '../extract/htmlText.js';
import { IngestError } from '../options.js';
import { shortHash } from '../reportFile.js';

/** One item of a feed, whatever the feed's format. */
export interface FeedItem {
  /** What the item is known by across polls: its guid/id, else its link, else a hash of title and date. */
  key: string;
  title: string | null;
  link: string | null;
  /** Day of publication (or of last update), `YYYY-MM-DD`, or null. */
  date: string | null;
  /** Publication time in ms, for taking the latest items; null when undated. */
  time: number | null;
  /** Text of the item's content (or summary), paragraphs separated by blank lines; may be empty. */
  text: string;
}

/** A parsed feed: its title and items in the feed's order. */
export interface ParsedFeed {
  format: string;
  title: string | null;
  items: FeedItem[];
}

type Loose = Record<string, unknown>;

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && typeof (value as Loose).value === 'string') {
    return ((value as Loose).value as string).trim() || null;
  }
  return null;
}

function firstString(...values: unknown[]): string | null {
  for (const value of values) {
    const text = str(value);
    if (text) return text;
  }
  return null;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const alternate = links.find((link: Loose) => !link.rel || link.rel === 'alternate') as Loose | undefined;
  return str((alternate ?? links[0])?.href);
}

/** Feed content is HTML in RSS and Atom (escaped or not); plain text stays as it is. */
function contentText(html: string | null, plain: string | null): string {
  if (plain) return plain.trim();
  if (!html) return '';
  return /<[a-z!/]/i.test(html) || /&[a-z#0-9]+;/i.test(html) ? htmlToText(html) : html.trim();
}

function item(raw: Loose, format: string): FeedItem {
  const dc = (raw.dc ?? {}) as Loose;
  const content = (raw.content ?? {}) as Loose;
  const title = firstString(raw.title);
  const link = format === 'atom' ? atomLink(raw.links) : firstString(raw.link, raw.url);
  const dateText = firstString(raw.pubDate, raw.published, raw.date_published, dc.date, raw.updated, raw.date_modified);
  const html = firstString(
    content.encoded,
    format === 'atom' ? raw.content : null,
    raw.content_html,
    raw.description,
    raw.summary,
  );
  const text = contentText(html, firstString(raw.content_text));
  const time = dateText ? Date.parse(dateText) : NaN;
  const key = firstString(raw.guid, raw.id) ?? link ?? `hash:${shortHash(`${title ?? ''}|${dateText ?? ''}|${text}`)}`;
  return { key, title, link, date: calendarDay(dateText), time: Number.isNaN(time) ? null : time, text };
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF), Atom or JSON Feed document with feedsmith. Throws IngestError
 * naming what is wrong when the text is no feed.
 */
export function parseFeedItems(content: string): ParsedFeed {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(content) as { format: string; feed: unknown };
  } catch (error) {
    throw new IngestError(`not a valid RSS, Atom or JSON feed: ${(error as Error).message.split('\n')[0]}`);
  }
  const feed = (parsed.feed ?? {}) as Loose;
  const rawItems = (parsed.format === 'atom' ? feed.entries : feed.items) ?? [];
  if (!Array.isArray(rawItems)) throw new IngestError('the feed has no list of items');
  return {
    format: parsed.format,
    title: firstString(feed.title),
    items: rawItems.map((raw) => item(raw as Loose, parsed.format)),
  };
}

/** The latest `count` items: dated ones newest first, undated ones after in feed order. */
export function latestItems(items: FeedItem[], count: number): FeedItem[] {
  const ordered = items
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (b.entry.time ?? -Infinity) - (a.entry.time ?? -Infinity) || a.index - b.index);
  return ordered.slice(0, count).map(({ entry }) => entry);
}
