import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { AskResult } from '../core/types.js';

const answerKind = z.enum(['who', 'when', 'quote', 'search']);

/** What an answer message pages through: the question as asked, never read back from the message. */
const askState = z.object({
  kind: z.literal('ask'),
  /** The kind of answers shown (for /ask and chat, the kind the question was routed to). */
  command: answerKind,
  query: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
  speaker: z.string().optional(),
  /** Only these reports (a chat follow-up about the reports cited before). */
  reports: z.array(z.string()).max(200).optional(),
  /** The user who asked: the only one who may turn the pages. */
  owner: z.string(),
  /** The answer shown now, 0-based. */
  page: z.number().int().min(0),
});

/** What a report message pages through. */
const reportState = z.object({
  kind: z.literal('report'),
  reportId: z.string(),
  owner: z.string(),
  page: z.number().int().min(0),
});

const pageState = z.discriminatedUnion('kind', [askState, reportState]);
const storedFile = z.object({ version: z.literal(1), entries: z.array(z.tuple([z.string(), pageState])) });

export type AskPageState = z.infer<typeof askState>;
export type ReportPageState = z.infer<typeof reportState>;
export type PageState = z.infer<typeof pageState>;

export interface PageStoreOptions {
  /** Messages remembered; the oldest is forgotten first. */
  maxEntries: number;
  /** Answer results kept in memory, so a page turn need not ask again. */
  maxResults: number;
  /** Wait after a change before the file is written, so a burst of answers makes one write (ms). */
  saveDelayMs: number;
}

export const PAGE_STORE_DEFAULTS: PageStoreOptions = { maxEntries: 5000, maxResults: 200, saveDelayMs: 250 };

/**
 * The paging state of the bot's answer and report messages, keyed by message id: bounded,
 * kept in memory and written to `<stateDir>/pages.json` (temp file + rename), so the buttons
 * keep working after a restart. Results are cached in memory only; after a restart, or once
 * a result is evicted, the stored question is asked again.
 */
export class PageStore {
  private readonly entries = new Map<string, PageState>();
  private readonly results = new Map<string, AskResult>();
  private readonly options: PageStoreOptions;
  private timer: NodeJS.Timeout | null = null;
  /** Why the file could not be read or written, if it could not. */
  lastError: string | null = null;

  constructor(
    private readonly file: string | null,
    options: Partial<PageStoreOptions> = {},
  ) {
    this.options = { ...PAGE_STORE_DEFAULTS, ...options };
    if (file) this.read(file);
  }

  /** The store under a state folder. */
  static inStateDir(stateDir: string, options: Partial<PageStoreOptions> = {}): PageStore {
    return new PageStore(join(stateDir, 'pages.json'), options);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Remembers what a message shows; `result` (for answers) spares asking again on the next page. */
  remember(messageId: string, state: PageState, result?: AskResult): void {
    this.entries.delete(messageId);
    this.entries.set(messageId, state);
    while (this.entries.size > this.options.maxEntries) this.forget(this.entries.keys().next().value!);
    if (result) this.keepResult(messageId, result);
    this.saveLater();
  }

  get(messageId: string): PageState | undefined {
    return this.entries.get(messageId);
  }

  /** The cached result for a message, if still in memory. */
  result(messageId: string): AskResult | undefined {
    return this.results.get(messageId);
  }

  keepResult(messageId: string, result: AskResult): void {
    this.results.delete(messageId);
    this.results.set(messageId, result);
    while (this.results.size > this.options.maxResults) this.results.delete(this.results.keys().next().value!);
  }

  /** Writes pending changes now (on shutdown). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.write();
  }

  private forget(messageId: string): void {
    this.entries.delete(messageId);
    this.results.delete(messageId);
  }

  private saveLater(): void {
    if (!this.file || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.write();
    }, this.options.saveDelayMs);
    this.timer.unref();
  }

  private read(file: string): void {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.lastError = `${file}: ${(error as Error).message}`;
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this.lastError = `${file}: not valid JSON; paging starts afresh`;
      return;
    }
    const parsed = storedFile.safeParse(json);
    if (!parsed.success) {
      this.lastError = `${file}: not a page store; paging starts afresh`;
      return;
    }
    for (const [id, state] of parsed.data.entries.slice(-this.options.maxEntries)) this.entries.set(id, state);
  }

  private write(): void {
    if (!this.file) return;
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(temp, JSON.stringify({ version: 1, entries: [...this.entries] }));
      renameSync(temp, this.file);
      this.lastError = null;
    } catch (error) {
      this.lastError = `${this.file}: ${(error as Error).message}`;
    }
  }
}
