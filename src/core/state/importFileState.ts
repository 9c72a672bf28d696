import { FileStateStore } from './fileStateStore.js';
import type { StateStore } from './stateStore.js';

/** The documents that live in STATE_DIR files before a bot moves to a shared store. */
export const MOVABLE_STATE_KEYS = ['summary-state', 'feeds'] as const;

/**
 * Copies the documents of the file store under `stateDir` into `store` where `store` has none
 * yet (the first start on PostgreSQL keeps the summary record and the feeds). Never overwrites
 * a document already there, so it is safe on every start and from every shard; the files stay
 * as they were. Returns the keys copied.
 */
export async function importFileState(
  store: StateStore,
  stateDir: string,
  keys: readonly string[] = MOVABLE_STATE_KEYS,
): Promise<string[]> {
  if (store instanceof FileStateStore) return [];
  const files = new FileStateStore(stateDir);
  const copied: string[] = [];
  for (const key of keys) {
    let value: unknown;
    try {
      value = await files.get(key);
    } catch {
      continue; // a damaged file is left where it is, for someone to look at
    }
    if (value === undefined) continue;
    let took = false;
    await store.update(key, (current) => {
      took = current === undefined;
      return current ?? value;
    });
    if (took) copied.push(key);
  }
  return copied;
}
