import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, button, MEMBER, slash } from '../fakeDiscord/fakeDiscord.js';
import { answerOf, type Harness, send, startHarness } from './harness.js';

const OTHER = { id: '630000000000000063', permissions: '1024' };

let h: Harness;
let stateDir: string;
beforeAll(async () => {
  h = await startHarness();
  stateDir = join(h.reportsDir, '..', `${h.reportsDir.split('/').pop()}-state`);
});
afterAll(async () => h?.stop());

/** The feedback log as written under STATE_DIR. */
function feedbackLog(): any[] {
  try {
    return readFileSync(join(stateDir, 'feedback.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  } catch {
    return [];
  }
}

describe('👍 / 👎 on answers', () => {
  it('puts both buttons beside the pager, within one row of at most 5, with short ids', async () => {
    const payload = slash('who', { query: 'Minister of Defense of Azerbaijan' });
    await send(h.fake, payload);
    const answer = await answerOf(h.fake, payload);
    const rows = answer.body.components;
    expect(rows).toHaveLength(1);
    const buttons = rows[0].components;
    expect(buttons.length).toBeLessThanOrEqual(5);
    expect(buttons.map((b: any) => b.label ?? b.emoji?.name)).toEqual(['Previous', 'Next', '👍', '👎']);
    for (const b of buttons) expect(b.custom_id.length).toBeLessThanOrEqual(100);
  });

  it('records two users on one answer twice and one user pressing twice once, each acknowledged ephemerally', async () => {
    const payload = slash('who', { query: 'Minister of Defense of Azerbaijan' }, MEMBER);
    await send(h.fake, payload);
    const answer = await answerOf(h.fake, payload);
    const up = answer.body.components[0].components.find((b: any) => b.emoji?.name === '👍').custom_id;
    const before = feedbackLog().length;

    const first = await send(h.fake, button(up, answer.message, MEMBER));
    expect(first.body.data.flags).toBe(64);
    expect(first.body.data.content).toMatch(/noted that this answer helped/);
    const again = await send(h.fake, button(up, answer.message, MEMBER));
    expect(again.body.data.flags).toBe(64);
    expect(again.body.data.content).toMatch(/already gave this answer a 👍/);
    const other = await send(h.fake, button(up, answer.message, OTHER));
    expect(other.body.data.content).toMatch(/noted/);

    const added = feedbackLog().slice(before);
    expect(added.map((r) => r.userId)).toEqual([MEMBER.id, OTHER.id]);
    const expected = h.bot.desk.ask('who', 'Minister of Defense of Azerbaijan').answers[0]!;
    expect(added[0]).toMatchObject({
      messageId: answer.message.id,
      index: 0,
      verdict: 'up',
      command: 'who',
      question: 'Minister of Defense of Azerbaijan',
      answer: expected.text,
      reportId: 'founding',
      start: expected.citations[0]!.start,
      end: expected.citations[0]!.end,
    });
  });

  it('records a changed verdict as a change, and /status counts the latest verdicts of the last 7 days', async () => {
    const payload = slash('who', { query: 'US Deputy Assistant Secretary of Defense' }, OTHER);
    await send(h.fake, payload);
    const answer = await answerOf(h.fake, payload);
    const ids = answer.body.components[0].components.map((b: any) => b.custom_id);
    const down = ids.find((id: string) => id.startsWith('nd:f:down'));
    const up = ids.find((id: string) => id.startsWith('nd:f:up'));
    await send(h.fake, button(up, answer.message, ADMIN));
    const changed = await send(h.fake, button(down, answer.message, ADMIN));
    expect(changed.body.data.content).toMatch(/Changed your verdict on this answer to 👎/);
    expect(feedbackLog().at(-1)).toMatchObject({ userId: ADMIN.id, verdict: 'down', replaces: 'up' });

    const status = await send(h.fake, slash('status'));
    const fields = Object.fromEntries(status.body.data.embeds[0].fields.map((f: any) => [f.name, f.value]));
    // MEMBER 👍 and OTHER 👍 on the first answer; ADMIN changed to 👎 on the second
    expect(fields['Feedback, last 7 days']).toBe('👍 2 · 👎 1');
  });

  it('never logs the question or the answer text in the interaction log line', () => {
    const lines = h.logs.filter((l) => l.includes('"interaction"') && l.includes('"button"'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/Hasanov|Minister/);
  });
});
