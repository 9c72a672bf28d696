import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIngestArgs } from '../../src/cli/ingest/ingestArgs.js';
import { ROOT } from '../helpers/fixtures.js';
import { articlePage, makeItems, rssFeed, serve, startLoopback, type Loopback } from '../core/ingest/loopback.js';

const run = promisify(execFile);

async function cli(
  args: string[],
  env: Record<string, string>,
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', ...env },
      },
    );
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('ingest arguments', () => {
  it.each([
    [
      ['add', 'a.txt', 'https://x.test/b', '--date', '2020-01-02'],
      { verb: 'add', inputs: ['a.txt', 'https://x.test/b'], date: '2020-01-02' },
    ],
    [
      ['feeds', 'add', 'https://x.test/f', '--full-text'],
      { verb: 'feeds', action: 'add', url: 'https://x.test/f', fullText: true },
    ],
    [['feeds', 'poll'], { verb: 'feeds', action: 'poll' }],
  ])('%j', (argv, expected) => {
    expect(parseIngestArgs(argv)).toEqual({ args: expect.objectContaining(expected) });
  });

  it.each([
    [['add'], /inputs: name at least one file or link/],
    [['add', 'a.txt', '--date', '2020-02-30'], /date: impossible date/],
    [['feeds', 'dance'], /action/],
    [['feeds', 'add'], /url/],
    [['add', 'x', '--bogus'], /Unknown option/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseIngestArgs(argv);
    expect('issues' in parsed && parsed.issues.join('\n')).toMatch(message);
  });
});

describe('npm run cli -- add / feeds', () => {
  let server: Loopback;
  let env: Record<string, string>;
  let root: string;

  beforeAll(async () => {
    const paragraphs = [
      'The river authority closed the old ferry crossing on Friday after inspectors found cracks in the landing.',
      '"Nobody will cross here until the landing is rebuilt," said Ines Moreau, head of the river authority.',
    ];
    server = await startLoopback({
      '/ferry': serve(
        'text/html',
        articlePage(
          'Ferry crossing closed',
          paragraphs,
          '<meta property="article:published_time" content="2021-06-04T09:00:00Z">',
        ),
      ),
      '/wire.xml': serve('application/rss+xml', rssFeed('River Wire', makeItems('river', 3, 'http://127.0.0.1:9'))),
    });
    root = await mkdtemp(join(tmpdir(), 'cli-ingest-'));
    await mkdir(join(root, 'reports'));
    env = { REPORTS_DIR: join(root, 'reports'), STATE_DIR: join(root, 'state'), ALLOW_PRIVATE_URLS: 'true' };
  });
  afterAll(() => server.close());

  it('adds files and links, refuses what is bad, and a later ask cites the new report', async () => {
    await writeFile(join(root, 'note.txt'), 'The mayor opened the new library on Saturday morning.');
    await writeFile(join(root, 'bad.json'), '{"date": "2021-13-01", "text": "x"}');
    const added = await cli(
      [
        'add',
        join(root, 'note.txt'),
        `${server.base}/ferry`,
        join(root, 'bad.json'),
        join(root, 'missing.md'),
        '--date',
        '2021-06-05',
      ],
      env,
    );
    expect(added.code).toBe(1);
    const output = JSON.parse(added.stdout);
    expect(output.added).toEqual([
      {
        id: expect.stringMatching(/^2021-06-05-the-mayor-opened/),
        title: expect.any(String),
        date: '2021-06-05',
        file: expect.stringMatching(/^inbox\/.*\.md$/),
      },
      {
        id: expect.stringMatching(/^2021-06-04-ferry-crossing-closed/),
        title: 'Ferry crossing closed',
        date: '2021-06-04',
        file: expect.stringMatching(/^inbox\//),
      },
    ]);
    expect(output.refused).toEqual([
      { name: 'bad.json', reason: expect.stringMatching(/date/) },
      { name: join(root, 'missing.md'), reason: 'cannot read: ENOENT' },
    ]);
    const asked = await cli(['ask', 'quote', 'landing is rebuilt', '--json'], env);
    const answer = JSON.parse(asked.stdout).answers[0];
    expect(answer.citations[0].reportId).toBe(output.added[1].id);
    expect(answer.text).toContain('Nobody will cross here');
    // the same link again is not a second report
    const again = JSON.parse((await cli(['add', `${server.base}/ferry`], env)).stdout);
    expect(again).toEqual({
      added: [],
      refused: [{ name: `${server.base}/ferry`, reason: expect.stringMatching(/already stored/) }],
    });
  }, 240_000);

  it('follows, lists, polls and removes a feed', async () => {
    const url = `${server.base}/wire.xml`;
    expect(JSON.parse((await cli(['feeds', 'add', url], env)).stdout)).toEqual({ added: { url, fullText: false } });
    const poll = JSON.parse((await cli(['feeds', 'poll'], env)).stdout);
    expect(poll).toEqual({ feeds: [{ url, new: 3, skipped: 0 }] });
    const list = JSON.parse((await cli(['feeds', 'list'], env)).stdout);
    expect(list.feeds[0]).toMatchObject({ url, seen: 3, itemsStored: 3, failures: 0 });
    expect(JSON.parse((await cli(['feeds', 'poll'], env)).stdout)).toEqual({ feeds: [{ url, new: 0, skipped: 0 }] });
    expect((await cli(['feeds', 'remove', url], env)).code).toBe(0);
    const gone = await cli(['feeds', 'remove', url], env);
    expect(gone).toMatchObject({ code: 1, stderr: expect.stringMatching(/not following/) });
    const strict = await cli(['feeds', 'add', url], { ...env, ALLOW_PRIVATE_URLS: 'false' });
    expect(strict.stderr).toMatch(/127\.0\.0\.1 is a private, loopback or link-local address/);
  }, 240_000);
});
