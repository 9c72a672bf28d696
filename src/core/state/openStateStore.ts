import { FileStateStore } from './fileStateStore.js';
import { importFileState } from './importFileState.js';
import { PgStateStore } from './pgStateStore.js';
import type { StateStore } from './stateStore.js';

/** The settings that choose the store (the parsed configuration has both). */
export interface StateStoreSettings {
  /** PostgreSQL connection string: the shared store when set. */
  DATABASE_URL?: string | undefined;
  /** Folder of the file store, used when there is no database. */
  STATE_DIR: string;
}

/**
 * The state store the configuration asks for: PostgreSQL (shared by every process and shard)
 * when `DATABASE_URL` is set (documents of `STATE_DIR` files it does not have yet are copied
 * in), else the file store under `STATE_DIR` (one machine).
 */
export async function openStateStore(settings: StateStoreSettings): Promise<StateStore> {
  if (!settings.DATABASE_URL) return new FileStateStore(settings.STATE_DIR);
  const store = await PgStateStore.open(settings.DATABASE_URL);
  // the first start on the database keeps what STATE_DIR files held (summary record, feeds)
  await importFileState(store, settings.STATE_DIR);
  return store;
}
