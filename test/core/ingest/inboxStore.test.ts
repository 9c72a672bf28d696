import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadReports } from '../../../src/core/load/loadReports.js';
import { InboxStore } from '../../../src/core/ingest/inboxStore.js';
import { IngestError } from '../../../src/core/ingest/options.js';

let root: string;
let reports: string;
let state: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'inbox-'));
  reports = join(root, 'reports');
  state = join(root, 'state');
  await mkdir(reports);
});

const draft = {
  title: 'Council approves the new bridge',
  date: '2020-03-02',
  text: '  The council approved the bridge on Monday.\r\n\r\nWork starts in May, the mayor said.  ',
  source: 'Test Gazette',
  url: 'https://example.test/bridge',
};

describe('InboxStore.add', () => {
  it('writes one file the loader reads back with the same id, title, date, text and url', async () => {
    const store = await InboxStore.open(reports, state);
    const stored = await store.add(draft);
    expect(stored.duplicate).toBe(false);
    expect(stored.file).toMatch(/^inbox\/2020-03-02-council-approves-the-new-bridge-[0-9a-f]{12}\.md$/);
    const { reports: loaded, problems } = await loadReports(reports);
    expect(problems).toEqual([]);
    expect(loaded).toHaveLength(1);
    const report = loaded[0]!;
    expect(report).toMatchObject({
      id: stored.id,
      title: draft.title,
      date: '2020-03-02',
      url: draft.url,
      source: 'Test Gazette',
    });
    expect(report.text).toBe('The council approved the bridge on Monday.\n\nWork starts in May, the mayor said.');
    expect(report.origin.file).toBe(stored.file);
  });

  it('stores a report without a date as JSON with date null', async () => {
    const store = await InboxStore.open(reports, state);
    const stored = await store.add({ ...draft, date: null });
    expect(stored.file).toMatch(/\.json$/);
    const { reports: loaded } = await loadReports(reports);
    expect(loaded[0]).toMatchObject({ id: stored.id, date: null });
  });

  it('stores the same text once, also across a reopen', async () => {
    const store = await InboxStore.open(reports, state);
    const first = await store.add(draft);
    const again = await store.add({ ...draft, title: 'Another headline for the same story' });
    expect(again).toMatchObject({ duplicate: true, file: first.file });
    const reopened = await InboxStore.open(reports, state);
    expect((await reopened.add(draft)).duplicate).toBe(true);
    expect(await readdir(join(reports, 'inbox'))).toHaveLength(1);
  });

  it('keeps a given id and refuses it when already in the inbox or already loaded', async () => {
    const store = await InboxStore.open(reports, state);
    const stored = await store.add({ ...draft, id: 'city/bridge-1' });
    expect(stored.id).toBe('city/bridge-1');
    await expect(store.add({ ...draft, id: 'city/bridge-1', text: 'Other text.' })).rejects.toThrow(
      /already in the inbox/,
    );
    await expect(store.add({ ...draft, id: 'seed-1', text: 'Third text.' }, (id) => id === 'seed-1')).rejects.toThrow(
      /already loaded/,
    );
  });

  it.each([
    ['an impossible date', { date: '2018-02-30' }, /impossible date/],
    ['an empty text', { text: ' \n ' }, /text is empty/],
  ])('refuses %s with the loader’s reason and leaves no file', async (_name, change, reason) => {
    const store = await InboxStore.open(reports, state);
    await expect(store.add({ ...draft, ...change })).rejects.toThrow(reason);
    expect(await readdir(join(reports, 'inbox'))).toEqual([]);
  });

  it('refuses a text over the character cap', async () => {
    const store = await InboxStore.open(reports, state, { maxReportChars: 50 });
    await expect(store.add(draft)).rejects.toThrow(/over the 50 cap/);
  });

  it('refuses a reports path that is a single file', async () => {
    await writeFile(join(root, 'one.txt'), 'date 2020-01-01\nx');
    await expect(InboxStore.open(join(root, 'one.txt'), state)).rejects.toBeInstanceOf(IngestError);
  });

  it('removes temporary files a crash left behind when opened', async () => {
    await mkdir(join(reports, 'inbox'), { recursive: true });
    await writeFile(join(reports, 'inbox', '.tmp-abc-half.md'), '---\ntitle: half');
    await InboxStore.open(reports, state);
    expect(await readdir(join(reports, 'inbox'))).toEqual([]);
  });
});

describe('InboxStore.remove and restore', () => {
  it('moves the file to the trash under the state folder and back', async () => {
    const store = await InboxStore.open(reports, state);
    const stored = await store.add(draft);
    const entry = await store.remove(stored.id, stored.file, new Date('2020-03-05T10:00:00Z'));
    expect(entry.name).toBe(`20200305T100000Z/${stored.file}`);
    expect((await loadReports(reports)).reports).toEqual([]);
    expect(await readFile(join(state, 'trash', entry.name), 'utf8')).toContain('The council approved');
    expect(await store.listTrash()).toEqual([entry]);
    // the text may come in again once removed
    expect((await store.add(draft)).duplicate).toBe(false);
    await expect(store.restore(entry.name)).rejects.toThrow(/exists again/);
    await store.remove(stored.id, stored.file, new Date('2020-03-06T10:00:00Z'));
    await store.restore(entry.name);
    expect((await loadReports(reports)).reports.map((r) => r.id)).toEqual([stored.id]);
  });

  it('refuses a file that holds other reports too, a wrong id, and a path outside the folder', async () => {
    await writeFile(
      join(reports, 'many.jsonl'),
      '{"date":"2020-01-01","text":"a"}\n{"date":"2020-01-02","text":"b"}\n',
    );
    const store = await InboxStore.open(reports, state);
    await expect(store.remove('many:1', 'many.jsonl')).rejects.toThrow(/holds 2 reports/);
    await expect(store.remove('nope', 'many.jsonl')).rejects.toThrow(/does not hold/);
    await expect(store.remove('x', '../outside.txt')).rejects.toThrow(/outside the reports folder/);
    await expect(store.restore('../../etc/passwd')).rejects.toThrow(/not in the trash/);
  });
});
