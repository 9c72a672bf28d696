import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from '../ingest/atomicWrite.js';
import { type ClaimOptions, checkStateKey, type StateStore } from './stateStore.js';

interface ClaimRecord {
  holder: string;
  /** Epoch ms when the lease runs out; absent for a claim that lasts forever. */
  until?: number;
}

/**
 * The state store of one machine: `<dir>/<key>.json` written whole through a temporary file
 * and a rename, `<dir>/<log>.jsonl` appended line by line, and claims as files created
 * exclusively under `<dir>/claims/` (so two processes on one machine cannot both take one).
 */
export class FileStateStore implements StateStore {
  private readonly dir: string;
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  async get(key: string): Promise<unknown> {
    const path = this.pathOf(key, '.json');
    let raw: string;
    try {
      raw = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      throw new Error(`${path} is not valid JSON; fix or move it away (it is never overwritten)`);
    }
  }

  update<T>(key: string, change: (current: unknown) => T): Promise<T> {
    return this.serial(key, async () => {
      const next = change(await this.get(key));
      const path = this.pathOf(key, '.json');
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, `${JSON.stringify(next, null, 2)}\n`);
      return next;
    });
  }

  async claim(key: string, options: ClaimOptions = {}): Promise<boolean> {
    const path = this.pathOf(`claims/${key}`, '.json');
    return this.serial(`claims/${key}`, async () => {
      const holder = options.holder ?? `pid-${process.pid}`;
      const now = options.now ?? Date.now();
      const record: ClaimRecord = options.ttlMs === undefined ? { holder } : { holder, until: now + options.ttlMs };
      await mkdir(dirname(path), { recursive: true });
      if (await createExclusive(path, record)) return true;
      const current = await readClaim(path);
      // a claim for ever stays taken; a lease can be renewed by its holder or taken once it ran out
      // (two processes may both see one run out: fine for a poll, and days use claims for ever)
      if (current !== null && current.until === undefined) return false;
      if (current !== null && current.holder !== holder && (current.until ?? 0) > now) return false;
      await writeFileAtomic(path, JSON.stringify(record));
      return true;
    });
  }

  async release(key: string, holder?: string): Promise<void> {
    const path = this.pathOf(`claims/${key}`, '.json');
    await this.serial(`claims/${key}`, async () => {
      const current = await readClaim(path);
      if (current && (holder === undefined || current.holder === holder)) await rm(path, { force: true });
    });
  }

  async append(log: string, record: unknown): Promise<void> {
    const path = this.pathOf(log, '.jsonl');
    return this.serial(`log:${log}`, async () => {
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(path, 'a');
      try {
        await handle.write(`${JSON.stringify(record)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
  }

  async readLog(log: string): Promise<unknown[]> {
    let raw: string;
    try {
      raw = await readFile(this.pathOf(log, '.jsonl'), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const records: unknown[] = [];
    for (const line of raw.split('\n')) {
      if (!line.trim()) continue;
      try {
        records.push(JSON.parse(line));
      } catch {
        // a line cut short by a crash: the records around it still count
      }
    }
    return records;
  }

  async close(): Promise<void> {
    await Promise.all(this.queues.values());
  }

  private pathOf(key: string, extension: string): string {
    return join(this.dir, `${checkStateKey(key)}${extension}`);
  }

  /** Runs `task` after every earlier task on the same key. */
  private serial<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.queues.get(key) ?? Promise.resolve();
    const run = before.then(task, task);
    const settled = run.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return run;
  }
}

async function createExclusive(path: string, record: ClaimRecord): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(JSON.stringify(record));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readClaim(path: string): Promise<ClaimRecord | null> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<ClaimRecord>;
    return typeof parsed.holder === 'string' ? (parsed as ClaimRecord) : null;
  } catch {
    return null;
  }
}
