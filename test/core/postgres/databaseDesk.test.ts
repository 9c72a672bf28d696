import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Newsdesk } from '../../../src/core/newsdesk.js';
import { describeWithDatabase, freshDatabase } from '../../helpers/database.js';
import { tempReports } from '../../helpers/fixtures.js';

const line = (id: string, text: string, date = '2024-03-04') => JSON.stringify({ id, date, title: id, text });
const HARBOUR =
  'The Tarnwick harbour authority approved the new grain terminal, its chairman Ilse Varga said on Monday.';
const BRIDGE = 'Engineers closed the Oldmere bridge after cracks were found in two of its pillars, the council said.';
const FERRY = 'The Calloway ferry service resumes in May with two new boats, the operator said in a statement.';

describeWithDatabase('a desk on PostgreSQL, from a reports folder', () => {
  let url: string;
  let drop: () => Promise<void>;
  let folder: string;
  const desks: Newsdesk[] = [];
  const open = async () => {
    const desk = await Newsdesk.open(folder, { databaseUrl: url });
    desks.push(desk);
    return desk;
  };

  beforeAll(async () => {
    ({ url, drop } = await freshDatabase());
    folder = tempReports({ 'news.jsonl': [line('harbour', HARBOUR), line('bridge', BRIDGE, '2024-04-10')].join('\n') });
  });

  afterAll(async () => {
    for (const desk of desks) await desk.close();
    await drop?.();
  });

  it('writes the folder once: a second process finds it stored and writes nothing', async () => {
    const first = await open();
    expect(first.startup.processed).toBe(2);
    const second = await open();
    expect(second.startup).toMatchObject({ processed: 0, fromSnapshot: 2 });
    expect(second.counts().reports).toBe(2);
  });

  it('looks up and inspects a report no question has fetched yet', async () => {
    const desk = await open();
    expect(desk.report('harbour')).toBeUndefined();
    const report = await desk.lookUp('harbour');
    expect(report?.text).toBe(HARBOUR);
    expect(desk.inspect('harbour')?.entities.map((e) => e.text)).toContain('Ilse Varga');
    expect(await desk.lookUp('nowhere')).toBeUndefined();
  });

  it('takes any question and filter as data: quotes, SQL and impossible dates answer, never fail', async () => {
    const desk = await open();
    for (const query of ["Varga's harbour'); DROP TABLE newsdesk_reports; --", 'harbour\\ :* | & !', "'"]) {
      const result = await desk.answer('search', query, { from: '2024-13-45', to: "x'; --" });
      expect(result.answers).toEqual([]);
    }
    const ranged = await desk.answer('search', "Varga's harbour", { from: '2024-03-01', to: '2024-03-31' });
    expect(ranged.answers[0]?.citations[0]?.reportId).toBe('harbour');
    expect((await desk.answer('search', 'Oldmere bridge', { to: '2024-03-31' })).answers).toEqual([]);
    expect(desk.counts().reports).toBe(2);
  });

  it('summarises a day from every report the database holds, not only those a question fetched', async () => {
    const desk = await open();
    expect(desk.report('harbour')).toBeUndefined();
    expect(await desk.latestDate()).toBe('2024-04-10');
    const day = await desk.summary('2024-03-04');
    expect(day.reportCount).toBe(1);
    expect(day.stories[0]?.reportIds).toEqual(['harbour']);
    expect(day.people.map((p) => p.name)).toContain('Ilse Varga');
    const since = await desk.summary('2024-03-04', { since: true });
    expect(since.stories.flatMap((s) => s.reportIds)).toEqual(['bridge']);
    expect((await desk.summary('2024-05-01')).reportCount).toBe(0);
  });

  it('finds reports by id or title over the whole database, typed as data', async () => {
    const desk = await open();
    expect(desk.report('bridge')).toBeUndefined();
    expect((await desk.findReports('BRID')).map((r) => r.id)).toEqual(['bridge']);
    // newest first, all of them for nothing typed
    expect((await desk.findReports('')).map((r) => r.id)).toEqual(['bridge', 'harbour']);
    for (const typed of ["%'; DROP TABLE newsdesk_reports; --", '_', '%'])
      expect(await desk.findReports(typed)).toEqual([]);
    expect((await desk.findReports('', 1)).length).toBe(1);
  });

  it('suggests names from every annotated report in the database, kept in step as annotations change', async () => {
    const writer = await open();
    await writer.warmUp();
    const reader = await open();
    expect(reader.report('harbour')).toBeUndefined();
    expect(await reader.knownNames('entity', 'varga')).toEqual(['Ilse Varga']);
    expect(await reader.knownNames('entity', "'; DROP TABLE newsdesk_names; --")).toEqual([]);
    await writer.deleteReports(['harbour']);
    expect(await reader.knownNames('entity', 'varga')).toEqual([]);
    await writer.addReports([
      { id: 'harbour', date: '2024-03-04', title: 'harbour', text: HARBOUR, origin: { file: 'news.jsonl', line: 1 } },
    ]);
    await writer.warmUp();
    expect(await reader.knownNames('entity', 'Ilse')).toEqual(['Ilse Varga']);
  });

  it('makes again, in the background, annotations made by an older version of the extractors', async () => {
    const writer = await open();
    await writer.warmUp();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // as an older version would have left it: other names, another fingerprint
      await client.query(
        `UPDATE newsdesk_reports SET annotations = jsonb_set(annotations, '{entities}', '[]'), analysis = 'older'
         WHERE id = 'harbour'`,
      );
    } finally {
      await client.end();
    }
    const reader = await open();
    expect(await reader.knownNames('entity', 'varga')).toEqual([]);
    expect((await writer.warmUp()).annotated).toBe(1);
    expect(await reader.knownNames('entity', 'varga')).toEqual(['Ilse Varga']);
    expect((await writer.warmUp()).annotated).toBe(0);
  });

  it('a reload writes what changed in the folder, and every desk on the database sees it', async () => {
    const [writer, reader] = [await open(), await open()];
    expect((await reader.answer('search', 'Oldmere bridge')).answers[0]?.citations[0]?.reportId).toBe('bridge');
    writeFileSync(
      join(folder, 'news.jsonl'),
      [line('harbour', `${HARBOUR} Work starts in June.`), line('ferry', FERRY)].join('\n'),
    );
    const summary = await writer.reload();
    expect(summary).toMatchObject({ added: ['ferry'], changed: ['harbour'], removed: ['bridge'], reports: 2 });
    expect(
      (await reader.answer('search', 'Oldmere bridge')).answers.map((a) => a.citations[0]?.reportId),
    ).not.toContain('bridge');
    expect((await reader.answer('search', 'Calloway ferry')).answers[0]?.citations[0]?.reportId).toBe('ferry');
    expect((await reader.lookUp('harbour'))?.text).toContain('Work starts in June.');
  });
});
