import { describe, expect, it } from 'vitest';
import { boldSpans, escapeText } from '../../src/discord/escape.js';
import { clip, fitEmbed, LIMITS, withinLimits } from '../../src/discord/limits.js';
import { askPageId, parsePageId, reportPageId } from '../../src/discord/paging.js';
import { answerTitle, readableDate, renderAnswerPage, reportPages } from '../../src/discord/render.js';
import type { AskResult } from '../../src/core/types.js';

describe('limits', () => {
  it.each([
    ['short text', 10, 'short text'],
    ['a sentence that is far too long', 12, 'a sentence…'],
    ['nospacesatallhere', 8, 'nospace…'],
  ])('clip(%j, %d)', (text, max, expected) => {
    const out = clip(text, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });

  it('fits an embed over every limit', () => {
    const big = 'word '.repeat(3000);
    const embed = fitEmbed({
      title: big,
      description: big,
      author: { name: big },
      footer: { text: big },
      fields: Array.from({ length: 40 }, () => ({ name: big, value: big })),
    });
    expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(embed.fields!.length).toBeLessThanOrEqual(LIMITS.fields);
    expect(withinLimits({ embeds: [embed] })).toBe(true);
    expect(withinLimits({ content: 'x'.repeat(2001) })).toBe(false);
  });

  it('never leaves a bold mark open when it cuts', () => {
    expect(clip('plain **bold words here** and more', 20)).not.toMatch(/\*\*[^*]*$/);
  });
});

describe('escaping', () => {
  it.each([
    ['@everyone look', '@\u200beveryone look'],
    ['hi <@123> and <@&456>', 'hi <\u200b@\u200b123> and <\u200b@\u200b&456>'],
    [
      '**bold** _it_ `code` ||spoiler|| [link](http://x)',
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\| \\[link\\](http://x)',
    ],
    ['> quote\n# heading\n- item', '\\> quote\n\\# heading\n\\- item'],
    ['a - b (c) #1', 'a - b (c) #1'],
  ])('%j', (text, expected) => {
    expect(escapeText(text)).toBe(expected);
  });

  it('bolds matched words and escapes the rest', () => {
    expect(boldSpans('the *US* defense', [{ start: 9, end: 16 }])).toBe('the \\*US\\* **defense**');
  });
});

describe('paging ids', () => {
  it('round-trips an answer page and a report page, with nothing of the question in the id', () => {
    expect(parsePageId(askPageId(3))).toEqual({ kind: 'ask', page: 3 });
    expect(parsePageId(reportPageId(2))).toEqual({ kind: 'report', page: 2 });
    expect(askPageId(24).length).toBeLessThanOrEqual(100);
  });

  it.each(['', 'other:thing', 'nd:a:who:123:0:::', 'nd:a:-1', 'nd:r:1:2', 'nd:x:1', 'nd:a:12345'])(
    'ignores %j',
    (id) => {
      expect(parsePageId(id)).toBeNull();
    },
  );
});

describe('rendering', () => {
  it.each([
    ['2018-12-04', '4 December 2018'],
    ['2018-12', 'December 2018'],
    ['2018', '2018'],
    // a report without a date: the year it does not give is left out
    ['XXXX-12-03', '3 December'],
    ['XXXX-06', 'June'],
    ['XXXX-WXX-1', 'a Monday'],
    ['BC0430', '430 BC'],
  ])('readableDate(%s)', (value, text) => {
    expect(readableDate(value)).toBe(text);
  });

  it.each([
    [{ text: 'On December 4', date: '2018-12-04' }, '4 December 2018 (“On December 4”)'],
    [
      { text: 'between September and October of 2007', date: '2007-09', until: '2007-10' },
      'September 2007 – October 2007 (“between September and October of 2007”)',
    ],
    [{ text: 'the Second World War', undated: 'period' as const }, 'the Second World War'],
    [{ text: 'after landing', undated: 'event' as const }, 'after landing'],
    [{ text: 'tomorrow', dayUnknown: true }, 'tomorrow (the report gives no date)'],
    [{ text: 'four years', duration: 'P4Y' }, 'four years (a length of time)'],
    [{ text: 'every Monday', repeats: 'P1W' }, 'every Monday (repeats)'],
    [
      { text: 'has approved the bridge plan', date: '2013-05-10', byReportDate: true },
      "By 10 May 2013, the report's date (“has approved the bridge plan”)",
    ],
  ])('answerTitle(when, %j)', (fields, title) => {
    expect(answerTitle('when', { score: 1, citations: [], ...fields })).toBe(title);
  });

  it('keeps a hostile report within limits and unable to ping', () => {
    const passage = `@everyone <@123> ${'**x** '.repeat(2000)}`;
    const query = 'x'.repeat(600);
    // every "x" of the passage marked as matched: thousands of bold spans to fit
    const matches = [...passage.matchAll(/x/g)].map((m) => ({ start: m.index, end: m.index + 1 }));
    const citation = {
      reportId: 'r'.repeat(300),
      reportDate: null,
      title: 't'.repeat(400),
      passage,
      start: 0,
      end: passage.length,
      matches,
    };
    const result: AskResult = {
      command: 'search',
      query,
      parsed: { raw: query.slice(0, 500), topic: query.slice(0, 500), terms: [query.slice(0, 500)] },
      total: 1,
      answers: [{ text: passage, score: 1, citations: [citation] }],
    };
    const reply = renderAnswerPage(result, 0);
    expect(withinLimits(reply)).toBe(true);
    expect(JSON.stringify(reply)).not.toMatch(/@everyone|<@123>/);
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it('splits a long report into pages at paragraph breaks', () => {
    const text = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} ${'word '.repeat(60)}`).join('\n\n');
    const pages = reportPages(text);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((p) => p.length <= 1800)).toBe(true);
    expect(pages.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' ').trim());
  });
});
