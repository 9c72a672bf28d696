import type { StateStore } from '../../state/stateStore.js';
import type { InboxStore } from '../inboxStore.js';
import { reasonOf } from '../options.js';
import { pollFeeds, type FeedPollResult } from './poll.js';
import type { FeedRegistry } from './registry.js';

/** The claim that lets one process at a time poll the feeds of a shared store. */
export const POLLER_LEASE_KEY = 'feeds/poller';

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
  /**
   * With several processes on one store (shards): a round runs only while this process holds
   * the lease `feeds/poller`, renewed during the round; another takes it once it runs out.
   */
  lease?: PollerLease;
}

/** Who polls, on which store, and for how long a lease lasts unrenewed. */
export interface PollerLease {
  /** The shared store holding the lease. */
  store: StateStore;
  /** This process or shard (unique among the processes on the store). */
  holder: string;
  /** How long the lease lasts without renewal, in milliseconds (renewed every third of it). */
  ttlMs: number;
}

/** A running poller: rounds never overlap; `pollNow` runs one at once (or joins the running one). */
export interface FeedPoller {
  /** One round now; with a lease held by another process, no round (an empty list). */
  pollNow(): Promise<FeedPollResult[]>;
  /** Stops the timer, waits for a running round to end and gives the lease back. */
  stop(): Promise<void>;
}

/** Polls the due feeds every `intervalMs` (feeds waiting after errors are left until their time). */
export function startFeedPoller(registry: FeedRegistry, inbox: InboxStore, options: FeedPollerOptions): FeedPoller {
  const now = options.now ?? (() => new Date());
  const { lease } = options;
  let running: Promise<FeedPollResult[]> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const round = (): Promise<FeedPollResult[]> => {
    running ??= (async () => {
      try {
        const poll = () => pollFeeds(registry, inbox, { now: now() });
        const results = lease ? await leasedRound(registry, lease, now, poll) : await poll();
        // another process holds the lease: nothing polled here, nothing to report
        if (results === null) return [];
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
      if (lease) await lease.store.release(POLLER_LEASE_KEY, lease.holder).catch(() => undefined);
    },
  };
}

/** Runs `poll` if this process holds (or can take) the lease, renewing it while the round lasts. */
async function leasedRound(
  registry: FeedRegistry,
  lease: PollerLease,
  now: () => Date,
  poll: () => Promise<FeedPollResult[]>,
): Promise<FeedPollResult[] | null> {
  const take = () =>
    lease.store.claim(POLLER_LEASE_KEY, { holder: lease.holder, ttlMs: lease.ttlMs, now: now().getTime() });
  if (!(await take())) return null;
  const renew = setInterval(() => void take().catch(() => undefined), Math.max(10, lease.ttlMs / 3));
  renew.unref();
  try {
    // another process may have added or removed feeds, or polled them, while it held the lease
    await registry.refresh();
    return await poll();
  } finally {
    clearInterval(renew);
  }
}
