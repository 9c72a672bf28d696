import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/core/ingest/extract/htmlText.js';
import { calendarDay, publicationDay, type MetaDocument } from '../../../src/core/ingest/extract/pageMeta.js';
import { parseConfig } from '../../../src/config.js';

const doc = (head: string, body = ''): MetaDocument =>
  parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as MetaDocument;

describe('calendarDay', () => {
  it.each([
    ['2021-04-06T23:30:00-05:00', '2021-04-06'],
    ['2021-04-06', '2021-04-06'],
    ['Tue, 06 Apr 2021 10:00:00 GMT', '2021-04-06'],
    ['Tue, 06 Apr 2021 23:30:00 -0500', '2021-04-07'],
  ])('%s → %s', (text, day) => {
    expect(calendarDay(text)).toBe(day);
  });

  const unreadable = ['', '   ', 'yesterday', '2021-02-30', '2021-13-01T00:00:00Z', 'Apr 2021 sometime'];
  it.each(unreadable)('%j → null', (text) => {
    expect(calendarDay(text)).toBeNull();
  });
});

describe('publicationDay', () => {
  it('prefers article:published_time, then JSON-LD, then <time>', () => {
    const meta = '<meta property="article:published_time" content="2021-01-01T00:00:00Z">';
    const ld = '<script type="application/ld+json">{"datePublished":"2021-02-02"}</script>';
    const time = '<time datetime="2021-03-03">3 March</time>';
    expect(publicationDay(doc(meta + ld, time))).toBe('2021-01-01');
    expect(publicationDay(doc(ld, time))).toBe('2021-02-02');
    expect(publicationDay(doc('', time))).toBe('2021-03-03');
  });

  it.each([
    ['no metadata', doc('<title>x</title>', '<p>Published recently.</p>')],
    ['broken JSON-LD', doc('<script type="application/ld+json">{"datePublished": </script>')],
    ['a date that does not exist', doc('<meta property="article:published_time" content="2021-02-30">')],
    ['a time element without a date', doc('', '<time>soon</time>')],
  ])('gives null for %s', (_name, page) => {
    expect(publicationDay(page)).toBeNull();
  });
});

describe('htmlToText', () => {
  it.each([
    ['<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['<p>Line one<br>line  two</p>', 'Line one\nline two'],
    ['<div>Out <b>bold</b> and <a href="#">link</a>.</div>', 'Out bold and link.'],
    ['<p>Text</p><script>var x = "<p>no</p>";</script><style>p{}</style>', 'Text'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
    ['AT&amp;T &lt;said&gt;', 'AT&T <said>'],
  ])('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('walks very deep nesting without exhausting the stack', () => {
    const deep = '<div>'.repeat(20_000) + 'deep text' + '</div>'.repeat(20_000);
    expect(htmlToText(deep)).toBe('deep text');
  });
});

describe('ALLOW_PRIVATE_URLS', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['true', true],
    ['1', true],
  ])('%j → %s', (value, expected) => {
    expect(parseConfig({ ALLOW_PRIVATE_URLS: value }).ALLOW_PRIVATE_URLS).toBe(expected);
  });

  it('refuses a value that is not a yes or no', () => {
    expect(() => parseConfig({ ALLOW_PRIVATE_URLS: 'maybe' })).toThrow(/ALLOW_PRIVATE_URLS: must be true or false/);
  });
});
