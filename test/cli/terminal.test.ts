import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { replyTo, runTerminal, splitOptions } from '../../src/cli/terminal.js';
import type { Newsdesk } from '../../src/core/newsdesk.js';
import { foundingDesk, ROOT } from '../helpers/fixtures.js';

const execFileAsync = promisify(execFile);

let desk: Newsdesk;
beforeAll(async () => {
  desk = await foundingDesk();
});

describe('terminal mode', () => {
  it.each([
    ['/who defense minister', /^\*\*Zakir Hasanov — Minister of Defense of the Republic of Azerbaijan \(person\)\*\*/],
    ['/when Hasanov met the US delegation', /^\*\*2018-12-04 — “December 4”\*\*/],
    [
      '/quote Afghanistan support',
      /“the successes achieved in Afghanistan today.*” — Laura Cooper, quoting James Mattis/,
    ],
    ['/search peacekeepers', /\*\*peacekeepers\*\*/],
    ['/report 000_b2fcb3b7b63d40ff', /Zakir Hasanov \(person, Minister of Defense/],
    ['/status', /^1 reports, \d+ passages/],
    ['/help', /\/who <topic>/],
    ['/who zebra quasar', /^No people or organisations found/],
    ['/who', /^Give a topic/],
    ['/fly away', /^Unknown command \/fly/],
    ['peacekeepers terrorism', /\*\*terrorism\*\*/],
    ['/who x from:2018-02-30', /^from: must be a date/],
    ['/when meeting from:2019-01-01 to:2018-01-01', /^to: comes before from; swap the dates/],
    ['/report nope', /^No report with id "nope"/],
  ])('%s', async (line, expected) => {
    expect(await replyTo(desk, line)).toMatch(expected);
  });

  it('shows the matched words in bold and the report it cites', async () => {
    const reply = await replyTo(desk, '/who US Secretary of Defense limit:1');
    expect(reply).toContain('**Secretary** of **Defense** James Mattis');
    expect(reply).toContain('2018-12-05 · 000_b2fcb3b7b63d40ff');
    expect(reply).toContain('1 of');
  });

  it('routes a plain question and follows up on it', async () => {
    const session = {};
    expect(await replyTo(desk, 'who met Laura Cooper?', undefined, session)).toMatch(/^\*\*Zakir Hasanov/);
    expect(await replyTo(desk, 'and when was that?', undefined, session)).toMatch(/^\*\*2018-12-04 — “December 4”\*\*/);
    expect(await replyTo(desk, '/ask who was quoted about Afghanistan?')).toMatch(
      /— Laura Cooper, quoting James Mattis/,
    );
  });

  it('splits options from the words', () => {
    expect(splitOptions('defense from:2018-01-01 limit:3 speaker:"Laura Cooper" minister')).toEqual({
      query: 'defense minister',
      options: { from: '2018-01-01', limit: 3, speaker: 'Laura Cooper' },
    });
  });

  it('reads lines until /quit and writes the replies', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk) => (text += chunk));
    const done = runTerminal(desk, input, output, false);
    input.end('/who US Secretary of Defense limit:1\n/quit\n/who never answered\n');
    await done;
    expect(text).toMatch(/James Mattis/);
    expect(text).not.toMatch(/never answered/);
  });
});

describe('the terminal as a whole process (npm start without a token)', () => {
  /** The terminal's reply to one line, on the bundled seeds, from `stateDir`. */
  async function startAndAsk(line: string, stateDir: string): Promise<string> {
    const env = { PATH: process.env.PATH ?? '', REPORTS_DIR: join(ROOT, 'seeds'), STATE_DIR: stateDir };
    const child = execFileAsync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main.ts')], { cwd: ROOT, env });
    child.child.stdin?.end(`${line}\n/quit\n`);
    return (await child).stdout;
  }

  it('answers before the background annotation is done as it does after it', async () => {
    const state = mkdtempSync(join(tmpdir(), 'newsdesk-terminal-cold-'));
    const line = '/who chief executive of General Motors limit:3';
    const first = await startAndAsk(line, state);
    expect(first).toMatch(/\*\*.+ \(person\)\*\*/);
    // every report annotated and saved (the CLI's index), then the terminal starts from that snapshot
    const env = { PATH: process.env.PATH ?? '', STATE_DIR: state };
    const index = ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'index', '--reports', join(ROOT, 'seeds')];
    await execFileAsync(process.execPath, index, { cwd: ROOT, env });
    expect(await startAndAsk(line, state)).toBe(first);
  }, 120_000);
});
