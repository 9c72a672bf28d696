import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slash } from '../fakeDiscord/fakeDiscord.js';
import { SEEDS, settledCopy } from '../helpers/fixtures.js';
import { answerOf, send, startHarness, type Harness } from './harness.js';

/** Resolves with the first log line matching `pattern`, parsed. */
async function logLine(h: Harness, pattern: RegExp, timeoutMs = 20_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = h.logs.find((l) => pattern.test(l));
    if (line) return JSON.parse(line) as Record<string, unknown>;
    if (Date.now() > deadline) throw new Error(`no log line matching ${pattern} in:\n${h.logs.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('bot start-up from the index snapshot', () => {
  it('saves the snapshot after annotating, then starts from it and says how many reports it gave', async () => {
    const reports = settledCopy(SEEDS);
    const env = { REPORTS_DIR: reports, STATE_DIR: join(reports, '..', 'state') };

    const first = await startHarness(env);
    try {
      const loaded = await logLine(first, /reports loaded/);
      expect(loaded).toMatchObject({ fromSnapshot: 0, reprocessed: 53, reports: 53 });
      expect(await logLine(first, /background annotation done/)).toMatchObject({ annotated: 53, failed: 0 });
      await logLine(first, /index snapshot saved/);
    } finally {
      await first.stop();
    }

    const second = await startHarness(env);
    try {
      const loaded = await logLine(second, /reports loaded/);
      expect(loaded).toMatchObject({
        fromSnapshot: 53,
        reprocessed: 0,
        dropped: 0,
        reports: 53,
        msg: 'reports loaded: 53 from the snapshot, 0 processed',
      });
      expect(await logLine(second, /background annotation done/)).toMatchObject({ annotated: 0 });
      const payload = slash('who', { query: 'Minister of Defense of Azerbaijan' });
      await send(second.fake, payload);
      expect((await answerOf(second.fake, payload)).body.embeds[0].title).toMatch(/^Zakir Hasanov/);
    } finally {
      await second.stop();
    }
  });

  it('logs a damaged snapshot, rebuilds from the files and answers', async () => {
    const reports = settledCopy(SEEDS);
    const state = join(reports, '..', 'state');
    const first = await startHarness({ REPORTS_DIR: reports, STATE_DIR: state });
    await logLine(first, /index snapshot saved/);
    await first.stop();
    writeFileSync(join(state, 'index', 'manifest.json'), '{"version": 1, "endian');

    const second = await startHarness({ REPORTS_DIR: reports, STATE_DIR: state });
    try {
      expect(await logLine(second, /index snapshot discarded/)).toMatchObject({
        level: 40,
        reason: expect.stringMatching(/damaged/),
      });
      expect(await logLine(second, /reports loaded/)).toMatchObject({ fromSnapshot: 0, reprocessed: 53 });
      const payload = slash('search', { query: 'military cooperation' });
      await send(second.fake, payload);
      expect(JSON.stringify((await answerOf(second.fake, payload)).body)).toMatch(/cooperation/i);
    } finally {
      await second.stop();
    }
  });
});
