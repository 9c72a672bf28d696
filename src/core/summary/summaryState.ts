import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

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

const EMPTY: SummaryState = { version: 1, days: {}, lastError: null };
/** Days kept in the file; older records are dropped. */
const KEEP_DAYS = 400;

/** The summary record under STATE_DIR: which days were posted, with their message ids. */
export class SummaryStateFile {
  readonly path: string;

  /** `name`: the file under `stateDir` (one per summary channel; the environment's channel keeps the first name). */
  constructor(stateDir: string, name = 'summary-state.json') {
    this.path = join(stateDir, name);
  }

  /** The saved state; a missing file is an empty state, a corrupt one is set aside as empty. */
  async read(): Promise<SummaryState> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch {
      return structuredClone(EMPTY);
    }
    try {
      return stateSchema.parse(JSON.parse(raw));
    } catch {
      return structuredClone(EMPTY);
    }
  }

  /** Writes atomically: a temporary file, then a rename over the old one. */
  async write(state: SummaryState): Promise<void> {
    const days = Object.keys(state.days).sort().slice(-KEEP_DAYS);
    const trimmed: SummaryState = { ...state, days: Object.fromEntries(days.map((d) => [d, state.days[d]!])) };
    await mkdir(join(this.path, '..'), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(trimmed, null, 2)}\n`);
    await rename(temporary, this.path);
  }
}
