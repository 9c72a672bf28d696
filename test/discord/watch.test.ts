import { EventEmitter } from 'node:events';
import type { watch } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { watchFolder } from '../../src/discord/watch.js';

/** A stand-in for fs.watch: each call makes a watcher the test can fire or break. */
function fakeWatch() {
  const made: Array<EventEmitter & { close(): void; closed: boolean; fire(): void }> = [];
  const fn = ((_path: string, _options: unknown, listener: () => void) => {
    const watcher = Object.assign(new EventEmitter(), {
      closed: false,
      close() {
        this.closed = true;
      },
      fire: () => listener(),
    });
    made.push(watcher);
    return watcher;
  }) as unknown as typeof watch;
  return { fn, made };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the folder watcher', () => {
  it('reports a failed watch, restarts itself, catches up once and says it watches again', async () => {
    const { fn, made } = fakeWatch();
    const errors: Array<[string, number | null]> = [];
    let changes = 0;
    const watcher = watchFolder(
      '/reports',
      async () => {
        changes++;
      },
      {
        watchFn: fn,
        settleMs: 5,
        restartMs: 20,
        onError: (error, restartIn) => errors.push([error.message, restartIn]),
      },
    );
    made[0]!.emit('error', new Error('EMFILE: too many open files'));
    expect(errors).toEqual([['EMFILE: too many open files', 20]]);
    expect(made[0]!.closed).toBe(true);
    expect(watcher.lastError()).toBe('watching /reports failed: EMFILE: too many open files');
    await tick(60);
    expect(made).toHaveLength(2); // watching again
    expect(changes).toBe(1); // changes made while it was down are read once
    expect(watcher.lastError()).toMatch(/\(watching again\)$/);
    made[1]!.fire();
    await tick(30);
    expect(changes).toBe(2);
    watcher.close();
  });

  it('waits longer after each failure in a row, and a failing reload is reported but keeps the watch', async () => {
    const { fn, made } = fakeWatch();
    const waits: Array<number | null> = [];
    const watcher = watchFolder(
      '/reports',
      async () => {
        throw new Error('disk gone');
      },
      { watchFn: fn, settleMs: 5, restartMs: 10, onError: (_error, restartIn) => waits.push(restartIn) },
    );
    made[0]!.emit('error', new Error('first'));
    await tick(30);
    made[1]!.emit('error', new Error('second'));
    expect(waits.filter((w) => w !== null)).toEqual([10, 20]);
    await tick(60);
    expect(waits).toContain(null); // the catch-up reload failed and was reported
    expect(watcher.lastError()).toBe('reload failed: disk gone');
    expect(made.at(-1)!.closed).toBe(false);
    watcher.close();
  });
});
