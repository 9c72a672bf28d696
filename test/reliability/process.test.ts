import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SummaryStateFile } from '../../src/core/summary/summaryState.js';
import { CHANNEL_ID, FakeDiscord } from '../fakeDiscord/fakeDiscord.js';
import { TOKEN } from '../discord/harness.js';
import { FOUNDING_REPORT, ROOT, tempReports } from '../helpers/fixtures.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
});
afterAll(() => fake.stop());

/** Runs a TypeScript file of the project in its own Node process. */
function run(
  file: string,
  args: string[],
  env: Record<string, string> = {},
  onOutput?: (text: string, child: ReturnType<typeof spawn>) => void,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, file), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let out = '';
    const take = (chunk: Buffer) => {
      out += chunk.toString();
      onOutput?.(out, child);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });
}

describe('the process killed while posting the summary', () => {
  it.each(['before-send', 'after-send', 'after-record'])(
    'killed at %s, then restarted: the day is posted exactly once',
    async (step) => {
      const stateDir = tempReports({});
      fake.channelMessages.length = 0;
      const killed = await run('test/reliability/summaryChild.ts', [
        fake.apiUrl,
        stateDir,
        CHANNEL_ID,
        FOUNDING_REPORT,
        step,
      ]);
      expect(killed.signal).toBe('SIGKILL');
      // restarted 20 s later: the dead process's claim on the day (a 15 s lease) has run out
      const restarted = await run('test/reliability/summaryChild.ts', [
        fake.apiUrl,
        stateDir,
        CHANNEL_ID,
        FOUNDING_REPORT,
        'none',
        '2018-12-05T14:00:30Z',
      ]);
      expect(restarted.code).toBe(0);
      expect(fake.channelMessages).toHaveLength(1);
      const state = await new SummaryStateFile(stateDir).read();
      expect(state.days['2018-12-05']?.messageIds).toEqual([fake.channelMessages[0]!.id]);
    },
  );
});

describe('SIGTERM', () => {
  it('logs out and exits cleanly', async () => {
    const reports = tempReports({});
    const started = Date.now();
    let signalled = false;
    const result = await run(
      'src/main.ts',
      [],
      {
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        REPORTS_DIR: FOUNDING_REPORT,
        STATE_DIR: join(reports, 'state'),
        LOG_LEVEL: 'info',
      },
      (out, child) => {
        if (!signalled && out.includes('"msg":"logged in"')) {
          signalled = true;
          child.kill('SIGTERM');
        }
      },
    );
    expect(signalled).toBe(true);
    expect(result.code).toBe(0);
    expect(result.out).toContain('"msg":"shutting down"');
    expect(result.out).not.toContain('token-for-the-fake-discord-only');
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
