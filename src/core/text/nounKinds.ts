import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../projectRoot.js';
import type { NounKind } from './wordnetNouns.js';

export type { NounKind } from './wordnetNouns.js';

/** Where the table lives, from the project root. */
export const NOUNS_PATH = 'models/nouns.json';

/** models/nouns.json: each kind's nouns, space-separated, and where they come from. */
export interface NounsFile {
  format: 'newsdesk-nouns/1';
  header: { source: string; sha256: Record<string, string>; command: string };
  person: string;
  group: string;
  thing: string;
}

let table: Map<string, NounKind> | undefined;

/** The kinds a table file lists, by noun. */
export function nounsFromFile(file: NounsFile): Map<string, NounKind> {
  const kinds = new Map<string, NounKind>();
  for (const kind of ['person', 'group', 'thing'] as const) {
    for (const noun of file[kind].split(' ')) if (noun) kinds.set(noun, kind);
  }
  return kinds;
}

function loadTable(): Map<string, NounKind> {
  const path = join(projectRoot(import.meta.dirname, 'noun kinds'), NOUNS_PATH);
  try {
    return nounsFromFile(JSON.parse(readFileSync(path, 'utf8')) as NounsFile);
  } catch (error) {
    throw new Error(`noun kinds: cannot read ${path}: ${(error as Error).message}; run npm run build:nouns`);
  }
}

/** Reads the table now rather than on the first who-question (the bot does it before it logs in). */
export function loadNounKinds(): void {
  table ??= loadTable();
}

/**
 * What a lower-case one-word noun names most often, from WordNet: a person ("analyst"), a group
 * of people ("legislature") or a thing ("list"); `undefined` for a word WordNet does not settle.
 */
export function nounKind(noun: string): NounKind | undefined {
  table ??= loadTable();
  return table.get(noun);
}
