import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared corpora and gold answers: ../shared/data beside the project. */
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
