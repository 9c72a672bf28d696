import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** ../shared/data beside the project, or NEWSDESK_DATA_DIR given to the eval script. */
export const DATA_DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'data');

export function hasSharedData(): boolean {
  return existsSync(DATA_DIR);
}

export function readJsonl<T>(relative: string): T[] {
  return readFileSync(resolve(DATA_DIR, relative), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
