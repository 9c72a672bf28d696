import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadReports } from '../../../src/core/load/loadReports.js';
import { FOUNDING_ID, FOUNDING_REPORT, SEEDS, foundingText, tempReports } from '../../helpers/fixtures.js';

const GOOD_TEXT = ' date 2020-03-01 Lisbon. The council met on Monday and approved the plan.\n';

describe('loadReports: formats', () => {
  it('loads the founding report in the seed format, body after the date line', async () => {
    const result = await loadReports(FOUNDING_REPORT);
    expect(result.problems).toEqual([]);
    const [report] = result.reports;
    expect(report?.id).toBe(FOUNDING_ID);
    expect(report?.date).toBe('2018-12-05');
    expect(report?.text).toBe(foundingText());
    expect(report?.text.startsWith('Baku. 5 December.')).toBe(true);
    expect(report?.title).toMatch(/^On December 4, the Minister of Defense/);
  });

  it('loads every bundled seed report without a problem', async () => {
    const result = await loadReports(SEEDS);
    expect(result.problems).toEqual([]);
    expect(result.loaded).toBe(53);
    expect(result.reports.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.date ?? ''))).toBe(true);
  });

  it.each([
    [
      'CRLF line ends',
      ' date 2020-03-01\r\nFirst line.\r\n\r\nSecond paragraph.\r\n',
      'First line.\n\nSecond paragraph.',
    ],
    ['a byte-order mark', '\uFEFFdate 2020-03-01 Body text here.', 'Body text here.'],
    ['the date on its own line', 'date 2020-03-01\nBody on the next line.', 'Body on the next line.'],
    ['leading blank lines', '\n\n   date 2020-03-01   Body.', 'Body.'],
  ])('plain text with %s', async (_label, content, body) => {
    const dir = tempReports({ 'a.txt': content });
    const { reports, problems } = await loadReports(dir);
    expect(problems).toEqual([]);
    expect(reports[0]).toMatchObject({ id: 'a', date: '2020-03-01', text: body });
  });

  it('counts a JSON null title, source or url as missing (the title then comes from the text)', async () => {
    const dir = tempReports({
      'a.jsonl':
        '{"id":"n","date":"2020-01-01","title":null,"source":null,"url":null,"text":"The ferry sailed at dawn. More followed."}',
    });
    const { reports, problems } = await loadReports(dir);
    expect(problems).toEqual([]);
    expect(reports[0]).toMatchObject({ id: 'n', title: 'The ferry sailed at dawn.' });
    expect(reports[0]).not.toHaveProperty('source');
  });

  it('fingerprints every file it reads, with the problems found in it', async () => {
    const dir = tempReports({
      'a.jsonl': '{"id":"ok","date":"2020-01-01","text":"Fine."}\n{"id":"bad","date":"2020-02-31","text":"x"}',
      'b.md': '---\ndate: 2020-01-02\n---\nAlso fine.',
    });
    const { fingerprints } = await loadReports(dir);
    expect(fingerprints.map((f) => [f.file, f.problems.length])).toEqual([
      ['a.jsonl', 1],
      ['b.md', 0],
    ]);
    expect(fingerprints.every((f) => f.size > 0 && f.mtimeMs > 0)).toBe(true);
  });

  it('reads Markdown front matter: title, date, id, source, url', async () => {
    const dir = tempReports({
      'nested/story.md':
        '---\ntitle: "Harbour reopens"\ndate: 2021-06-02\nsource: Gazette\nurl: https://example.org/a\n---\n\nThe harbour reopened on Tuesday.\n',
      'other.md': '---\nid: custom-id\ntitle: Other\ndate: 2021-06-03\n---\nText.',
    });
    const { reports, problems } = await loadReports(dir);
    expect(problems).toEqual([]);
    expect(reports.map((r) => r.id)).toEqual(['nested/story', 'custom-id']);
    expect(reports[0]).toMatchObject({
      title: 'Harbour reopens',
      date: '2021-06-02',
      source: 'Gazette',
      url: 'https://example.org/a',
      text: 'The harbour reopened on Tuesday.',
    });
  });

  it('reads JSON (one report or an array) and JSONL, where date may be null or missing', async () => {
    const dir = tempReports({
      'one.json': JSON.stringify({ id: 'j1', date: '2019-01-01', title: 'One', text: 'One text.' }),
      'many.json': JSON.stringify([
        { date: null, title: 'A', text: 'A text.' },
        { title: 'B', text: 'B text.' },
      ]),
      'lines.jsonl':
        '{"id":"l1","date":"2019-02-02","title":"L1","text":"First."}\n\n{"id":"l2","date":null,"text":"Second report without a title. It goes on."}\n',
    });
    const { reports, problems } = await loadReports(dir);
    expect(problems).toEqual([]);
    const byId = new Map(reports.map((r) => [r.id, r]));
    expect(byId.get('j1')?.date).toBe('2019-01-01');
    expect(byId.get('many:1')).toMatchObject({ date: null, title: 'A' });
    expect(byId.get('many:2')).toMatchObject({ date: null, title: 'B' });
    expect(byId.get('l2')).toMatchObject({
      date: null,
      title: 'Second report without a title.',
      origin: { file: 'lines.jsonl', line: 3 },
    });
  });

  it('accepts a single file as the path', async () => {
    const dir = tempReports({ 'x/y.txt': GOOD_TEXT });
    const { reports } = await loadReports(join(dir, 'x', 'y.txt'));
    expect(reports.map((r) => r.id)).toEqual(['y']);
  });

  it('ignores hidden files and files of other types', async () => {
    const dir = tempReports({ '.hidden.txt': GOOD_TEXT, 'notes.csv': 'a,b', LICENSE: 'text', 'ok.txt': GOOD_TEXT });
    const result = await loadReports(dir);
    expect(result.reports.map((r) => r.id)).toEqual(['ok']);
    expect(result.problems).toEqual([]);
  });
});

describe('loadReports: bad input is skipped with the file and the reason, the rest loads', () => {
  it.each([
    ['no date line', 'nodate.txt', 'Just a body without a date.', /no "date YYYY-MM-DD" line/],
    ['an impossible date', 'feb30.txt', 'date 2018-02-30 Body.', /impossible date 2018-02-30/],
    ['a date in another format', 'format.txt', 'date 5 December 2018 Body.', /date must be YYYY-MM-DD/],
    ['an empty body', 'empty-body.txt', 'date 2018-02-03   \n  ', /text is empty/],
    ['an empty file', 'empty.txt', '', /^file is empty$/],
    ['invalid UTF-8', 'latin1.txt', Buffer.from([0x64, 0x61, 0x74, 0x65, 0x20, 0xff, 0xfe, 0x41]), /not valid UTF-8/],
    ['binary content', 'binary.txt', Buffer.from('date 2020-01-01 a\u0000b'), /binary content/],
    [
      'front matter that is not YAML',
      'bad.md',
      '---\ntitle: [unclosed\ndate: 2020-01-01\n---\nBody',
      /front matter is not valid YAML/,
    ],
    ['Markdown without front matter', 'plain.md', '# Title\n\nBody', /no YAML front matter/],
    ['Markdown without a date', 'nodate.md', '---\ntitle: T\n---\nBody', /front matter has no date/],
    ['JSON that is not an object', 'num.json', '42', /not a JSON object/],
    ['JSON that does not parse', 'broken.json', '{"id": ', /not valid JSON/],
    ['a JSON report without text', 'notext.json', '{"id":"x","date":"2020-01-01","title":"T"}', /text/],
  ])('%s', async (_label, name, content, reason) => {
    const dir = tempReports({ [name]: content, 'good.txt': GOOD_TEXT });
    const result = await loadReports(dir);
    expect(result.reports.map((r) => r.id)).toEqual(['good']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.file).toBe(name);
    expect(result.problems[0]!.reason).toMatch(reason);
    expect(result).toMatchObject({ loaded: 1, skipped: 1, files: 2 });
  });

  it('names the line of a broken JSONL line and keeps the good lines', async () => {
    const dir = tempReports({
      'feed.jsonl':
        '{"id":"a","date":"2020-01-01","text":"A."}\n{broken\n{"id":"c","date":"2020-13-01","text":"C."}\n{"id":"d","text":"D."}\n',
    });
    const result = await loadReports(dir);
    expect(result.reports.map((r) => r.id)).toEqual(['a', 'd']);
    expect(result.problems.map(formatProblem)).toEqual([
      'feed.jsonl:2: not valid JSON: ' + result.problems[0]!.reason.slice('not valid JSON: '.length),
      'feed.jsonl:3: date: impossible date 2020-13-01',
    ]);
  });

  it('skips a duplicate id, naming where the first one came from', async () => {
    const dir = tempReports({
      'a.json': '{"id":"same","date":"2020-01-01","text":"First."}',
      'b.json': '{"id":"same","date":"2020-01-02","text":"Second."}',
    });
    const result = await loadReports(dir);
    expect(result.reports).toHaveLength(1);
    expect(result.reports[0]!.text).toBe('First.');
    expect(result.problems[0]).toMatchObject({
      file: 'b.json',
      reason: 'duplicate id "same" (first loaded from a.json)',
    });
  });

  it('skips a file over the size cap and a report over the length cap', async () => {
    const dir = tempReports({ 'big.txt': `date 2020-01-01 ${'word '.repeat(400)}`, 'ok.txt': GOOD_TEXT });
    const bySize = await loadReports(dir, { maxFileBytes: 1000 });
    expect(bySize.problems[0]).toMatchObject({ file: 'big.txt' });
    expect(bySize.problems[0]!.reason).toMatch(/over the 1000-byte cap/);
    const byLength = await loadReports(dir, { maxReportChars: 500 });
    expect(byLength.problems[0]!.reason).toMatch(/over the 500 cap/);
    expect(byLength.reports.map((r) => r.id)).toEqual(['ok']);
  });

  it('does not follow a symbolic link out of the folder', async () => {
    const outside = tempReports({ 'secret.txt': GOOD_TEXT });
    const dir = tempReports({ 'ok.txt': GOOD_TEXT });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    const result = await loadReports(dir);
    expect(result.reports.map((r) => r.id)).toEqual(['ok']);
    expect(result.problems[0]).toMatchObject({ file: 'link.txt' });
    expect(result.problems[0]!.reason).toMatch(/outside the reports folder/);
  });

  it('throws only when the path itself does not exist', async () => {
    await expect(loadReports('/nonexistent/newsdesk/reports')).rejects.toThrow(/loadReports: reports path not found/);
  });

  it('reads a file that changed between listing and reading as it is then', async () => {
    const dir = tempReports({ 'a.txt': GOOD_TEXT });
    writeFileSync(join(dir, 'a.txt'), 'date 2020-03-02 Rewritten.');
    const result = await loadReports(dir);
    expect(result.reports[0]).toMatchObject({ date: '2020-03-02', text: 'Rewritten.' });
  });
});
