import { Cron } from 'croner';
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { Newsdesk } from '../core/newsdesk.js';
import { cronPattern, dayCovered, lastSlotAtOrBefore, type SummarySlot } from '../core/summary/schedule.js';
import type { SummaryTopic } from '../core/settings/guildSettings.js';
import { FileStateStore } from '../core/state/fileStateStore.js';
import type { StateStore } from '../core/state/stateStore.js';
import { SUMMARY_STATE_KEY, type SummaryState, SummaryRecord } from '../core/summary/summaryState.js';
import { errorFields, type Logger } from '../logger.js';
import { NO_MENTIONS } from './render.js';
import { emptyDayNote, renderSummaryMessages } from './renderSummary.js';

export interface SummaryPosterOptions {
  channelId: string;
  slot: SummarySlot;
  /** No post for a day without reports. */
  skipEmpty: boolean;
  /** A slot missed at most this long ago is still posted, marked late. */
  catchUpMs: number;
  stateDir: string;
  /** Where the record and the day's claim live (shared by every shard); the file store under `stateDir` when unset. */
  store?: StateStore;
  /** Who claims the day: this process or shard (unique among the processes on one store). */
  holder?: string;
  /** How long a claim lasts without renewal: a process that dies holding it delays another by this much. */
  claimTtlMs?: number;
  /** Attempts per message on a 5xx or a network error. */
  attempts: number;
  /** Waits between attempts (tests pass a fast one). */
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
  /** Called at each step of a post (tests kill the process here to prove a post happens once). */
  onStep?: (step: 'before-send' | 'after-send' | 'after-record') => void;
  /** Only the reports on this topic (a summary channel's filter); every report when unset. */
  topic?: SummaryTopic;
  /**
   * The record's file under `stateDir` (its key in the store); `summary-state.json` (the
   * environment's channel) when unset.
   */
  stateFile?: string;
  /** Added to each message nonce, so two channels posting the same day never share one. */
  nonceTag?: string;
  /** Told how each post attempt ended (metrics). */
  onOutcome?: (outcome: 'sent' | 'skipped' | 'failed' | 'taken') => void;
}

export type PostOutcome =
  | { posted: true; day: string; messageIds: string[]; late: boolean }
  | { posted: false; day: string | null; reason: string };

/** A slot this long past is "late". */
const LATE_AFTER_MS = 5 * 60_000;
/** Default {@link SummaryPosterOptions.claimTtlMs}: renewed before each attempt, so long enough for one. */
const CLAIM_TTL_MS = 15_000;
/** The outcome's reason while another process holds the day's claim. */
export const CLAIMED_ELSEWHERE = 'another process is posting this day';

/**
 * Posts the daily summary exactly once per day: the day is claimed in the state store before
 * it is sent (of several processes or shards, one posts; a claim whose holder died runs out
 * and another takes it), the day and its message ids are recorded after the post, and every
 * message carries a nonce made from the day with enforce_nonce, so a retry after a crash
 * between sending and recording cannot post twice.
 */
export class SummaryPoster {
  private readonly state: SummaryRecord;
  private readonly store: StateStore;
  private readonly holder: string;
  private job: Cron | null = null;
  private retry: NodeJS.Timeout | null = null;
  private inFlight: Promise<PostOutcome> | null = null;

  constructor(
    private readonly rest: REST,
    private readonly desk: Newsdesk,
    private readonly logger: Logger,
    private readonly options: SummaryPosterOptions,
  ) {
    this.store = options.store ?? new FileStateStore(options.stateDir);
    this.state = new SummaryRecord(this.store, options.stateFile?.replace(/\.json$/, '') ?? SUMMARY_STATE_KEY);
    this.holder = options.holder ?? `pid-${process.pid}`;
  }

  /** Catches up a missed slot now, then posts at every slot (croner, in the configured zone). */
  start(): void {
    const run = () =>
      void this.tick()
        .then((outcome) => {
          // the holder may die: look again once its claim has run out
          if (!outcome.posted && outcome.reason === CLAIMED_ELSEWHERE && this.job) {
            this.logger.info({ day: outcome.day }, 'daily summary claimed by another process; looking again later');
            this.retry = setTimeout(run, this.claimTtl() + 500);
          }
        })
        .catch((error: unknown) =>
          this.logger.error({ err: errorFields(error) }, 'daily summary check failed; the next slot tries again'),
        );
    run();
    this.job = new Cron(cronPattern(this.options.slot), { timezone: this.options.slot.timezone, protect: true }, run);
  }

  stop(): void {
    this.job?.stop();
    this.job = null;
    if (this.retry) clearTimeout(this.retry);
  }

  /** The next scheduled post, for /status. */
  nextRun(): Date | null {
    return this.job?.nextRun() ?? null;
  }

  /** Last error recorded, for /status. */
  async lastError(): Promise<string | null> {
    const state = await this.state.read();
    return state.lastError ? `${state.lastError.day}: ${state.lastError.message} (${state.lastError.at})` : null;
  }

  /** Posts the day of the latest slot if it is due, within the catch-up window and not yet posted. */
  async tick(): Promise<PostOutcome> {
    if (this.inFlight) return this.inFlight;
    this.inFlight = this.due().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async due(): Promise<PostOutcome> {
    const now = this.options.now();
    const slot = lastSlotAtOrBefore(now, this.options.slot);
    if (!slot) return { posted: false, day: null, reason: 'no slot yet' };
    const day = dayCovered(slot, this.options.slot.timezone);
    const behind = now.getTime() - slot.getTime();
    if (behind > this.options.catchUpMs)
      return { posted: false, day, reason: 'missed slot is older than the catch-up window' };
    const state = await this.state.read();
    if (state.days[day]) return { posted: false, day, reason: 'already posted' };
    return this.post(day, behind > LATE_AFTER_MS);
  }

  /** Posts one day's summary unless it was posted already (here, or by another process holding its claim). */
  async post(day: string, late = false): Promise<PostOutcome> {
    if ((await this.state.read()).days[day]) return { posted: false, day, reason: 'already posted' };
    if (!(await this.claimDay(day))) {
      this.options.onOutcome?.('taken');
      return { posted: false, day, reason: CLAIMED_ELSEWHERE };
    }
    // read again once claimed: another process may have posted and recorded the day just before
    const state = await this.state.read();
    if (state.days[day]) return { posted: false, day, reason: 'already posted' };
    const summary = await this.desk.summary(day, { topic: this.options.topic });
    if (summary.reportCount === 0 && this.options.skipEmpty) {
      state.days[day] = { messageIds: [], postedAt: this.options.now().toISOString(), late, skipped: true };
      await this.state.write(state);
      await this.claimDay(day, true);
      this.options.onOutcome?.('skipped');
      return { posted: false, day, reason: 'no reports, skipped' };
    }
    const bodies = summary.reportCount === 0 ? [{ content: emptyDayNote(day) }] : renderSummaryMessages(summary, late);
    const messageIds: string[] = [];
    try {
      for (const [i, body] of bodies.entries()) {
        const nonce = `nd${day.replace(/-/g, '')}p${i}${this.options.nonceTag ?? ''}`;
        this.options.onStep?.('before-send');
        const message = { ...body, nonce, enforce_nonce: true, allowed_mentions: NO_MENTIONS };
        messageIds.push(await this.send(message, day));
        this.options.onStep?.('after-send');
      }
    } catch (error) {
      // slower than the lease (a long backoff): another process has the day and sends it with the same nonce
      if (error instanceof TakenOver) {
        this.options.onOutcome?.('taken');
        return { posted: false, day, reason: CLAIMED_ELSEWHERE };
      }
      return this.failed(day, error, state, messageIds.length);
    }
    state.days[day] = { messageIds, postedAt: this.options.now().toISOString(), late };
    state.lastError = null;
    await this.state.write(state);
    await this.claimDay(day, true);
    this.options.onStep?.('after-record');
    this.options.onOutcome?.('sent');
    this.logger.info(
      { day, channel: this.options.channelId, messages: messageIds.length, late },
      'daily summary posted',
    );
    return { posted: true, day, messageIds, late };
  }

  private claimKey(day: string): string {
    return `summary/${this.options.channelId}/${day}`;
  }

  private claimTtl(): number {
    return this.options.claimTtlMs ?? CLAIM_TTL_MS;
  }

  /** Takes or renews this process's lease on the day; `done` keeps it for ever once the day is recorded. */
  private claimDay(day: string, done = false): Promise<boolean> {
    const now = this.options.now().getTime();
    const lease = done ? {} : { ttlMs: this.claimTtl() };
    return this.store.claim(this.claimKey(day), { holder: this.holder, now, ...lease });
  }

  /**
   * Records a failed post. When Discord answered with an error before any message went out
   * (definitely not posted), the day's claim is given back so the next tick or another process
   * tries again; after a network error a message may have gone out, and Discord's nonce only
   * guards a few minutes, so the claim is kept for ever: never twice rather than perhaps twice
   * (/status shows the error).
   */
  private async failed(day: string, error: unknown, state: SummaryState, sent: number): Promise<PostOutcome> {
    const message = describe(error, this.options.channelId);
    this.logger.error({ day, err: errorFields(error) }, `daily summary not posted: ${message}`);
    state.lastError = { day, at: this.options.now().toISOString(), message };
    await this.state.write(state);
    const answered = (error as { status?: number }).status !== undefined;
    if (answered && sent === 0) await this.store.release(this.claimKey(day), this.holder);
    else await this.claimDay(day, true);
    this.options.onOutcome?.('failed');
    return { posted: false, day, reason: message };
  }

  /** One message, retried with backoff on a 5xx or a network error (the nonce makes retries safe). */
  private async send(body: object, day: string): Promise<string> {
    let wait = 1000;
    for (let attempt = 1; ; attempt++) {
      // renewed before each attempt, so a live holder keeps the day while one that died loses it soon
      if (!(await this.claimDay(day))) throw new TakenOver();
      try {
        const message = (await this.rest.post(Routes.channelMessages(this.options.channelId), { body })) as {
          id: string;
        };
        return message.id;
      } catch (error) {
        const status = error instanceof DiscordAPIError ? error.status : (error as { status?: number }).status;
        const retriable = status === undefined || status >= 500;
        if (!retriable || attempt >= this.options.attempts) throw error;
        this.logger.warn({ attempt, status, err: errorFields(error) }, 'daily summary post failed, retrying');
        await this.options.sleep(wait);
        wait *= 4;
      }
    }
  }
}

/** Another process took the day's claim while this one waited between attempts. */
class TakenOver extends Error {}

function describe(error: unknown, channelId: string): string {
  const status = (error as { status?: number }).status;
  if (status === 404) return `channel ${channelId} not found (check SUMMARY_CHANNEL_ID)`;
  if (status === 403)
    return `no permission to post in channel ${channelId} (needs View Channel, Send Messages, Embed Links)`;
  return (error as Error).message?.split('\n')[0] ?? String(error);
}
