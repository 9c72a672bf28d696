import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASKER, BOT_ID, chatMessage, slash } from '../fakeDiscord/fakeDiscord.js';
import type { RecordedRequest } from '../fakeDiscord/fakeDiscord.js';
import { answerOf, send, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

/** Sends a MESSAGE_CREATE and resolves with the bot's reply in that channel (or null after a wait). */
async function ask(payload: any, waitMs = 3000): Promise<RecordedRequest | null> {
  const reply = h.fake
    .waitFor(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${payload.channel_id}/messages` &&
        r.body?.message_reference?.message_id === payload.id,
      waitMs,
    )
    .catch(() => null);
  h.fake.dispatch('MESSAGE_CREATE', payload);
  return reply;
}

describe('questions asked in chat', () => {
  it('"@Newsdesk when did Hasanov meet the US delegation?" → 4 December 2018 with the cited sentence, as a reply that pings nobody', async () => {
    const reply = await ask(chatMessage(`<@${BOT_ID}> when did Hasanov meet the US delegation?`));
    expect(reply).not.toBeNull();
    const embed = reply!.body.embeds[0];
    expect(embed.title).toBe('4 December 2018 (“December 4”)');
    expect(embed.description).toContain('On December 4, the Minister of Defense of the Republic of Azerbaijan');
    expect(reply!.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('"@Newsdesk who was quoted about Afghanistan?" → Laura Cooper, quoting James Mattis', async () => {
    const reply = await ask(chatMessage(`<@${BOT_ID}> who was quoted about Afghanistan?`));
    expect(reply!.body.embeds[0].title).toBe('Laura Cooper, quoting James Mattis');
  });

  it('answers a DM without a mention', async () => {
    const reply = await ask(
      chatMessage('who met Laura Cooper?', { dmChannel: '320000000000000032', mentionsBot: false }),
    );
    expect(reply!.body.embeds[0].title).toMatch(/^Zakir Hasanov/);
  });

  it('follows up in a reply chain: "and when was that?" after a who answer', async () => {
    const first = await ask(chatMessage(`<@${BOT_ID}> who met Laura Cooper?`));
    // the fake gives each sent message an id; the follow-up replies to it
    const sentId = lastSentMessageId(first!);
    const followUp = await ask(chatMessage(`<@${BOT_ID}> and when was that?`, { replyTo: sentId }));
    expect(followUp!.body.embeds[0].title).toBe('4 December 2018 (“December 4”)');
  });

  it.each([
    [
      'a message from another bot',
      chatMessage(`<@${BOT_ID}> who met Laura Cooper?`, {
        author: { id: '620000000000000062', username: 'otherbot', discriminator: '0', bot: true },
      }),
    ],
    ['a message without a mention', chatMessage('who met Laura Cooper?', { mentionsBot: false })],
    ['an @everyone message', chatMessage('@everyone who met Laura Cooper?', { mentionsBot: false, everyone: true })],
  ])('ignores %s', async (_label, payload) => {
    expect(await ask(payload, 700)).toBeNull();
  });

  it('/ask gives the same answers', async () => {
    const payload = slash('ask', { question: 'when did Hasanov meet the US delegation?' });
    await send(h.fake, payload);
    expect((await answerOf(h.fake, payload)).body.embeds[0].title).toBe('4 December 2018 (“December 4”)');
  });

  it('rate-limits one user politely and still answers others', async () => {
    const flooder = { ...ASKER, id: '630000000000000063', username: 'flooder' };
    const replies = [];
    for (let i = 0; i < 8; i++)
      replies.push(await ask(chatMessage(`<@${BOT_ID}> peacekeepers ${i}`, { author: flooder })));
    expect(replies.filter((r) => r?.body.content?.startsWith('You are asking faster'))).toHaveLength(2);
    const other = await ask(chatMessage(`<@${BOT_ID}> who met Laura Cooper?`));
    expect(other!.body.embeds[0].title).toMatch(/^Zakir Hasanov/);
    expect(h.fake.unknownRoutes).toEqual([]);
  });
});

/** The id the fake Discord gave the message the bot sent in answer to a request. */
function lastSentMessageId(request: RecordedRequest): string {
  const found = h.fake.sent.get(request);
  if (!found) throw new Error('the fake did not record the sent message');
  return found;
}

describe('chat settings', () => {
  it('answers in a thread with CHAT_THREADS=true, and only in CHAT_CHANNELS', async () => {
    const other = '330000000000000033';
    const t = await startHarness({ CHAT_THREADS: 'true', CHAT_CHANNELS: `${other}, 300000000000000003` });
    try {
      const question = chatMessage(`<@${BOT_ID}> when did Hasanov meet the US delegation?`);
      const thread = t.fake.waitFor(
        (r) => r.method === 'POST' && r.path === `/channels/300000000000000003/messages/${question.id}/threads`,
      );
      t.fake.dispatch('MESSAGE_CREATE', question);
      const created = await thread;
      expect(created.body.name).toBe('when did Hasanov meet the US delegation?');
      // the answer goes to the new thread, not to the channel
      const answer = await t.fake.waitFor((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));
      expect(answer.path).not.toBe('/channels/300000000000000003/messages');
      expect(answer.body.embeds[0].title).toBe('4 December 2018 (“December 4”)');
    } finally {
      await t.stop();
    }
    const only = await startHarness({ CHAT_CHANNELS: '330000000000000033' });
    try {
      const elsewhere = chatMessage(`<@${BOT_ID}> who met Laura Cooper?`);
      only.fake.dispatch('MESSAGE_CREATE', elsewhere);
      await new Promise((r) => setTimeout(r, 500));
      expect(only.fake.requests.some((r) => r.method === 'POST' && r.path.startsWith('/channels/'))).toBe(false);
    } finally {
      await only.stop();
    }
  });
});
