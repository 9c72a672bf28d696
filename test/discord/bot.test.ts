import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withinLimits } from '../../src/discord/limits.js';
import { ADMIN, MEMBER, message, slash, subcommand } from '../fakeDiscord/fakeDiscord.js';
import { answerOf, editOf, send, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('the bot against the fake Discord', () => {
  it('logs in with no privileged intents', () => {
    expect(h.fake.identifies).toHaveLength(1);
    const intents = h.fake.identifies[0].intents;
    expect(intents).toBe(1 | 512 | 4096); // Guilds, GuildMessages, DirectMessages
    for (const privileged of [2, 256, 32768]) expect(intents & privileged).toBe(0); // members, presences, message content
    expect(h.fake.unknownRoutes).toEqual([]);
  });

  it('/who Minister of Defense of Azerbaijan → an embed naming Zakir Hasanov with the cited passage', async () => {
    const payload = slash('who', { query: 'Minister of Defense of Azerbaijan' });
    const callback = await send(h.fake, payload);
    expect(callback.body).toMatchObject({ type: 4 }); // answered in the one callback, not deferred
    expect(callback.query.get('with_response')).toBe('true');
    const edit = await answerOf(h.fake, payload);
    const embed = edit.body.embeds[0];
    expect(embed.title).toBe('Zakir Hasanov — Minister of Defense of the Republic of Azerbaijan (person)');
    const [passage, source, ...more] = embed.description.split('\n');
    expect(passage).toContain('Colonel General Zakir Hasanov has met with the delegation');
    expect(passage).toContain('**Minister**');
    // compact: the report's title is its first sentence, quoted in the passage, so only date and id follow
    expect(source).toBe('2018-12-05 · founding');
    expect(more).toEqual([]);
    expect(embed.fields ?? []).toEqual([]);
    expect(embed.footer.text).toMatch(/^1 of \d+ · newsdesk$/);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    expect(withinLimits(edit.body)).toBe(true);
  });

  it('/reload is refused to a member without Manage Guild, even if the command is visible', async () => {
    const payload = slash('reload', {}, MEMBER);
    const callback = await send(h.fake, payload);
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.content).toMatch(/Only members who can manage this server/);
    expect(callback.body.data.flags).toBe(64);
  });

  it('/reload by an admin says what changed', async () => {
    const payload = slash('reload', {}, ADMIN);
    await send(h.fake, payload);
    const edit = await answerOf(h.fake, payload);
    expect(edit.body.content).toMatch(/^Reloaded\. 1 reports/);
  });
});

describe('every command', () => {
  it.each([
    [
      'when',
      { query: 'When did Hasanov meet the US delegation?' },
      (e: any) => {
        expect(e.title).toBe('4 December 2018 (“December 4”)');
        expect(e.description).toContain('On December 4, the Minister of Defense');
      },
    ],
    [
      'quote',
      { query: 'Afghanistan support' },
      (e: any) => {
        expect(e.title).toBe('Laura Cooper, quoting James Mattis');
        expect(e.description).toContain(
          '“the successes achieved in Afghanistan today would have been impossible without strong support from Azerbaijan.”',
        );
      },
    ],
    [
      'quote',
      { query: 'Afghanistan', speaker: 'Cooper' },
      (e: any) => {
        expect(e.title).toBe('Laura Cooper, quoting James Mattis');
      },
    ],
    [
      'search',
      { query: 'peacekeepers terrorism' },
      (e: any) => {
        expect(e.description).toContain('**terrorism**');
        expect(e.description.split('\n').at(-1)).toMatch(/^(?:.+ · )?2018-12-05 · founding$/);
      },
    ],
  ] as const)('/%s %j', async (name, options, check) => {
    const payload = slash(name, options as Record<string, string>);
    await send(h.fake, payload);
    const edit = await answerOf(h.fake, payload);
    check(edit.body.embeds[0]);
    expect(edit.body.embeds[0].footer.text).toMatch(/ · newsdesk$/);
    expect(withinLimits(edit.body)).toBe(true);
  });

  it('answers "nothing found" briefly, not as an error', async () => {
    const payload = slash('who', { query: 'zebra xylophone quasar' });
    await send(h.fake, payload);
    const edit = await answerOf(h.fake, payload);
    expect(edit.body.content).toMatch(/^No people or organisations found/);
    expect(edit.body.embeds ?? []).toEqual([]);
  });

  it('rejects a bad date option with a short ephemeral reply', async () => {
    const callback = await send(h.fake, slash('when', { query: 'meeting', from: '2018-02-30' }));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags).toBe(64);
    expect(callback.body.data.content).toMatch(/from: impossible date 2018-02-30/);
  });

  it('refuses a from after to, saying which', async () => {
    const callback = await send(h.fake, slash('search', { query: 'meeting', from: '2019-01-01', to: '2018-01-01' }));
    expect(callback.body.data.flags).toBe(64);
    expect(callback.body.data.content).toBe('That did not work: to: comes before from; swap the dates.');
  });

  it('/report show shows the report with its title, date and id', async () => {
    const callback = await send(h.fake, subcommand('report', 'show', { id: 'founding' }));
    const embed = callback.body.data.embeds[0];
    expect(embed.title).toMatch(/^On December 4, the Minister of Defense/);
    expect(embed.description).toMatch(/^Baku\. 5 December\. REPORT\.AZ\//);
    expect(embed.footer.text).toBe('founding · page 1 of 2 · newsdesk');
    expect(callback.body.data.components[0].components.map((c: any) => c.label)).toEqual(['Previous', 'Next']);
    const unknown = await send(h.fake, subcommand('report', 'show', { id: 'missing' }));
    expect(unknown.body.data).toMatchObject({ flags: 64 });
    expect(unknown.body.data.content).toMatch(/No report with id “missing”/);
  });

  it('/status tells reports, passages, skipped files and uptime', async () => {
    const callback = await send(h.fake, slash('status'));
    const fields = Object.fromEntries(callback.body.data.embeds[0].fields.map((f: any) => [f.name, f.value]));
    expect(fields.Reports).toBe('1');
    expect(Number(fields.Passages)).toBeGreaterThan(5);
    expect(fields['Skipped (0)']).toBe('none');
    expect(fields['Last load']).toBe('1 file read, 1 report loaded; nothing skipped');
    expect(fields.Uptime).toMatch(/\d+m/);
  });
});

describe('paging, autocomplete, errors, reload, load', () => {
  it('pages with Next / Previous for the asker only', async () => {
    const asker = { id: '700000000000000007', permissions: '1024' };
    const payload = slash('who', { query: 'defense' }, asker);
    await send(h.fake, payload);
    const answer = await answerOf(h.fake, payload);
    const first = answer.body;
    const next = first.components[0].components[1];
    expect(next.label).toBe('Next');
    expect(next.custom_id).toBe('nd:a:1'); // the question stays with the bot, not in the button
    const { button } = await import('../fakeDiscord/fakeDiscord.js');
    const pressed = await send(h.fake, button(next.custom_id, answer.message, asker));
    expect(pressed.body.type).toBe(7); // update the message
    expect(pressed.body.data.embeds[0].footer.text).toMatch(/^2 of \d+ · newsdesk$/);
    expect(pressed.body.data.embeds[0].title).not.toBe(first.embeds[0].title);
    const stranger = await send(h.fake, button(next.custom_id, answer.message, MEMBER));
    expect(stranger.body.data).toMatchObject({ flags: 64 });
    expect(stranger.body.data.content).toMatch(/Only the person who asked/);
    const unknown = await send(h.fake, button(next.custom_id, message(first), asker));
    expect(unknown.body.data.content).toMatch(/no longer understood/);
  });

  it('autocompletes speakers, report ids and names, at most 25', async () => {
    await h.bot.desk.warmUp();
    const { autocomplete, subAutocomplete } = await import('../fakeDiscord/fakeDiscord.js');
    const speakers = await send(h.fake, autocomplete('quote', 'speaker', 'coo'));
    expect(speakers.body).toEqual({ type: 8, data: { choices: [{ name: 'Laura Cooper', value: 'Laura Cooper' }] } });
    const reports = await send(h.fake, subAutocomplete('report', 'show', 'id', 'found'));
    expect(reports.body.data.choices[0]).toMatchObject({ value: 'founding' });
    const names = await send(h.fake, autocomplete('who', 'query', ''));
    expect(names.body.data.choices.length).toBeGreaterThan(2);
    expect(names.body.data.choices.length).toBeLessThanOrEqual(25);
    expect(names.body.data.choices.map((c: any) => c.value)).toContain('Zakir Hasanov');
  });

  it('turns a failing handler into a short ephemeral follow-up and logs the detail', async () => {
    const desk = h.bot.desk;
    const original = desk.ask.bind(desk);
    desk.ask = () => {
      throw new Error('index exploded');
    };
    try {
      const payload = slash('who', { query: 'anything' });
      const callback = await send(h.fake, payload); // not deferred: the apology is the one callback
      expect(callback.body.type).toBe(4);
      expect(callback.body.data.content).toMatch(/^Sorry, something went wrong/);
      expect(callback.body.data.flags).toBe(64);
      expect(h.logs.some((l) => l.includes('index exploded') && l.includes('"command":"who"'))).toBe(true);
    } finally {
      desk.ask = original;
    }
    // and the bot goes on answering
    const payload = slash('who', { query: 'US Secretary of Defense' });
    await send(h.fake, payload);
    expect((await answerOf(h.fake, payload)).body.embeds[0].title).toMatch(/^James Mattis/);
  });

  it('replies at once while answers are quick; acknowledges first (then edits) after a slow one', async () => {
    const desk = h.bot.desk;
    const original = desk.ask.bind(desk);
    desk.ask = (...args: Parameters<typeof desk.ask>) => {
      const until = Date.now() + 900; // a cold, large index
      while (Date.now() < until);
      return original(...args);
    };
    try {
      const slow = slash('when', { query: 'meeting' });
      expect((await send(h.fake, slow)).body.type).toBe(4); // nothing slow seen yet: one callback
      const payload = slash('when', { query: 'meeting' });
      await send(h.fake, payload);
      const edit = await editOf(h.fake, payload);
      const callbackAt = h.fake.requests.findIndex(
        (r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`,
      );
      expect(h.fake.requests[callbackAt]!.body.type).toBe(5);
      expect(h.fake.requests.indexOf(edit)).toBeGreaterThan(callbackAt);
      expect(edit.body.embeds[0].footer.text).toMatch(/ · newsdesk$/);
    } finally {
      desk.ask = original;
    }
  });

  it('pages through a long report', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { button } = await import('../fakeDiscord/fakeDiscord.js');
    const reporter = { id: '710000000000000071', permissions: '1024' };
    writeFileSync(
      join(h.reportsDir, 'long.txt'),
      `date 2021-01-01 ${Array.from({ length: 20 }, (_, i) => `Paragraph ${i} says ${'much '.repeat(40)}.`).join('\n\n')}`,
    );
    await h.bot.desk.reload();
    const first = await send(h.fake, subcommand('report', 'show', { id: 'long' }, reporter));
    const sent = { ...message(first.body.data), id: h.fake.sent.get(first) };
    const next = await send(h.fake, button(first.body.data.components[0].components[1].custom_id, sent, reporter));
    expect(next.body.type).toBe(7);
    expect(next.body.data.embeds[0].footer.text).toMatch(/^long · page 2 of \d+ · newsdesk$/);
    expect(next.body.data.embeds[0].description).not.toBe(first.body.data.embeds[0].description);
  });

  it('sees a new report file without a restart', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    writeFileSync(
      join(h.reportsDir, 'harbour.txt'),
      'date 2021-06-02 The harbour master Ingrid Solberg reopened the port of Bergen on Tuesday.',
    );
    const deadline = Date.now() + 2000;
    while (!h.bot.desk.report('harbour') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    const payload = slash('who', { query: 'harbour master Bergen' });
    await send(h.fake, payload);
    expect((await answerOf(h.fake, payload)).body.embeds[0].title).toMatch(/^Ingrid Solberg/);
  });

  it('answers 50 interactions sent at once, each before its deadline', async () => {
    const payloads = Array.from({ length: 50 }, (_, i) =>
      slash(['who', 'when', 'quote', 'search'][i % 4]!, {
        query: ['defense minister', 'meeting', 'Afghanistan', 'peacekeepers'][i % 4]!,
      }),
    );
    const started = performance.now();
    const callbacks = await Promise.all(payloads.map((p) => send(h.fake, p)));
    const acknowledged = performance.now() - started;
    const edits = await Promise.all(payloads.map((p) => answerOf(h.fake, p)));
    expect(callbacks).toHaveLength(50);
    expect(acknowledged).toBeLessThan(3000);
    expect(edits.every((e) => (e.body.embeds?.length ?? 0) === 1 || typeof e.body.content === 'string')).toBe(true);
    expect(h.fake.unknownRoutes).toEqual([]);
  });

  it('writes one log line per interaction, and never the token', () => {
    const lines = h.logs.map((l) => JSON.parse(l));
    const interactions = lines.filter((l) => l.msg === 'interaction');
    expect(interactions.length).toBeGreaterThan(50);
    expect(interactions[0]).toEqual(
      expect.objectContaining({ command: expect.any(String), latencyMs: expect.any(Number) }),
    );
    expect(h.logs.join('\n')).not.toContain('token-for-the-fake-discord-only');
  });
});
