import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InboxStore } from '../../src/core/ingest/index.js';
import { withinLimits } from '../../src/discord/limits.js';
import {
  ADMIN,
  BOT_ID,
  CHANNEL_ID,
  chatMessage,
  MEMBER,
  REPORTER,
  REPORTER_ROLE_ID,
  slash,
  subAutocomplete,
  subcommand,
} from '../fakeDiscord/fakeDiscord.js';
import {
  articlePage,
  makeItems,
  makePdf,
  rssFeed,
  serve,
  startLoopback,
  type Loopback,
} from '../core/ingest/loopback.js';
import { answerOf, send, startHarness, type Harness } from './harness.js';

let h: Harness;
let web: Loopback;
let stateDir: string;

beforeAll(async () => {
  web = await startLoopback();
  h = await startHarness({ ALLOW_PRIVATE_URLS: 'true', REPORT_ROLE_IDS: REPORTER_ROLE_ID }, undefined, undefined, {
    feedPollMs: 400,
  });
  stateDir = join(h.reportsDir, '..', `${h.reportsDir.split('/').pop()}-state`);
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await web?.close();
});

const inboxFiles = (): string[] =>
  existsSync(join(h.reportsDir, 'inbox')) ? readdirSync(join(h.reportsDir, 'inbox')) : [];

/** The answer the user sees to a command (the edit, when the bot acknowledged first). */
async function answer(payload: ReturnType<typeof slash>): Promise<any> {
  await send(h.fake, payload);
  const seen = await answerOf(h.fake, payload);
  expect(withinLimits(seen.body)).toBe(true);
  return seen.body;
}

/** The id of the report the first search answer cites, or null when nothing is found. */
async function citedBy(query: string): Promise<string | null> {
  const body = await answer(slash('search', { query }));
  // the compact answer's last line: [title ·] date · id
  const line: string | undefined = body.embeds?.[0]?.description?.split('\n').pop();
  return line ? line.split(' · ').pop()!.replace(/\\/g, '') : null;
}

/** The added report ids named in an add reply ("• <id>: <title> (…) · …"). */
function addedIds(content: string): string[] {
  return [...content.matchAll(/^• (\S+): .* · \d+ (?:person|people)/gm)].map((m) => m[1]!.replace(/\\/g, ''));
}

describe('who may add and remove', () => {
  it('a member without the role gets a short ephemeral no, and nothing is stored', async () => {
    const file = h.fake.attach('note.txt', 'date 2021-01-01\nThe mayor, Ilse Varnholt, opened the bridge.');
    for (const payload of [
      subcommand('report', 'add', { file: { attachment: file } }, MEMBER),
      subcommand('report', 'remove', { id: 'founding' }, MEMBER),
      subcommand('feed', 'add', { url: `${web.base}/feed` }, MEMBER),
      subcommand('feed', 'list', {}, MEMBER),
    ]) {
      const callback = await send(h.fake, payload);
      expect(callback.body.data.flags).toBe(64);
      expect(callback.body.data.content).toMatch(/^Only members with a reports role or the Manage Server permission/);
    }
    expect(inboxFiles().filter((name) => !name.startsWith('.'))).toEqual([]);
    expect(h.bot.desk.report('founding')).toBeDefined();
    // the file was never downloaded
    expect(h.fake.requests.some((r) => r.path.startsWith(`/attachments/${file.id}/`))).toBe(false);
  });

  it("a server's /settings report-roles replaces REPORT_ROLE_IDS there", async () => {
    const listFeeds = async () => (await send(h.fake, subcommand('feed', 'list', {}, REPORTER))).body.data.content;
    expect(await listFeeds()).not.toMatch(/^Only members with a reports role/);
    await send(h.fake, subcommand('settings', 'report-roles', { roles: 'none' }, ADMIN));
    expect(await listFeeds()).toMatch(/^Only members with a reports role/);
    await send(h.fake, subcommand('settings', 'report-roles', { roles: REPORTER_ROLE_ID }, ADMIN));
    expect(await listFeeds()).not.toMatch(/^Only members with a reports role/);
  });

  it('a mention with attachments from a member without the role is refused in the channel, without pings', async () => {
    const file = h.fake.attach('note.txt', 'date 2021-01-01\nThe mayor, Ilse Varnholt, opened the bridge.');
    const since = h.fake.requests.length;
    h.fake.dispatch('MESSAGE_CREATE', chatMessage(`<@${BOT_ID}> please add`, { attachments: [file] }));
    const reply = await h.fake.waitFor((r) => r.method === 'POST' && r.path.endsWith('/messages'), 10_000, since);
    expect(reply.body.content).toMatch(/^Only members with a reports role/);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(inboxFiles().filter((name) => !name.startsWith('.'))).toEqual([]);
  });
});

describe('/report add', () => {
  it('adds attached files, names each report with what was found, refuses bad files, and answers cite them at once', async () => {
    const seedFormat = h.fake.attach(
      'harbour.txt',
      'date 2021-06-01\nThe harbour master, Elena Zorvath, said on Monday that the pier would reopen on 14 June. ' +
        '"We are ready," Zorvath said.',
    );
    // Markdown without front matter: its heading is the title, the date option its date
    const undated = h.fake.attach(
      'notes.md',
      '# Ferry notes\n\nThe ferry captain, Marco Quillane, said the crossing resumes.',
    );
    const binary = h.fake.attach('virus.exe', 'MZ\u0000\u0000');
    const notUtf8 = h.fake.attach('broken.txt', Buffer.from([0x64, 0x61, 0xff, 0xfe, 0x00]));
    const payload = subcommand(
      'report',
      'add',
      {
        file: { attachment: seedFormat },
        file2: { attachment: undated },
        file3: { attachment: binary },
        file4: { attachment: notUtf8 },
        date: '2021-05-02',
      },
      REPORTER,
    );
    const callback = await send(h.fake, payload);
    expect(callback.body).toMatchObject({ type: 5, data: { flags: 64 } });
    const reply = await answer(payload);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    const ids = addedIds(reply.content);
    expect(ids, reply.content).toHaveLength(2);
    expect(reply.content).toMatch(/Added 2 reports/);
    expect(reply.content).toMatch(
      /Elena Zorvath, said on Monday .*\(1 June 2021\) · 1 person, [1-9]\d* dates?, 1 quote/,
    );
    expect(reply.content).toMatch(/Ferry notes \(2 May 2021\)/);
    expect(reply.content).toMatch(/virus\.exe: unknown file type "\.exe"/);
    expect(reply.content).toMatch(/broken\.txt: not valid UTF-8/);
    // stored through the inbox, one file each, no temporary file left
    expect(inboxFiles()).toHaveLength(2);
    expect(await citedBy('Zorvath pier reopen')).toBe(ids[0]);
    expect(await citedBy('Quillane crossing')).toBe(ids[1]);
    const who = await answer(slash('who', { query: 'harbour master pier' }));
    expect(who.embeds[0].title).toMatch(/Elena Zorvath/);
  });

  it('adds a PDF with the date given, and refuses the same text twice', async () => {
    const pdf = await makePdf('Grain report', [
      ['The minister, Tomasz Wrelund, said grain exports rose sharply.', 'Farmers welcomed the figures.'],
      ['Shipments to the coast resumed after the floods.'],
    ]);
    const file = h.fake.attach('grain.pdf', pdf);
    const first = await answer(
      subcommand('report', 'add', { file: { attachment: file }, date: '2021-07-07' }, REPORTER),
    );
    const [id] = addedIds(first.content);
    expect(first.content).toMatch(/Grain report \(7 July 2021\)/);
    expect(await citedBy('Wrelund grain exports')).toBe(id);
    const again = h.fake.attach('grain-copy.pdf', pdf);
    const second = await answer(
      subcommand('report', 'add', { file: { attachment: again }, date: '2021-07-07' }, ADMIN),
    );
    expect(second.content).toMatch(/grain-copy\.pdf: same text already stored as inbox\//);
    expect(addedIds(second.content)).toEqual([]);
  });

  it('checks the size cap: a file declared too large is never downloaded, one that lies is cut off', async () => {
    const declared = h.fake.attach('big.txt', 'date 2021-01-01\nsmall', 11 * 1024 * 1024);
    const lying = h.fake.attach('lying.txt', `date 2021-01-01\n${'word '.repeat(2_300_000)}`, 100);
    const reply = await answer(
      subcommand('report', 'add', { file: { attachment: declared }, file2: { attachment: lying } }, REPORTER),
    );
    expect(reply.content).toMatch(/big\.txt: file is 11534336 bytes, over the 10485760-byte cap/);
    expect(reply.content).toMatch(/lying\.txt: .*10485760/);
    expect(h.fake.requests.some((r) => r.path.startsWith(`/attachments/${declared.id}/`))).toBe(false);
  });

  it('adds a link: article text, title and date from the page metadata, the link as its source', async () => {
    const page = articlePage(
      'Dam opens',
      [
        'The engineer, Priya Kantelo, said the new dam would supply the valley from spring.',
        'Residents said the works had taken longer than planned because of the floods.',
      ],
      '<meta property="article:published_time" content="2021-03-04T08:00:00Z">',
    );
    web.routes.set('/dam', serve('text/html; charset=utf-8', page));
    web.routes.set('/huge', serve('text/html', Buffer.alloc(6 * 1024 * 1024, 'a')));
    const reply = await answer(subcommand('report', 'add', { url: `${web.base}/dam` }, REPORTER));
    const [id] = addedIds(reply.content);
    expect(reply.content).toMatch(/Dam opens \(4 March 2021\)/);
    const report = h.bot.desk.report(id!)!;
    expect(report.url).toBe(`${web.base}/dam`);
    expect(report.text).not.toMatch(/Copyright|Home/);
    expect(await citedBy('Kantelo dam valley')).toBe(id);
    for (const [path, reason] of [
      ['/huge', /over the .*-byte cap|too large|bytes/],
      ['/missing', /404/],
    ] as const) {
      const refused = await answer(subcommand('report', 'add', { url: `${web.base}${path}` }, REPORTER));
      expect(refused.content).toMatch(/^Refused 1 item:/);
      expect(refused.content).toMatch(reason);
    }
    const bad = await send(h.fake, subcommand('report', 'add', { date: '2021-02-30' }, REPORTER));
    expect(bad.body.data.content).toMatch(/^That did not work: date/);
    const nothing = await send(h.fake, subcommand('report', 'add', {}, REPORTER));
    expect(nothing.body.data.content).toBe('That did not work: attach a file (file:) or give a link (url:).');
  });
});

describe('a mention with attachments', () => {
  it('adds them for a member with the role and replies in the channel without pings', async () => {
    const file = h.fake.attach('council.txt', 'date 2021-08-08\nThe council leader, Odile Marchetti, resigned.');
    const since = h.fake.requests.length;
    const payload = chatMessage(`<@${BOT_ID}>`, { attachments: [file], memberRoles: [REPORTER_ROLE_ID] });
    h.fake.dispatch('MESSAGE_CREATE', payload);
    const reply = await h.fake.waitFor((r) => r.method === 'POST' && r.path.endsWith('/messages'), 10_000, since);
    expect(reply.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.message_reference.message_id).toBe(payload.id);
    const [id] = addedIds(reply.body.content);
    expect(id).toMatch(/^2021-08-08-/);
    expect(await citedBy('Marchetti council resigned')).toBe(id);
  });
});

describe('/report remove', () => {
  it('takes the report out of the answers and moves its file to the trash, from where it can be restored', async () => {
    const file = h.fake.attach('tunnel.txt', 'date 2021-09-09\nThe surveyor, Halvard Osterling, inspected the tunnel.');
    const added = await answer(subcommand('report', 'add', { file: { attachment: file } }, REPORTER));
    const [id] = addedIds(added.content);
    expect(await citedBy('Osterling tunnel')).toBe(id);
    const choices = await send(h.fake, subAutocomplete('report', 'remove', 'id', 'surveyor', REPORTER));
    expect(choices.body.data.choices.map((c: any) => c.value)).toContain(id);
    const storedFile = h.bot.desk.report(id!)!.origin.file;
    const removed = await answer(subcommand('report', 'remove', { id: id! }, REPORTER));
    expect(removed.flags).toBe(64);
    expect(removed.content).toMatch(/^Removed .* kept in the trash as \d{8}T\d{6}Z\/inbox\//);
    expect(h.bot.desk.report(id!)).toBeUndefined();
    expect(await citedBy('Osterling tunnel')).not.toBe(id);
    expect(existsSync(join(h.reportsDir, storedFile))).toBe(false);
    const inbox = await InboxStore.open(h.reportsDir, stateDir);
    const [trashed] = (await inbox.listTrash()).filter((entry) => entry.file === storedFile);
    expect(readFileSync(join(stateDir, 'trash', trashed!.name), 'utf8')).toMatch(/Halvard Osterling/);
    await inbox.restore(trashed!.name);
    await h.bot.desk.reload();
    expect(await citedBy('Osterling tunnel')).toBe(id);
    // a report from a file holding other reports too is not removed
    const unknown = await answer(subcommand('report', 'remove', { id: 'nope' }, REPORTER));
    expect(unknown.content).toMatch(/^No report with id “nope”/);
  });
});

describe('/feed', () => {
  const items = () => makeItems('delta', 25, web.base);
  let current = '';
  beforeAll(() => {
    current = rssFeed('Delta Wire', items());
    web.routes.set(
      '/feed',
      (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(current),
    );
  });

  it('follows a feed: the first poll stores the latest 20 items, announces them without pings, and answers cite them', async () => {
    const since = h.fake.channelMessages.length;
    const reply = await answer(
      subcommand('feed', 'add', { url: `${web.base}/feed`, channel: { channel: CHANNEL_ID } }, REPORTER),
    );
    expect(reply.flags).toBe(64);
    expect(reply.content).toMatch(
      /^Following <http:\/\/127\.0\.0\.1:\d+\/feed>.*latest 20 items.*<#300000000000000003>/,
    );
    await waitUntil(() => h.fake.channelMessages.length >= since + 6);
    const posts = h.fake.channelMessages.slice(since);
    expect(posts.map((p) => p.body.content.split('\n')[0])).toEqual([
      ...[5, 6, 7, 8, 9].map((i) => `New from Delta Wire: **delta story ${i}** (${1 + i} March 2020)`),
      '…and 15 more new items from Delta Wire.',
    ]);
    for (const post of posts) expect(post.body.allowed_mentions).toEqual({ parse: [] });
    await waitUntil(async () => (await h.bot.desk.findReports('delta story')).length === 20);
    const cited = await citedBy('delta plan number 24');
    expect(h.bot.desk.report(cited!)?.title).toBe('delta story 24');
    const list = await answer(subcommand('feed', 'list', {}, REPORTER));
    expect(list.content).toMatch(/Delta Wire: 20 items, last success/);
  });

  it('polls on the interval: a new item is stored and announced once; a feed that turns invalid shows in /status', async () => {
    const since = h.fake.channelMessages.length;
    const more = makeItems('delta', 26, web.base);
    current = rssFeed('Delta Wire', more);
    await waitUntil(() => h.fake.channelMessages.length > since);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const posts = h.fake.channelMessages.slice(since);
    expect(posts.map((p) => p.body.content.split('\n')[0])).toEqual([
      'New from Delta Wire: **delta story 25** (26 March 2020)',
    ]);
    current = '<rss><channel><item>broken';
    // the bot's own list, which /status shows: the file is renamed in before that list is updated
    await waitUntil(() => Boolean(h.bot.ingest.feeds?.list()[0]?.lastError));
    expect(feedFileHasError()).toBe(true);
    const status = await answer(slash('status'));
    const feeds = status.embeds[0].fields.find((f: any) => f.name === 'Feeds (1)');
    expect(feeds.value).toMatch(/Delta Wire: 21 items, last success .*; last error .*not a valid RSS/);
    const choices = await send(h.fake, subAutocomplete('feed', 'remove', 'url', 'feed', REPORTER));
    const url = choices.body.data.choices[0].value;
    expect(url).toBe(`${web.base}/feed`);
    const removed = await answer(subcommand('feed', 'remove', { url }, REPORTER));
    expect(removed.content).toMatch(/^No longer following/);
    const list = await answer(subcommand('feed', 'list', {}, REPORTER));
    expect(list.content).toMatch(/^No feeds followed/);
    expect(await h.bot.desk.findReports('delta story', 100)).toHaveLength(21);
  });
});

function feedFileHasError(): boolean {
  const feeds = JSON.parse(readFileSync(join(stateDir, 'feeds.json'), 'utf8')).feeds;
  return Boolean(feeds[0]?.lastError);
}

async function waitUntil(test: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!(await test())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('without ALLOW_PRIVATE_URLS', () => {
  let strict: Harness;
  beforeAll(async () => {
    strict = await startHarness({ REPORT_ROLE_IDS: REPORTER_ROLE_ID });
  }, 60_000);
  afterAll(() => strict?.stop());

  it('refuses links, feeds and downloads that reach a loopback address, and says why', async () => {
    web.routes.set('/private', serve('text/html', articlePage('Private', ['Inside the network only.'])));
    const link = subcommand('report', 'add', { url: `${web.base}/private` }, REPORTER);
    await send(strict.fake, link);
    const refused = (await answerOf(strict.fake, link)).body.content;
    expect(refused).toMatch(
      /^Refused 1 item:\n• http:\/\/127\.0\.0\.1:\d+\/private: .*\(ALLOW\\_PRIVATE\\_URLS is off\)/,
    );
    const file = strict.fake.attach('note.txt', 'date 2021-01-01\nA note.');
    const attached = subcommand('report', 'add', { file: { attachment: file } }, REPORTER);
    await send(strict.fake, attached);
    expect((await answerOf(strict.fake, attached)).body.content).toMatch(/note\.txt: .*ALLOW\\_PRIVATE\\_URLS is off/);
    const feed = await send(strict.fake, subcommand('feed', 'add', { url: `${web.base}/feed` }, REPORTER));
    expect(feed.body.data.content).toMatch(/^Not added: .*ALLOW\\_PRIVATE\\_URLS is off/);
    expect(web.requests.some((r) => r.path === '/private')).toBe(false);
  });
});
