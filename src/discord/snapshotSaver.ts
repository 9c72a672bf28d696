import type { Newsdesk } from '../core/newsdesk.js';
import { errorFields, type Logger } from '../logger.js';

/** How long after a folder change the snapshot is saved, so a burst of changes makes one save. */
const SAVE_DELAY_MS = 30_000;
/** Progress lines during a long background annotation, at most this often. */
const PROGRESS_EVERY_MS = 10_000;

/** Saves the desk's snapshot now or a little later, logging the outcome; never throws. */
export class SnapshotSaver {
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly desk: Newsdesk,
    private readonly logger: Logger,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {}

  now(): void {
    if (this.stopped) return;
    this.cancel();
    void this.desk
      .saveSnapshot()
      .then((saved) => {
        if (saved)
          this.logger.info(
            { megabytes: Number((saved.bytes / 1024 / 1024).toFixed(1)), seconds: Number(saved.seconds.toFixed(2)) },
            'index snapshot saved',
          );
      })
      .catch((error: unknown) =>
        this.logger.error(
          { err: errorFields(error) },
          'index snapshot could not be saved; the next start rebuilds what it lacks',
        ),
      );
  }

  later(): void {
    if (this.stopped) return;
    this.cancel();
    this.timer = setTimeout(() => this.now(), this.delayMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    this.cancel();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** An `onProgress` that logs "annotated 5000/20000" every few seconds. */
export function progressLogger(logger: Logger, everyMs = PROGRESS_EVERY_MS): (done: number, total: number) => void {
  let last = Date.now();
  return (done, total) => {
    if (Date.now() - last < everyMs && done < total) return;
    last = Date.now();
    logger.info({ done, total }, `annotated ${done}/${total} reports`);
  };
}
