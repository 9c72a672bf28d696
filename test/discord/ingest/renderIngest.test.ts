import { describe, expect, it } from 'vitest';
import type { FeedRecord } from '../../../src/core/ingest/index.js';
import {
  feedHealthLine,
  renderAddResult,
  renderAnnouncement,
  renderFeedList,
} from '../../../src/discord/ingest/renderIngest.js';
import { withinLimits } from '../../../src/discord/limits.js';

const feed = (over: Partial<FeedRecord> = {}): FeedRecord => ({
  url: 'https://news.example/feed.xml',
  fullText: false,
  addedAt: '2020-01-01T00:00:00.000Z',
  failures: 0,
  itemsStored: 0,
  seen: [],
  ...over,
});

describe('renderAddResult', () => {
  it('names each report with what was found, then each refusal, and never pings', () => {
    const reply = renderAddResult({
      added: [{ id: 'r1', title: 'Bridge opens', date: '2020-03-02', people: 2, dates: 1, quotes: 0 }],
      refused: [{ name: 'x.exe', reason: 'unknown file type ".exe"' }],
    });
    expect(reply.content).toBe(
      'Added 1 report; questions can cite it now:\n• r1: Bridge opens (2 March 2020) · 2 people, 1 date, 0 quotes\n' +
        'Refused 1 item:\n• x.exe: unknown file type ".exe"',
    );
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it('stays within Discord limits and breaks mentions, however many and however long', () => {
    const added = Array.from({ length: 40 }, (_, i) => ({
      id: `r${i}`,
      title: `@everyone <@123456789012345678> ${'long title '.repeat(80)}`,
      date: null,
      people: 1,
      dates: 0,
      quotes: 1,
    }));
    const refused = Array.from({ length: 40 }, (_, i) => ({ name: `f${i}.txt`, reason: 'x'.repeat(900) }));
    const reply = renderAddResult({ added, refused });
    expect(withinLimits(reply)).toBe(true);
    expect(reply.content).not.toMatch(/@everyone|<@\d/);
    expect(reply.content).toMatch(/…and 30 more/);
  });

  it('says what to do when nothing came', () => {
    expect(renderAddResult({ added: [], refused: [] }).content).toBe('Nothing to add: attach a file or give a link.');
  });
});

describe('feeds', () => {
  it.each([
    [feed(), 'https://news.example/feed.xml: 0 items, not polled yet'],
    [
      feed({ title: 'Wire', itemsStored: 1, lastSuccess: '2020-01-02T03:04:05.000Z' }),
      'Wire: 1 item, last success 2020-01-02 03:04',
    ],
    [
      feed({
        title: 'Wire',
        itemsStored: 3,
        lastSuccess: '2020-01-02T03:04:05.000Z',
        lastError: 'HTTP 500',
        failures: 2,
      }),
      'Wire: 3 items, last success 2020-01-02 03:04; last error HTTP 500 (2 in a row)',
    ],
  ])('health line %#', (record, line) => {
    expect(feedHealthLine(record)).toBe(line);
  });

  it('lists feeds with channel and full text, and announces items without pings', () => {
    const list = renderFeedList([feed({ channel: '300000000000000003', fullText: true })]);
    expect(list.content).toMatch(
      /^Following 1 feed:\n• <https:\/\/news\.example\/feed\.xml>, full text, announced in <#300000000000000003>/,
    );
    expect(renderFeedList([]).content).toMatch(/^No feeds followed/);
    const post = renderAnnouncement(feed({ title: 'Wire @here' }), {
      id: 'r_1',
      title: '**Big** news',
      date: '2020-03-02',
    });
    expect(post.content).toBe('New from Wire @\u200bhere: **\\*\\*Big\\*\\* news** (2 March 2020)\nReport r\\_1');
    expect(post.allowedMentions).toEqual({ parse: [] });
  });
});
