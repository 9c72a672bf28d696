import { join, resolve } from 'node:path';
import { z } from 'zod';
import { FileStateStore } from '../../state/fileStateStore.js';
import type { StateStore } from '../../state/stateStore.js';
import { addressPolicy, checkUrl } from '../fetch/address.js';
import { IngestError } from '../options.js';

/** File under STATE_DIR that lists the feeds (the file store's document `feeds`). */
export const FEEDS_FILE = 'feeds.json';
/** The key of the feeds in the state store. */
export const FEEDS_KEY = 'feeds';
/** Item keys kept per feed: enough to cover any feed's window many times over. */
const MAX_SEEN = 5000;

const feedRecord = z.object({
  url: z.string(),
  fullText: z.boolean(),
  /** Discord channel new items are announced in (the bot's business; kept here with the feed). */
  channel: z.string().optional(),
  addedAt: z.string(),
  title: z.string().optional(),
  lastSuccess: z.string().optional(),
  lastError: z.string().optional(),
  lastErrorAt: z.string().optional(),
  failures: z.number().int().min(0),
  nextPollAt: z.string().optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  itemsStored: z.number().int().min(0),
  seen: z.array(z.string()),
});

/** One followed feed: settings, health and what has been seen. */
export type FeedRecord = z.infer<typeof feedRecord>;

const registryFile = z.object({ version: z.literal(1), feeds: z.array(feedRecord) });

/** Options of `add`. */
export interface AddFeedOptions {
  /** Fetch each item's link for the whole article (for feeds that carry only a summary). */
  fullText?: boolean;
  /** Channel id to announce new items in. */
  channel?: string;
  /** Accept a feed on a private address (tests, intranets). */
  allowPrivateUrls?: boolean;
}

/**
 * The feeds followed, kept in the state store under `feeds` (`STATE_DIR/feeds.json` in the file
 * store, written whole through a temporary file and a rename). Each change is one update of the
 * stored list, so processes sharing a store (PostgreSQL) never undo each other's changes.
 */
export class FeedRegistry {
  private constructor(
    /** Where the feeds are, for messages: the file, or the store's key. */
    readonly path: string,
    private readonly store: StateStore,
    private feeds: FeedRecord[],
  ) {}

  /**
   * Reads the registry from a state store, or from the file store under a STATE_DIR folder (an
   * absent list is an empty one); a damaged one is an error naming it, never overwritten.
   */
  static async open(where: string | StateStore): Promise<FeedRegistry> {
    const store = typeof where === 'string' ? new FileStateStore(where) : where;
    const path = typeof where === 'string' ? join(resolve(where), FEEDS_FILE) : `state "${FEEDS_KEY}"`;
    const registry = new FeedRegistry(path, store, []);
    registry.feeds = await registry.stored();
    return registry;
  }

  /** Reads the list again (another process may have changed it). */
  async refresh(): Promise<void> {
    this.feeds = await this.stored();
  }

  /** Every feed, in the order added. */
  list(): FeedRecord[] {
    return this.feeds.map((feed) => ({ ...feed }));
  }

  get(url: string): FeedRecord | undefined {
    const key = normalizeFeedUrl(url);
    return this.feeds.find((feed) => feed.url === key);
  }

  /** Follows a feed; refuses a bad link or one already followed. */
  async add(url: string, options: AddFeedOptions, now: Date): Promise<FeedRecord> {
    const policy = addressPolicy({ allowPrivateUrls: options.allowPrivateUrls ?? false });
    const key = checkUrl(normalizeFeedUrl(url), policy).toString();
    await this.refresh();
    if (this.get(key)) throw new IngestError(`already following ${key}`);
    const record: FeedRecord = {
      url: key,
      fullText: options.fullText ?? false,
      addedAt: now.toISOString(),
      failures: 0,
      itemsStored: 0,
      seen: [],
    };
    if (options.channel) record.channel = options.channel;
    await this.change((feeds) => {
      if (feeds.some((feed) => feed.url === key)) throw new IngestError(`already following ${key}`);
      return [...feeds, record];
    });
    return { ...record };
  }

  /** Stops following a feed (its reports stay). False when it was not followed. */
  async remove(url: string): Promise<boolean> {
    const key = normalizeFeedUrl(url);
    let found = false;
    await this.change((feeds) => {
      found = feeds.some((feed) => feed.url === key);
      return feeds.filter((feed) => feed.url !== key);
    });
    return found;
  }

  /** Replaces a feed's record (after a poll) and saves; a feed removed meanwhile stays removed. */
  async update(record: FeedRecord): Promise<void> {
    const saved = { ...record, seen: record.seen.slice(-MAX_SEEN) };
    await this.change((feeds) => feeds.map((feed) => (feed.url === record.url ? saved : feed)));
  }

  /** One update of the stored list (changes of one store run one after another); keeps what was stored. */
  private async change(edit: (feeds: FeedRecord[]) => FeedRecord[]): Promise<void> {
    const stored = await this.store.update(FEEDS_KEY, (current) => ({
      version: 1 as const,
      feeds: edit(current === undefined ? [] : this.parse(current)),
    }));
    this.feeds = stored.feeds;
  }

  private async stored(): Promise<FeedRecord[]> {
    let current: unknown;
    try {
      current = await this.store.get(FEEDS_KEY);
    } catch (error) {
      throw new IngestError((error as Error).message);
    }
    return current === undefined ? [] : this.parse(current);
  }

  private parse(current: unknown): FeedRecord[] {
    const parsed = registryFile.safeParse(current);
    if (!parsed.success)
      throw new IngestError(`${this.path} is damaged: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
    return parsed.data.feeds;
  }
}

/** The form a feed is keyed by: trimmed, parsed and printed by URL (so case of the host and `/` agree). */
export function normalizeFeedUrl(url: string): string {
  try {
    return new URL(url.trim()).toString();
  } catch {
    return url.trim();
  }
}
