import { checkedKind, decodeText } from '../fetch/sniff.js';
import { safeFetch } from '../fetch/safeFetch.js';
import type { InboxStore, StoredReport } from '../inboxStore.js';
import { IngestError, reasonOf, type IngestOptions } from '../options.js';
import type { ReportDraft } from '../reportFile.js';
import { draftFromUrl } from '../sources.js';
import { latestItems, parseFeedItems, type FeedItem } from './feedItems.js';
import type { FeedRecord, FeedRegistry } from './registry.js';

/** What one poll of one feed did. */
export interface FeedPollResult {
  url: string;
  /** Items stored as new reports. */
  new: number;
  /** Items new to this feed but not stored: same text already stored, refused, or past the first poll's N. */
  skipped: number;
  /** Why the poll failed (the feed waits before its next try). */
  error?: string;
  /** The reports stored (for announcing them). */
  stored: StoredReport[];
}

/** Options of a poll round. */
export interface PollOptions {
  /** The time of the poll (tests fix it). */
  now: Date;
  /** Poll feeds that are still waiting after errors too (the CLI's one-shot poll). */
  force?: boolean;
}

/** When a feed that failed `failures` times in a row may be tried again. */
export function nextTry(now: Date, failures: number, options: IngestOptions): Date {
  const wait = Math.min(options.backoffBaseMs * 2 ** Math.max(0, failures - 1), options.backoffMaxMs);
  return new Date(now.getTime() + wait);
}

/** Polls every feed due (all with `force`), a few at a time; each feed's record is saved as soon as it is done. */
export async function pollFeeds(
  registry: FeedRegistry,
  inbox: InboxStore,
  options: PollOptions,
): Promise<FeedPollResult[]> {
  const feeds = registry.list();
  const results: FeedPollResult[] = new Array(feeds.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < feeds.length) {
      const index = next++;
      const feed = feeds[index]!;
      if (!options.force && feed.nextPollAt && Date.parse(feed.nextPollAt) > options.now.getTime()) {
        results[index] = { url: feed.url, new: 0, skipped: 0, error: `waiting until ${feed.nextPollAt}`, stored: [] };
        continue;
      }
      const { result, record } = await pollFeed(feed, inbox, options.now);
      await registry.update(record);
      results[index] = result;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, inbox.options.pollConcurrency) }, worker));
  return results;
}

/**
 * One poll of one feed: a conditional request (ETag / Last-Modified), the items not seen before
 * stored as reports (only the latest `firstPollItems` on the first poll), and the record updated.
 * Reports are stored before the record is saved: after a crash the items come again and are
 * recognised by their text, so none is stored twice.
 */
export async function pollFeed(
  feed: FeedRecord,
  inbox: InboxStore,
  now: Date,
): Promise<{ result: FeedPollResult; record: FeedRecord }> {
  const options = inbox.options;
  const result: FeedPollResult = { url: feed.url, new: 0, skipped: 0, stored: [] };
  const record: FeedRecord = { ...feed, seen: [...feed.seen] };
  try {
    const headers: Record<string, string> = {};
    if (feed.etag) headers['if-none-match'] = feed.etag;
    if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
    const accept = 'application/feed+json,application/atom+xml,application/rss+xml,application/xml;q=0.9,*/*;q=0.5';
    const fetched = await safeFetch(feed.url, options, { headers, accept });
    if (fetched.status !== 304) {
      checkedKind(fetched.body, fetched.contentType, ['feed', 'json']);
      const parsed = parseFeedItems(decodeText(fetched.body, fetched.contentType));
      if (parsed.title) record.title = parsed.title;
      await storeItems(parsed.items, record, inbox, result, now);
      if (fetched.etag) record.etag = fetched.etag;
      else delete record.etag;
      if (fetched.lastModified) record.lastModified = fetched.lastModified;
      else delete record.lastModified;
    }
    record.lastSuccess = now.toISOString();
    record.failures = 0;
    delete record.nextPollAt;
  } catch (error) {
    result.error = reasonOf(error);
    record.lastError = result.error;
    record.lastErrorAt = now.toISOString();
    record.failures = feed.failures + 1;
    record.nextPollAt = nextTry(now, record.failures, options).toISOString();
  }
  return { result, record };
}

async function storeItems(
  items: FeedItem[],
  record: FeedRecord,
  inbox: InboxStore,
  result: FeedPollResult,
  now: Date,
): Promise<void> {
  const seen = new Set(record.seen);
  const fresh = items.filter((entry) => !seen.has(entry.key));
  const firstPoll = record.seen.length === 0 && !record.lastSuccess;
  const limit = firstPoll ? inbox.options.firstPollItems : inbox.options.maxItemsPerPoll;
  const taken = latestItems(fresh, limit);
  result.skipped += fresh.length - taken.length;
  // oldest first, so reports come in the order they were published
  for (const entry of taken.reverse()) {
    try {
      const stored = await inbox.add(await itemDraft(entry, record, inbox.options, now));
      if (stored.duplicate) result.skipped++;
      else {
        result.new++;
        result.stored.push(stored);
        record.itemsStored++;
      }
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      result.skipped++;
    }
  }
  // every item now in the feed counts as seen, also those not taken, so they never flood in later
  for (const entry of items) if (!seen.has(entry.key)) record.seen.push(entry.key);
}

/** The report for a feed item: the item's title, day (else the poll's), feed as source, link as url. */
async function itemDraft(entry: FeedItem, feed: FeedRecord, options: IngestOptions, now: Date): Promise<ReportDraft> {
  let text = entry.text;
  let date = entry.date;
  if (feed.fullText && entry.link) {
    try {
      const page = await draftFromUrl(entry.link, {}, options);
      text = page.text;
      date ??= page.date;
    } catch (error) {
      // the summary is kept when the article cannot be fetched; a bad item must not stop the feed
      if (!(error instanceof IngestError) || !entry.text) throw error;
    }
  }
  if (!text.trim()) text = entry.title ?? '';
  if (!text.trim()) throw new IngestError('the item has neither text nor title');
  const draft: ReportDraft = { date: date ?? now.toISOString().slice(0, 10), text, source: feed.title ?? feed.url };
  if (entry.title) draft.title = entry.title;
  if (entry.link) draft.url = entry.link;
  return draft;
}
