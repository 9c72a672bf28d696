import { watch, type FSWatcher } from 'node:fs';

export interface FolderWatcher {
  close(): void;
}

/**
 * Calls `onChange` once things settle after files under `path` are added, changed or removed
 * (a burst of events within `settleMs` makes one call; calls never overlap).
 */
export function watchFolder(path: string, onChange: () => Promise<void>, settleMs = 250): FolderWatcher {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = onChange().finally(() => {
      running = null;
      if (again) {
        again = false;
        run();
      }
    });
  };
  let watcher: FSWatcher;
  try {
    watcher = watch(path, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(run, settleMs);
    });
  } catch {
    return { close() {} };
  }
  watcher.on('error', () => undefined);
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
