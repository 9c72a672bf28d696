import { describe, expect, it } from 'vitest';
import { draftsFromFile } from '../../../src/core/ingest/sources.js';
import { ingestOptions } from '../../../src/core/ingest/options.js';
import { makePdf } from './loopback.js';

const options = ingestOptions();
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('draftsFromFile', () => {
  it.each([
    [
      'seed.txt',
      'date 2020-03-02\nThe mayor opened the bridge.',
      { date: '2020-03-02', text: 'The mayor opened the bridge.' },
    ],
    [
      'note.md',
      '---\ntitle: Bridge\ndate: 2020-03-02\n---\n\nThe mayor spoke.',
      { title: 'Bridge', text: 'The mayor spoke.' },
    ],
    [
      'one.json',
      '{"id":"b1","date":"2020-03-02","text":"Bridge text.","url":"https://x.test/b"}',
      { id: 'b1', url: 'https://x.test/b' },
    ],
  ])('%s in the loader format keeps its fields', async (name, content, expected) => {
    const { drafts, refused } = await draftsFromFile(name, bytes(content), {}, options);
    expect(refused).toEqual([]);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ ...expected, source: name });
  });

  it('gives a .txt without a date line the date option, and fills title and source only where absent', async () => {
    const overrides = { date: '2021-05-06', title: 'Given title', source: 'Desk' };
    const { drafts } = await draftsFromFile('plain.txt', bytes('Just a text.'), overrides, options);
    expect(drafts[0]).toMatchObject({ date: '2021-05-06', title: 'Given title', source: 'Desk', text: 'Just a text.' });
    const md = '---\ntitle: Own title\ndate: 2020-01-01\nsource: Wire\n---\nBody.';
    const { drafts: kept } = await draftsFromFile('own.md', bytes(md), overrides, options);
    expect(kept[0]).toMatchObject({ date: '2020-01-01', title: 'Own title', source: 'Wire' });
  });

  it.each([
    ['# Bridge opens\n\nThe mayor spoke.', { date: '2020-05-05', title: 'Bridge opens', text: 'The mayor spoke.' }],
    ['The mayor spoke again.', { date: '2020-05-05', text: 'The mayor spoke again.' }],
  ])('takes a Markdown file without front matter as text with the date option: %j', async (content, expected) => {
    const { drafts, refused } = await draftsFromFile('plain.md', bytes(content), { date: '2020-05-05' }, options);
    expect(refused).toEqual([]);
    expect(drafts).toEqual([expect.objectContaining(expected)]);
    if (!content.startsWith('#')) expect(drafts[0]!.title).toBeUndefined();
  });

  it('refuses a Markdown file with broken front matter or no text', async () => {
    const broken = await draftsFromFile('x.md', bytes('---\ntitle: [\n---\ntext'), {}, options);
    expect(broken.refused[0]?.reason).toMatch(/front matter is not valid YAML/);
    const empty = await draftsFromFile('y.md', bytes('# Only a heading\n'), {}, options);
    expect(empty.refused).toEqual([{ name: 'y.md', reason: 'the file has no text' }]);
  });

  it('refuses the bad lines of a .jsonl by line and keeps the good ones', async () => {
    const content = '{"date":"2020-01-01","text":"Good one."}\nnot json\n{"date":"2020-13-01","text":"x"}\n';
    const { drafts, refused } = await draftsFromFile('batch.jsonl', bytes(content), {}, options);
    expect(drafts.map((d) => d.text)).toEqual(['Good one.']);
    expect(refused.map((r) => r.name)).toEqual(['batch.jsonl:2', 'batch.jsonl:3']);
    expect(refused[0]!.reason).toMatch(/not valid JSON/);
  });

  it.each([
    ['virus.exe', bytes('MZ'), /unknown file type ".exe"/],
    ['noext', bytes('date 2020-01-01\nx'), /unknown file type "none"/],
    ['latin.txt', new Uint8Array([0x64, 0x61, 0x74, 0x65, 0x20, 0xe9, 0xff]), /not valid UTF-8/],
    ['nul.md', bytes('---\ndate: 2020-01-01\n---\na\u0000b'), /NUL/],
    ['fake.pdf', bytes('<html><body>not a pdf</body></html>'), /does not match the content/],
    ['broken.pdf', bytes('%PDF-1.7\n garbage'), /not a readable PDF/],
    ['image.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), /binary data/],
    ['nodate.txt', bytes('No date line here.'), /no "date YYYY-MM-DD" line/],
  ])('refuses %s with a reason', async (name, content, reason) => {
    const { drafts, refused } = await draftsFromFile(name, content, {}, options);
    expect(drafts).toEqual([]);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.name).toBe(name);
    expect(refused[0]!.reason).toMatch(reason);
  });

  it('refuses a file over the attachment cap before reading it', async () => {
    const { refused } = await draftsFromFile(
      'big.txt',
      new Uint8Array(2048),
      {},
      ingestOptions({ maxAttachmentBytes: 1024 }),
    );
    expect(refused[0]!.reason).toMatch(/over the 1024-byte cap/);
  });

  it('takes the text of each page of a PDF, in order, and its title', async () => {
    const pdf = await makePdf('Budget statement', [
      ['The finance minister, Ana Lopez, said the budget would rise.', 'Spending on schools grows.'],
      ['On the second page the minister thanked the committee.'],
    ]);
    const { drafts, refused } = await draftsFromFile('budget.pdf', pdf, { date: '2020-04-01' }, options);
    expect(refused).toEqual([]);
    const draft = drafts[0]!;
    expect(draft).toMatchObject({ title: 'Budget statement', date: '2020-04-01', source: 'budget.pdf' });
    expect(draft.text).toContain('The finance minister, Ana Lopez, said the budget would rise.');
    expect(draft.text.indexOf('second page')).toBeGreaterThan(draft.text.indexOf('Spending on schools'));
    expect(draft.text).toMatch(/grows\.\n\nOn the second page/);
  });

  it('takes the article of an HTML file, without navigation or footer', async () => {
    const html =
      '<html><head><meta property="article:published_time" content="2020-02-03T08:00:00+01:00"></head><body>' +
      '<nav>Home | World | Sport</nav><article><h1>Port reopens</h1><p>The port reopened on Monday after the storm, ' +
      'the harbour master, Tom Reed, said in a statement to reporters.</p><p>Ships waited for three days outside, ' +
      'and the first ferry left at noon, officials said.</p></article>' +
      '<footer>All rights reserved</footer></body></html>';
    const { drafts } = await draftsFromFile('port.html', bytes(html), {}, options);
    expect(drafts[0]!.date).toBe('2020-02-03');
    expect(drafts[0]!.text).toContain('The port reopened on Monday');
    expect(drafts[0]!.text).toContain('statement to reporters.\n\nShips waited');
    expect(drafts[0]!.text).not.toMatch(/Home \| World|All rights reserved/);
  });
});
