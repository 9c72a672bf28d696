import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InboxStore } from '../../../src/core/ingest/inboxStore.js';
import { addUrls } from '../../../src/core/ingest/ingest.js';
import { loadReports } from '../../../src/core/load/loadReports.js';
import { Newsdesk } from '../../../src/core/newsdesk.js';
import { articlePage, makePdf, serve, startLoopback, type Loopback } from './loopback.js';

let server: Loopback;
const paragraphs = [
  'The harbour authority said on Tuesday that the northern pier, closed since the winter storms, will reopen in June.',
  '"We expect the first ships within days of the opening," said Maria Santos, director of the harbour authority.',
  'Repairs cost more than planned, the city council said, and the final bill will be published next month.',
];

beforeAll(async () => {
  const pdf = await makePdf('Harbour annual report', [
    ['Harbour traffic rose by nine percent last year, the report said.'],
  ]);
  server = await startLoopback({
    '/meta': serve(
      'text/html',
      articlePage(
        'Pier to reopen in June',
        paragraphs,
        '<meta property="article:published_time" content="2021-04-06T07:30:00Z">' +
          '<meta property="og:site_name" content="Harbour News">',
      ),
    ),
    '/jsonld': serve(
      'text/html',
      articlePage(
        'Pier to reopen in June',
        paragraphs,
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},' +
          '{"@type":"NewsArticle","datePublished":"2021-04-07"}]}</script>',
      ),
    ),
    '/time': serve(
      'text/html',
      articlePage(
        'Pier to reopen in June',
        paragraphs,
        '',
        '<p class="byline">By Staff, <time datetime="2021-04-08T10:00:00+02:00">8 April</time></p>',
      ),
    ),
    '/bare': serve('text/html', articlePage('Pier to reopen in June', paragraphs)),
    '/report.pdf': serve('application/pdf', pdf),
    '/lying.pdf': serve('application/pdf', articlePage('x', paragraphs)),
    '/image': serve('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])),
  });
});

afterAll(() => server.close());

async function freshInbox(): Promise<{ inbox: InboxStore; reports: string }> {
  const root = await mkdtemp(join(tmpdir(), 'urls-'));
  const reports = join(root, 'reports');
  const inbox = await InboxStore.open(reports, join(root, 'state'), { allowPrivateUrls: true, fetchTimeoutMs: 3000 });
  return { inbox, reports };
}

describe('addUrls', () => {
  it.each([
    ['/meta', '2021-04-06'],
    ['/jsonld', '2021-04-07'],
    ['/time', '2021-04-08'],
    ['/bare', null],
  ])('%s: stores the article with its publication day %s and the link as url', async (path, date) => {
    const { inbox } = await freshInbox();
    const { added, refused } = await addUrls(inbox, [`${server.base}${path}`]);
    expect(refused).toEqual([]);
    expect(added[0]).toMatchObject({ date, duplicate: false });
    expect(added[0]!.title).toMatch(/Pier to reopen in June/);
  });

  it('stores the extracted text, so a citation points at the right words', async () => {
    const { inbox, reports } = await freshInbox();
    const { added } = await addUrls(inbox, [`${server.base}/meta`]);
    const desk = await Newsdesk.open(reports);
    const report = (await loadReports(reports)).reports.find((r) => r.id === added[0]!.id)!;
    expect(report.url).toBe(`${server.base}/meta`);
    expect(report.source).toBe('Harbour News');
    expect(report.text).not.toMatch(/Home|World|Copyright/);
    const result = desk.ask('quote', 'first ships');
    const citation = result.answers[0]!.citations[0]!;
    expect(citation.reportId).toBe(added[0]!.id);
    expect(report.text.slice(citation.start, citation.end)).toBe(citation.passage);
    expect(citation.passage).toContain('We expect the first ships within days of the opening');
  });

  it('stores the text of a linked PDF', async () => {
    const { inbox } = await freshInbox();
    const { added } = await addUrls(inbox, [`${server.base}/report.pdf`], { date: '2021-01-01' });
    expect(added[0]).toMatchObject({ title: 'Harbour annual report', date: '2021-01-01' });
  });

  it('checks the content, not the label: refuses a page served as PDF and an image', async () => {
    const { inbox } = await freshInbox();
    const { added, refused } = await addUrls(inbox, [`${server.base}/lying.pdf`, `${server.base}/image`]);
    expect(added).toEqual([]);
    expect(refused.map((r) => r.reason)).toEqual([
      expect.stringMatching(/declared content type application\/pdf does not match the content, which looks like html/),
      expect.stringMatching(/binary data of no supported kind/),
    ]);
  });

  it('refuses a missing page and, without the option, the loopback server itself', async () => {
    const { inbox } = await freshInbox();
    const { refused } = await addUrls(inbox, [`${server.base}/missing`]);
    expect(refused[0]!.reason).toMatch(/HTTP 404/);
    const root = await mkdtemp(join(tmpdir(), 'urls-'));
    const strict = await InboxStore.open(join(root, 'r'), join(root, 's'));
    expect((await addUrls(strict, [`${server.base}/meta`])).refused[0]!.reason).toMatch(/ALLOW_PRIVATE_URLS is off/);
  });
});
