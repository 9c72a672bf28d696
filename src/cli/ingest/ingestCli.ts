import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Config } from '../../config.js';
import { InboxStore } from '../../core/ingest/inboxStore.js';
import { addFiles, addUrls, looksLikeUrl, type AddOutcome, type IncomingFile } from '../../core/ingest/ingest.js';
import { FeedRegistry } from '../../core/ingest/feeds/registry.js';
import { openStateStore } from '../../core/state/openStateStore.js';
import { pollFeeds } from '../../core/ingest/feeds/poll.js';
import { IngestError, reasonOf, type IngestOptions } from '../../core/ingest/options.js';
import { INGEST_USAGE, parseIngestArgs, type AddArgs, type FeedsArgs } from './ingestArgs.js';

/** First words of the command lines this module answers. */

type Out = Pick<NodeJS.WriteStream, 'write'>;

/** `add` and `feeds`: JSON on stdout, problems on stderr; exit code 0, 1 (something refused or failed) or 2 (usage). */
export async function runIngestCli(argv: string[], config: Config, now: Date = new Date()): Promise<number> {
  const parsed = parseIngestArgs(argv);
  if ('issues' in parsed) {
    process.stderr.write(`${parsed.issues.map((i) => `error: ${i}`).join('\n')}\nUsage:\n${INGEST_USAGE}\n`);
    return 2;
  }
  const options: Partial<IngestOptions> = { allowPrivateUrls: config.ALLOW_PRIVATE_URLS };
  try {
    if (parsed.args.verb === 'add') return await runAdd(parsed.args, config, options, process.stdout);
    return await runFeeds(parsed.args, config, options, process.stdout, now);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
}

async function runAdd(args: AddArgs, config: Config, options: Partial<IngestOptions>, out: Out): Promise<number> {
  const inbox = await InboxStore.open(args.reports ?? config.REPORTS_DIR, config.STATE_DIR, options);
  const overrides = { ...(args.date ? { date: args.date } : {}), ...(args.title ? { title: args.title } : {}) };
  if (args.source) Object.assign(overrides, { source: args.source });
  const outcome: AddOutcome = { added: [], refused: [] };
  for (const input of args.inputs) {
    const step = looksLikeUrl(input)
      ? await addUrls(inbox, [input], overrides)
      : await readInput(input).then((file) =>
          'reason' in file ? { added: [], refused: [file] } : addFiles(inbox, [file], overrides),
        );
    outcome.added.push(...step.added);
    outcome.refused.push(...step.refused);
  }
  const added = outcome.added.map(({ id, title, date, file }) => ({ id, title, date, file }));
  out.write(`${JSON.stringify({ added, refused: outcome.refused })}\n`);
  return outcome.refused.length ? 1 : 0;
}

/** A file given on the command line, read whole after a size check. */
async function readInput(path: string): Promise<IncomingFile | { name: string; reason: string }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { name: path, reason: 'not a file' };
    return { name: basename(path), bytes: await readFile(path) };
  } catch (error) {
    return { name: path, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? reasonOf(error)}` };
  }
}

async function runFeeds(
  args: FeedsArgs,
  config: Config,
  options: Partial<IngestOptions>,
  out: Out,
  now: Date,
): Promise<number> {
  // the feeds live in the state store: the shared database when DATABASE_URL is set
  const store = await openStateStore(config);
  try {
    return await feedAction(args, await FeedRegistry.open(store), config, options, out, now);
  } finally {
    await store.close();
  }
}

async function feedAction(
  args: FeedsArgs,
  registry: FeedRegistry,
  config: Config,
  options: Partial<IngestOptions>,
  out: Out,
  now: Date,
): Promise<number> {
  switch (args.action) {
    case 'add': {
      const feedOptions = { fullText: args.fullText, allowPrivateUrls: options.allowPrivateUrls ?? false };
      const withChannel = args.channel ? { ...feedOptions, channel: args.channel } : feedOptions;
      const record = await registry.add(args.url, withChannel, now);
      out.write(`${JSON.stringify({ added: { url: record.url, fullText: record.fullText } })}\n`);
      return 0;
    }
    case 'list': {
      const feeds = registry.list().map(({ seen, ...rest }) => ({ ...rest, seen: seen.length }));
      out.write(`${JSON.stringify({ feeds })}\n`);
      return 0;
    }
    case 'remove': {
      if (!(await registry.remove(args.url))) throw new IngestError(`not following ${args.url}`);
      out.write(`${JSON.stringify({ removed: args.url })}\n`);
      return 0;
    }
    case 'poll': {
      const inbox = await InboxStore.open(args.reports ?? config.REPORTS_DIR, config.STATE_DIR, options);
      const results = await pollFeeds(registry, inbox, { now, force: true });
      const feeds = results.map(({ stored: _stored, ...rest }) => rest);
      out.write(`${JSON.stringify({ feeds })}\n`);
      return feeds.some((feed) => feed.error) ? 1 : 0;
    }
  }
}
