import { IngestError, reasonOf, type Refusal } from './options.js';
import type { InboxStore, KnownId, StoredReport } from './inboxStore.js';
import { draftFromUrl, draftsFromFile, type DraftOverrides } from './sources.js';

/** What one `add` did: reports stored, and inputs (or lines of them) refused with the reason. */
export interface AddOutcome {
  added: StoredReport[];
  refused: Refusal[];
}

/** A file handed in: a Discord attachment or a path read by the CLI. */
export interface IncomingFile {
  /** File name with extension; it picks the format. */
  name: string;
  bytes: Uint8Array;
}

/** Adds the stored report to `outcome`, or its refusal (a duplicate is refused, naming the earlier file). */
async function store(
  inbox: InboxStore,
  name: string,
  draft: Parameters<InboxStore['add']>[0],
  outcome: AddOutcome,
  knownId?: KnownId,
): Promise<void> {
  try {
    const stored = await inbox.add(draft, knownId);
    if (stored.duplicate) outcome.refused.push({ name, reason: `same text already stored as ${stored.file}` });
    else outcome.added.push(stored);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    outcome.refused.push({ name, reason: error.message });
  }
}

/**
 * Stores the reports in each file (one per `.txt`, `.md`, `.html` and `.pdf`; one per item of a
 * `.json` array or line of a `.jsonl`). Bad files and lines are refused; the rest are stored.
 */
export async function addFiles(
  inbox: InboxStore,
  files: IncomingFile[],
  overrides: DraftOverrides = {},
  knownId?: KnownId,
): Promise<AddOutcome> {
  const outcome: AddOutcome = { added: [], refused: [] };
  for (const file of files) {
    const { drafts, refused } = await draftsFromFile(file.name, file.bytes, overrides, inbox.options);
    outcome.refused.push(...refused);
    for (const draft of drafts) await store(inbox, file.name, draft, outcome, knownId);
  }
  return outcome;
}

/** Fetches each link (see safeFetch for the limits) and stores its article. */
export async function addUrls(
  inbox: InboxStore,
  urls: string[],
  overrides: DraftOverrides = {},
  knownId?: KnownId,
): Promise<AddOutcome> {
  const outcome: AddOutcome = { added: [], refused: [] };
  for (const url of urls) {
    try {
      const draft = await draftFromUrl(url, overrides, inbox.options);
      await store(inbox, url, draft, outcome, knownId);
    } catch (error) {
      const reason = error instanceof IngestError ? error.message : `unexpected: ${reasonOf(error)}`;
      outcome.refused.push({ name: url, reason });
    }
  }
  return outcome;
}

/** True when the argument is a link rather than a file path. */
export function looksLikeUrl(argument: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(argument);
}
