import { watch, type FSWatcher } from 'node:fs';

export interface FolderWatcher {
  close(): void;
  /** The last reload's error until a reload succeeds, else the watch's last failure, if any. */
  lastError(): string | null;
}

export interface WatchOptions {
  /** A burst of events within this many ms makes one call. */
  settleMs: number;
  /** Wait before watching again after the watch failed (ms); doubles up to `maxRestartMs`. */
  restartMs: number;
  maxRestartMs: number;
  /** Told every error: the watch failing (it restarts itself) or a change handler failing. */
  onError: (error: Error, restartInMs: number | null) => void;
  /** The watch function (tests give a failing one). */
  watchFn: typeof watch;
}

export const WATCH_DEFAULTS: WatchOptions = {
  settleMs: 250,
  restartMs: 1000,
  maxRestartMs: 60_000,
  onError: () => undefined,
  watchFn: watch,
};

/**
 * Calls `onChange` once things settle after files under `path` are added, changed or removed
 * (calls never overlap). When the watch fails it reports the error and starts again after a
 * growing wait, with one `onChange` then, since changes may have been missed meanwhile.
 */
export function watchFolder(
  path: string,
  onChange: () => Promise<void>,
  options: Partial<WatchOptions> = {},
): FolderWatcher {
  const settings = { ...WATCH_DEFAULTS, ...options };
  let timer: NodeJS.Timeout | undefined;
  let restartTimer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | null = null;
  let closed = false;
  // the watch's own failure stays on show (marked once it watches again); a reload's, until one succeeds
  let watchProblem: string | null = null;
  let reloadProblem: string | null = null;
  let restartDelay = settings.restartMs;
  const run = serialised(onChange, (failure) => {
    reloadProblem = failure ? `reload failed: ${failure.message}` : null;
    if (failure) settings.onError(failure, null);
  });
  const fail = (failure: Error) => {
    watcher?.close();
    watcher = null;
    if (closed) return;
    watchProblem = `watching ${path} failed: ${failure.message}`;
    settings.onError(failure, restartDelay);
    restartTimer = setTimeout(() => {
      start();
      if (watcher) run();
    }, restartDelay);
    restartTimer.unref();
    restartDelay = Math.min(restartDelay * 2, settings.maxRestartMs);
  };
  const start = () => {
    try {
      watcher = settings.watchFn(path, { recursive: true }, () => {
        restartDelay = settings.restartMs;
        clearTimeout(timer);
        timer = setTimeout(run, settings.settleMs);
      });
      watcher.on('error', (failure) => fail(failure));
      if (watchProblem) watchProblem = `${watchProblem} (watching again)`;
    } catch (failure) {
      fail(failure as Error);
    }
  };
  start();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      clearTimeout(restartTimer);
      watcher?.close();
    },
    lastError: () => reloadProblem ?? watchProblem,
  };
}

/** Runs `task` one at a time; a call during a run makes one more run after it. */
function serialised(task: () => Promise<void>, done: (error: Error | null) => void): () => void {
  let running = false;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    task()
      .then(
        () => done(null),
        (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
      )
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return run;
}
