import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../atomicWrite.js';
import { addressPolicy, checkUrl } from '../fetch/address.js';
import { IngestError } from '../options.js';

/** File under STATE_DIR that lists the feeds. */
export const FEEDS_FILE = 'feeds.json';
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

/** The feeds followed, kept in `STATE_DIR/feeds.json` and written whole (temporary file + rename) on each change. */
export class FeedRegistry {
  private saving: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    private feeds: FeedRecord[],
  ) {}

  /** Reads the registry (an absent file is an empty one); a damaged file is an error naming it, never overwritten. */
  static async open(stateDir: string): Promise<FeedRegistry> {
    await mkdir(resolve(stateDir), { recursive: true });
    const path = join(resolve(stateDir), FEEDS_FILE);
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new FeedRegistry(path, []);
      throw error;
    }
    let parsed;
    try {
      parsed = registryFile.safeParse(JSON.parse(raw));
    } catch {
      throw new IngestError(`${path} is not valid JSON; fix or move it away (it is never overwritten)`);
    }
    if (!parsed.success) throw new IngestError(`${path} is damaged: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
    return new FeedRegistry(path, parsed.data.feeds);
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
    this.feeds.push(record);
    await this.save();
    return { ...record };
  }

  /** Stops following a feed (its reports stay). False when it was not followed. */
  async remove(url: string): Promise<boolean> {
    const key = normalizeFeedUrl(url);
    const before = this.feeds.length;
    this.feeds = this.feeds.filter((feed) => feed.url !== key);
    if (this.feeds.length === before) return false;
    await this.save();
    return true;
  }

  /** Replaces a feed's record (after a poll) and saves; a feed removed meanwhile stays removed. */
  async update(record: FeedRecord): Promise<void> {
    const index = this.feeds.findIndex((feed) => feed.url === record.url);
    if (index < 0) return;
    this.feeds[index] = { ...record, seen: record.seen.slice(-MAX_SEEN) };
    await this.save();
  }

  /** Writes the whole registry; saves run one after another so a later state is never overwritten by an earlier one. */
  save(): Promise<void> {
    const next = this.saving.then(() =>
      writeFileAtomic(this.path, `${JSON.stringify({ version: 1, feeds: this.feeds }, null, 1)}\n`),
    );
    this.saving = next.catch(() => undefined);
    return next;
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
