import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AskResult } from '../../src/core/types.js';
import { MAX_PAGES, renderAnswerPage } from '../../src/discord/render.js';
import { button, FakeDiscord, slash } from '../fakeDiscord/fakeDiscord.js';
import { SEEDS, settledCopy } from '../helpers/fixtures.js';
import { answerOf, send, startHarness, type Harness } from './harness.js';

const ASKER = { id: '720000000000000072', permissions: '1024' };

/**
 * A 500-character question whose topic comes after the first 256 characters (all an embed's
 * author line holds), so a question read back from the message would be another question.
 */
function longQuestion(): string {
  const preamble = 'please tell me, in as much detail as you are able to give and with every source you can find, ';
  const topic = 'Northrop Grumman and Airbus parent EADS against Boeing for the US Air Force airtanker contract';
  const question = `${preamble.repeat(3)}${topic} `.repeat(2).slice(0, 500).trim();
  expect(question.length).toBeGreaterThan(490);
  expect(question.indexOf('Northrop')).toBeGreaterThan(256);
  return question;
}

const fake = new FakeDiscord();
let current: Harness | null = null;
afterAll(async () => {
  await current?.stop();
  await fake.stop();
});

/** The titles and footers a page turn shows, to compare with the answers asked directly. */
function shown(body: any): { title: string; footer: string } {
  return { title: body.embeds[0].title, footer: body.embeds[0].footer.text };
}

describe('paging kept by the bot', () => {
  it('pages through the answers to a 500-character question, the same question on every page, also after a restart', async () => {
    await fake.start();
    const reports = settledCopy(SEEDS);
    const env = { REPORTS_DIR: reports, STATE_DIR: join(reports, '..', 'state') };
    current = await startHarness(env, undefined, fake);
    const question = longQuestion();
    const expected = current.bot.desk.ask('search', question, { limit: MAX_PAGES });
    expect(expected.answers.length).toBeGreaterThanOrEqual(4);
    const clipped = current.bot.desk.ask('search', question.slice(0, 256), { limit: MAX_PAGES });
    expect(clipped.answers.map((a) => a.text).slice(0, 4)).not.toEqual(expected.answers.map((a) => a.text).slice(0, 4));

    const payload = slash('search', { query: question }, ASKER);
    await send(fake, payload);
    const answer = await answerOf(fake, payload);
    expect(answer.body.embeds[0].author.name.length).toBeLessThanOrEqual(256); // clipped for display only
    const pageOf = (i: number) => `${i + 1} of ${expected.total} · newsdesk`;
    expect(shown(answer.body).footer).toBe(pageOf(0));
    let customId: string = answer.body.components[0].components[1].custom_id;
    for (let i = 1; i <= 2; i++) {
      const pressed = await send(fake, button(customId, answer.message, ASKER));
      expect(pressed.body.type).toBe(7);
      expect(shown(pressed.body.data).footer).toBe(pageOf(i));
      expect(pressed.body.data.embeds[0]).toEqual(embedOf(expected, i));
      customId = pressed.body.data.components[0].components[1].custom_id;
    }

    await current.stop(); // the paging state is written on the way down
    current = null;
    expect(existsSync(join(env.STATE_DIR, 'pages.json'))).toBe(true);
    expect(readFileSync(join(env.STATE_DIR, 'pages.json'), 'utf8')).toContain(question);

    current = await startHarness(env, undefined, fake);
    const afterRestart = await send(fake, button(customId, answer.message, ASKER));
    expect(afterRestart.body.type).toBe(7);
    expect(shown(afterRestart.body.data).footer).toBe(pageOf(3));
    expect(afterRestart.body.data.embeds[0]).toEqual(embedOf(expected, 3));
    const back = await send(
      fake,
      button(afterRestart.body.data.components[0].components[0].custom_id, answer.message, ASKER),
    );
    expect(back.body.data.embeds[0]).toEqual(embedOf(expected, 2));
  });
});

/** The embed of answer `index` as the renderer makes it from the answers asked directly. */
function embedOf(result: AskResult, index: number): unknown {
  return JSON.parse(JSON.stringify(renderAnswerPage(result, index).embeds![0]));
}
