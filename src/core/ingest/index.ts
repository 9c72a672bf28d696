/**
 * Reports coming in: the API the CLI verbs and the Discord commands call.
 *
 * - `InboxStore.open(REPORTS_DIR, STATE_DIR, options)` then `addFiles` / `addUrls` (each gives
 *   `{ added, refused }`), `store.remove(id, originFile)`, `store.listTrash()`, `store.restore(name)`.
 * - `downloadAttachment` for chat attachments, then `addFiles`.
 * - `FeedRegistry.open(STATE_DIR)`: `add`, `list`, `remove`; `pollFeeds` for one round, or
 *   `startFeedPoller` for rounds on an interval.
 */
export { InboxStore, INBOX_FOLDER, TRASH_FOLDER } from './inboxStore.js';
export type { StoredReport, TrashEntry, KnownId } from './inboxStore.js';
export { addFiles, addUrls, looksLikeUrl, type AddOutcome, type IncomingFile } from './ingest.js';
export { downloadAttachment } from './attachment.js';
export { ACCEPTED_EXTENSIONS, type DraftOverrides } from './sources.js';
export { defaultIngestOptions, ingestOptions, IngestError, type IngestOptions, type Refusal } from './options.js';
export { FeedRegistry, type FeedRecord, type AddFeedOptions } from './feeds/registry.js';
export { pollFeeds, type FeedPollResult, type PollOptions } from './feeds/poll.js';
export { startFeedPoller, type FeedPoller, type FeedPollerOptions } from './feeds/poller.js';
