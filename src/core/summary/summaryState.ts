import { join, resolve } from 'node:path';
import { z } from 'zod';
import { FileStateStore } from '../state/fileStateStore.js';
import type { StateStore } from '../state/stateStore.js';

const dayRecord = z.object({
  messageIds: z.array(z.string()),
  postedAt: z.string(),
  late: z.boolean(),
  skipped: z.boolean().optional(),
});
const stateSchema = z.object({
  version: z.literal(1),
  days: z.record(z.string(), dayRecord),
  lastError: z.object({ day: z.string(), at: z.string(), message: z.string() }).nullable().default(null),
});

export type SummaryState = z.infer<typeof stateSchema>;
export type DayRecord = z.infer<typeof dayRecord>;

/** The key of the summary record in the state store (`summary-state.json` in the file store). */
export const SUMMARY_STATE_KEY = 'summary-state';
const EMPTY: SummaryState = { version: 1, days: {}, lastError: null };
/** Days kept in the record; older ones are dropped. */
const KEEP_DAYS = 400;

/** The summary record in a state store: which days were posted, with their message ids. */
export class SummaryRecord {
  /** `key`: where the record is kept (one per summary channel; the environment's channel keeps the first). */
  constructor(
    private readonly store: StateStore,
    private readonly key = SUMMARY_STATE_KEY,
  ) {}

  /** The saved record; none is an empty one, and so is a damaged one (set aside by the next write). */
  async read(): Promise<SummaryState> {
    let stored: unknown;
    try {
      stored = await this.store.get(this.key);
    } catch (error) {
      // a damaged file reads as empty, as before; a database that cannot answer is an error (never a re-post)
      if (/is not valid JSON/.test((error as Error).message)) return structuredClone(EMPTY);
      throw error;
    }
    const parsed = stateSchema.safeParse(stored);
    return parsed.success ? parsed.data : structuredClone(EMPTY);
  }

  /**
   * Stores `state` as one step of the store: days recorded meanwhile by another process are
   * kept (the record only grows), then only the latest {@link KEEP_DAYS} days are kept.
   */
  async write(state: SummaryState): Promise<void> {
    await this.store.update(this.key, (current) => {
      const before = stateSchema.safeParse(current);
      const all = { ...(before.success ? before.data.days : {}), ...state.days };
      const days = Object.keys(all).sort().slice(-KEEP_DAYS);
      return { ...state, days: Object.fromEntries(days.map((d) => [d, all[d]!])) };
    });
  }
}

/** The summary record of the file store under STATE_DIR (`summary-state.json`, written atomically). */
export class SummaryStateFile extends SummaryRecord {
  readonly path: string;

  /** `name`: the file under `stateDir` (one per summary channel; the environment's channel keeps the first name). */
  constructor(stateDir: string, name = `${SUMMARY_STATE_KEY}.json`) {
    super(new FileStateStore(stateDir), name.replace(/\.json$/, ''));
    this.path = join(resolve(stateDir), name);
  }
}
