/** Limits and switches for everything that brings reports in (files, links, feeds). */
export interface IngestOptions {
  /** Largest attachment or file accepted, in bytes. */
  maxAttachmentBytes: number;
  /** Largest page, PDF or feed fetched, in bytes; the download stops as soon as it is passed. */
  maxPageBytes: number;
  /** Whole time allowed for one fetch (connection, redirects and body), in milliseconds. */
  fetchTimeoutMs: number;
  /** Redirects followed before a fetch is refused. */
  maxRedirects: number;
  /** Allow links to private, loopback and link-local addresses (tests, intranets). Off by default. */
  allowPrivateUrls: boolean;
  /**
   * Which resolved addresses may be reached, when set; replaces the public-only rule and
   * `allowPrivateUrls` (tests let only their own loopback server through). Null: the rule above.
   */
  allowAddress: ((address: string) => boolean) | null;
  /** Longest report text, in characters (the loader's cap). */
  maxReportChars: number;
  /** Items a feed's first poll takes (the latest ones); the rest are marked seen. */
  firstPollItems: number;
  /** Items one later poll of a feed takes at most. */
  maxItemsPerPoll: number;
  /** First wait after a failed poll, in milliseconds; doubled after each further failure. */
  backoffBaseMs: number;
  /** Longest wait after failed polls, in milliseconds. */
  backoffMaxMs: number;
  /** Feeds fetched at the same time during a poll. */
  pollConcurrency: number;
  /** User-Agent header sent with every fetch. */
  userAgent: string;
}

export const defaultIngestOptions: IngestOptions = {
  maxAttachmentBytes: 10 * 1024 * 1024,
  maxPageBytes: 5 * 1024 * 1024,
  fetchTimeoutMs: 15_000,
  maxRedirects: 5,
  allowPrivateUrls: false,
  allowAddress: null,
  maxReportChars: 2_000_000,
  firstPollItems: 20,
  maxItemsPerPoll: 100,
  backoffBaseMs: 60_000,
  backoffMaxMs: 6 * 60 * 60_000,
  pollConcurrency: 4,
  userAgent: 'Newsdesk/0.1 (+reports ingest)',
};

/** The defaults with the given fields replaced. */
export function ingestOptions(overrides: Partial<IngestOptions> = {}): IngestOptions {
  return { ...defaultIngestOptions, ...overrides };
}

/** Why something was not taken in: the name the user gave and a sentence they can act on. */
export interface Refusal {
  name: string;
  reason: string;
}

/** Thrown by ingest steps for input that is refused (not for bugs); the message is the reason. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}

/** The reason an error gives, as one line. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 300);
}
