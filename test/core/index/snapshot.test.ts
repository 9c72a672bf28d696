import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisFingerprint } from '../../../src/core/extract/analysisFingerprint.js';
import { readSnapshot } from '../../../src/core/index/snapshot.js';
import { Newsdesk } from '../../../src/core/newsdesk.js';
import type { AnswerKind } from '../../../src/core/types.js';
import { SEEDS, filesUnder, settledCopy, tempReports } from '../../helpers/fixtures.js';

const AN_HOUR_AGO = new Date(Date.now() - 3_600_000);

/** The bundled seeds in a fresh settled folder, with an empty state folder beside them. */
function settledSeeds(): { reports: string; state: string } {
  const reports = settledCopy(SEEDS);
  return { reports, state: join(reports, '..', 'state') };
}

/** A desk with every report annotated and its snapshot saved. */
async function savedDesk(folders: { reports: string; state: string }): Promise<Newsdesk> {
  const desk = await Newsdesk.open(folders.reports, { stateDir: folders.state });
  for (const report of desk.reports()) desk.annotations(report.id);
  await desk.saveSnapshot();
  return desk;
}

const QUESTIONS: Array<[AnswerKind, string]> = [
  ['who', 'Who met Laura Cooper?'],
  ['when', 'When did Hasanov meet the US delegation?'],
  ['quote', 'Afghanistan support'],
  ['search', 'military cooperation'],
];

describe('index snapshot', () => {
  it('restarts from the snapshot with every report, annotation and answer as before', async () => {
    const folders = settledSeeds();
    const first = await savedDesk(folders);
    expect(first.startup).toMatchObject({ snapshot: 'none', fromSnapshot: 0, processed: first.counts().reports });

    const second = await Newsdesk.open(folders.reports, { stateDir: folders.state });
    expect(second.startup).toMatchObject({
      snapshot: 'loaded',
      fromSnapshot: first.counts().reports,
      processed: 0,
      dropped: 0,
    });
    expect(second.counts().annotated).toBe(first.counts().reports);
    expect(second.counts().passages).toBe(first.counts().passages);
    for (const [command, query] of QUESTIONS) {
      const answer = second.ask(command, query);
      expect(answer.answers.length, `${command} ${query}`).toBeGreaterThan(0);
      expect(answer).toEqual(first.ask(command, query));
    }
    const cooper = await first.knownNames('entity', 'Cooper');
    expect(cooper.length).toBeGreaterThan(0);
    expect(await second.knownNames('entity', 'Cooper')).toEqual(cooper);
  });

  it('re-processes only the files that changed, were added or were removed', async () => {
    const folders = settledSeeds();
    const first = await savedDesk(folders);
    const [changed, removed] = filesUnder(folders.reports).filter((f) => f.endsWith('.md'));
    writeFileSync(
      join(folders.reports, changed!),
      '---\ndate: 2020-02-02\ntitle: Rewritten\n---\nThe Quuxbridge council approved the budget.\n',
    );
    rmSync(join(folders.reports, removed!));
    writeFileSync(
      join(folders.reports, 'added.md'),
      '---\ndate: 2020-02-03\n---\nThe Florpington mayor resigned on Tuesday.\n',
    );

    const second = await Newsdesk.open(folders.reports, { stateDir: folders.state });
    expect(second.startup).toMatchObject({
      snapshot: 'loaded',
      processed: 2,
      dropped: 2,
      fromSnapshot: first.counts().reports - 2,
    });
    expect(second.counts().reports).toBe(first.counts().reports);
    expect(second.ask('search', 'Quuxbridge budget').answers[0]?.citations[0]?.reportId).toBe(
      changed!.replace(/\.md$/, ''),
    );
    expect(second.ask('search', 'Quuxbridge budget').answers[0]?.citations[0]?.reportDate).toBe('2020-02-02');
    expect(second.ask('search', 'Florpington mayor').answers[0]?.citations[0]?.reportId).toBe('added');
    expect(second.report(removed!.replace(/\.md$/, ''))).toBeUndefined();
  });

  it('indexes only the new report of a JSONL file that grew by a line', async () => {
    const line = (id: string, text: string) => `${JSON.stringify({ id, date: '2020-01-01', text })}\n`;
    const reports = tempReports({
      'wire.jsonl': line('dam', 'The Wobbleton dam opened.') + line('ferry', 'The Snorkelby ferry sailed.'),
    });
    const file = join(reports, 'wire.jsonl');
    utimesSync(file, AN_HOUR_AGO, AN_HOUR_AGO);
    const state = `${reports}-state`;
    const first = await Newsdesk.open(reports, { stateDir: state });
    first.annotations('dam');
    await first.saveSnapshot();
    writeFileSync(file, readFileSync(file, 'utf8') + line('choir', 'The Plimpton choir sang.'));

    const second = await Newsdesk.open(reports, { stateDir: state });
    expect(second.startup).toMatchObject({ snapshot: 'loaded', fromSnapshot: 2, processed: 1, dropped: 0 });
    expect(second.isAnnotated('dam')).toBe(true);
    expect(second.ask('search', 'Plimpton choir').answers[0]?.citations[0]?.reportId).toBe('choir');
  });

  it('reports the problems of an unchanged file it reuses', async () => {
    const reports = tempReports({
      'mixed.jsonl':
        '{"id":"ok","date":"2020-01-01","text":"The Wobbleton dam opened."}\n{"id":"bad","date":"2020-13-45","text":"x"}\n',
    });
    utimesSync(join(reports, 'mixed.jsonl'), AN_HOUR_AGO, AN_HOUR_AGO);
    const state = `${reports}-state`;
    const first = await Newsdesk.open(reports, { stateDir: state });
    await first.saveSnapshot();
    const second = await Newsdesk.open(reports, { stateDir: state });
    expect(second.startup.fromSnapshot).toBe(1);
    expect(second.lastLoad.problems).toEqual(first.lastLoad.problems);
    expect(second.lastLoad.problems[0]).toMatchObject({ file: 'mixed.jsonl', line: 2 });
  });

  it('reads again a file modified just before it was looked at, and indexes again only what its content changed', async () => {
    const reports = tempReports({ 'fresh.md': '---\ndate: 2020-01-01\n---\nThe Snorkelby ferry sailed.\n' });
    const file = join(reports, 'fresh.md');
    const state = `${reports}-state`;
    const first = await Newsdesk.open(reports, { stateDir: state });
    first.annotations('fresh');
    await first.saveSnapshot();

    const second = await Newsdesk.open(reports, { stateDir: state });
    expect(second.startup).toMatchObject({ snapshot: 'loaded', fromSnapshot: 1, processed: 0, dropped: 0 });
    expect(second.isAnnotated('fresh')).toBe(true);

    // same size and time stamp, other words: only the content can tell
    const { mtime } = statSync(file);
    writeFileSync(file, '---\ndate: 2020-01-01\n---\nThe Snorkelby ferry docked.\n');
    utimesSync(file, mtime, mtime);
    const third = await Newsdesk.open(reports, { stateDir: state });
    expect(third.startup).toMatchObject({ snapshot: 'loaded', fromSnapshot: 0, processed: 1, dropped: 1 });
    expect(third.ask('search', 'Snorkelby ferry').answers[0]?.citations[0]?.passage).toBe(
      'The Snorkelby ferry docked.',
    );
  });

  it.each([
    [
      'a damaged manifest',
      (dir: string) => writeFileSync(join(dir, 'manifest.json'), '{"version": 1, "sett'),
      /damaged/,
    ],
    [
      'a manifest from another version',
      (dir: string) => writeFileSync(join(dir, 'manifest.json'), '{"version": 0}'),
      /another version/,
    ],
    [
      'annotations made by other extractors (an upgrade)',
      (dir: string) => {
        const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
        writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, analysis: 'older-extractors' }));
      },
      /another version of the extractors/,
    ],
    ['a truncated postings file', (dir: string) => writeFileSync(join(dir, 'postings.bin'), 'abcde'), /damaged/],
    [
      'postings of unknown terms',
      (dir: string) =>
        writeFileSync(join(dir, 'postings.bin'), Buffer.from(new Uint32Array([4_000_000_000, 1, 0, 1]).buffer)),
      /damaged/,
    ],
    ['a missing text file', (dir: string) => rmSync(join(dir, 'texts-0.txt')), /damaged/],
    ['rows that do not fit the texts', (dir: string) => writeFileSync(join(dir, 'texts-0.txt'), 'short'), /damaged/],
  ])('discards %s with a reason and rebuilds from the files', async (_name, damage, reason) => {
    const folders = settledSeeds();
    const first = await savedDesk(folders);
    damage(join(folders.state, 'index'));
    const second = await Newsdesk.open(folders.reports, { stateDir: folders.state });
    expect(second.startup.snapshot).toBe('discarded');
    expect(second.startup.discarded).toMatch(reason);
    expect(second.startup).toMatchObject({ fromSnapshot: 0, processed: first.counts().reports });
    expect(second.ask('search', 'military cooperation')).toEqual(first.ask('search', 'military cooperation'));
  });

  it('is not used for another reports folder', async () => {
    const folders = settledSeeds();
    await savedDesk(folders);
    const other = tempReports({ 'one.md': '---\ndate: 2020-01-01\n---\nThe Plimpton choir sang.\n' });
    const desk = await Newsdesk.open(other, { stateDir: folders.state });
    expect(desk.startup.snapshot).toBe('discarded');
    expect(desk.startup.discarded).toMatch(/another reports folder/);
    expect(desk.counts().reports).toBe(1);
  });

  it('makes again the annotations of a damaged line instead of trusting it', async () => {
    const folders = settledSeeds();
    const first = await savedDesk(folders);
    const file = join(folders.state, 'index', 'annotations-0.tsv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const [id] = lines[0]!.split('\t');
    writeFileSync(file, [`${id}\t{"entities": [`, ...lines.slice(1)].join('\n'));
    const second = await Newsdesk.open(folders.reports, { stateDir: folders.state });
    const reportId = JSON.parse(id!) as string;
    expect(second.isAnnotated(reportId)).toBe(false);
    expect(second.inspect(reportId)).toEqual(first.inspect(reportId));
  });

  it('removes what an interrupted save left behind', async () => {
    const folders = settledSeeds();
    await savedDesk(folders);
    mkdirSync(join(folders.state, 'index.tmp-1-2'));
    mkdirSync(join(folders.state, 'index.old-1-2'));
    await (await Newsdesk.open(folders.reports, { stateDir: folders.state })).saveSnapshot();
    expect(readdirSync(folders.state)).toEqual(['index']);
  });

  it('is absent, not discarded, before the first save', async () => {
    expect(await readSnapshot(join(tmpdir(), 'newsdesk-no-such-state'), SEEDS, analysisFingerprint())).toEqual({
      status: 'none',
    });
  });

  it('replaces the previous snapshot whole on every save', async () => {
    const folders = settledSeeds();
    const desk = await savedDesk(folders);
    desk.removeReport([...desk.reports()][0]!.id);
    await desk.saveSnapshot();
    const read = await readSnapshot(join(folders.state, 'index'), folders.reports, analysisFingerprint());
    expect(read.status).toBe('loaded');
    if (read.status === 'loaded') expect(read.state.reports.filter(Boolean)).toHaveLength(desk.counts().reports);
    expect(readdirSync(folders.state)).toEqual(['index']);
  });
});
