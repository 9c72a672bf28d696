/**
 * Where the bot keeps what it must remember between runs (summary records, feeds, settings,
 * feedback): small JSON documents by key, append-only logs and once-only claims. The file
 * store under `STATE_DIR` is the default; a shared store (PostgreSQL) lets several processes
 * see one state.
 */
export interface StateStore {
  /** The document stored under `key`, or `undefined` when there is none. */
  get(key: string): Promise<unknown>;
  /**
   * Reads the document under `key`, hands it to `change` and stores what `change` returns,
   * as one step: two updates of one key never interleave (in this process for the file store,
   * across processes for a shared store). Returns the stored value.
   */
  update<T>(key: string, change: (current: unknown) => T): Promise<T>;
  /**
   * Takes `key` for `holder` if nobody holds it: true for the first caller, false for every
   * later one. With `ttlMs` the claim is a lease that another holder may take once it has
   * run out (one poller at a time); without it the claim is forever (a day's summary).
   */
  claim(key: string, options?: ClaimOptions): Promise<boolean>;
  /** Gives a claim back (a summary that could not be sent, a poller that stops). */
  release(key: string, holder?: string): Promise<void>;
  /** Adds one record at the end of the log `log`; records are never changed or removed. */
  append(log: string, record: unknown): Promise<void>;
  /** Every record of `log`, oldest first (skipping a damaged line). */
  readLog(log: string): Promise<unknown[]>;
  /** Closes files or connections; the store is not used afterwards. */
  close(): Promise<void>;
}

/** Options of {@link StateStore.claim}. */
export interface ClaimOptions {
  /** Who takes the claim (a process or shard id); the same holder may renew its own lease. */
  holder?: string;
  /** How long the claim lasts, in milliseconds; forever when unset. */
  ttlMs?: number;
  /** The time now, in epoch milliseconds (tests fix it). */
  now?: number;
}

/** Keys and log names: letters, digits, `-`, `_`, `.` and `/` between parts; no `..`. */
export const STATE_KEY = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$/;

/** Throws a clear error for a key that is not a plain path of safe names. */
export function checkStateKey(key: string): string {
  if (!STATE_KEY.test(key) || key.includes('..') || key.length > 200) {
    throw new Error(`state key "${key.slice(0, 60)}" must be up to 200 letters, digits, - _ . and /`);
  }
  return key;
}
