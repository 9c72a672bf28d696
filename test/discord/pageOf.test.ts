import { describe, expect, it } from 'vitest';
import { pageOf } from '../../src/discord/buttons.js';
import type { CommandContext } from '../../src/discord/command.js';
import type { PageState } from '../../src/discord/pageStore.js';

const state: PageState = { kind: 'report', reportId: 'r1', owner: 'u1', page: 0 };

/** A context whose page store learns of message `m1` after `delayMs`. */
function contextNotingAfter(delayMs: number): CommandContext {
  const noted = new Map<string, PageState>();
  setTimeout(() => noted.set('m1', state), delayMs);
  return { pages: { get: (id: string) => noted.get(id) } } as unknown as CommandContext;
}

describe('pageOf', () => {
  it('waits for a message sent moments ago whose reply has not come back yet', async () => {
    const found = await pageOf(contextNotingAfter(100), { id: 'm1', createdTimestamp: Date.now() });
    expect(found).toEqual(state);
  });

  it('does not wait for an old message the bot no longer knows', async () => {
    const started = Date.now();
    const found = await pageOf(contextNotingAfter(100), { id: 'm1', createdTimestamp: Date.now() - 60_000 });
    expect(found).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('gives up after a second on a new message it never notes', async () => {
    const found = await pageOf(contextNotingAfter(5_000), { id: 'm1', createdTimestamp: Date.now() });
    expect(found).toBeUndefined();
  });
});
