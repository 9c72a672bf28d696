import type { InboxStore } from '../inboxStore.js';
import { reasonOf } from '../options.js';
import { pollFeeds, type FeedPollResult } from './poll.js';
import type { FeedRegistry } from './registry.js';

/** Settings of the bot's feed polling. */
export interface FeedPollerOptions {
  /** Time between the end of one round and the start of the next, in milliseconds. */
  intervalMs: number;
  /** The clock (tests fix it). */
  now?: () => Date;
  /** Called after each round with its results (announce new items, reload the index). */
  onRound?: (results: FeedPollResult[]) => void | Promise<void>;
  /** Called when a round fails as a whole (a feed's own error is in its result instead). */
  onError?: (reason: string) => void;
}

/** A running poller: rounds never overlap; `pollNow` runs one at once (or joins the running one). */
export interface FeedPoller {
  pollNow(): Promise<FeedPollResult[]>;
  /** Stops the timer and waits for a running round to end. */
  stop(): Promise<void>;
}

/** Polls the due feeds every `intervalMs` (feeds waiting after errors are left until their time). */
export function startFeedPoller(registry: FeedRegistry, inbox: InboxStore, options: FeedPollerOptions): FeedPoller {
  const now = options.now ?? (() => new Date());
  let running: Promise<FeedPollResult[]> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const round = (): Promise<FeedPollResult[]> => {
    running ??= (async () => {
      try {
        const results = await pollFeeds(registry, inbox, { now: now() });
        await options.onRound?.(results);
        return results;
      } catch (error) {
        options.onError?.(reasonOf(error));
        return [];
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => void round().then(schedule), options.intervalMs);
    timer.unref();
  };
  schedule();
  return {
    pollNow: round,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
