import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { replyTo, runTerminal, splitOptions } from '../../src/cli/terminal.js';
import type { Newsdesk } from '../../src/core/newsdesk.js';
import { foundingDesk } from '../helpers/fixtures.js';

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
