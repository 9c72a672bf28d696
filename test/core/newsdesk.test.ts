import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../src/core/newsdesk.js';
import { tempReports } from '../helpers/fixtures.js';

const LINES = [
  { id: 'dam', date: '2020-01-01', text: 'The Wobbleton dam opened on Monday.' },
  { id: 'ferry', date: '2020-01-02', text: 'The Snorkelby ferry sailed on Tuesday.' },
];
const jsonl = (items: object[]) => items.map((item) => JSON.stringify(item)).join('\n') + '\n';

describe('Newsdesk.reload', () => {
  it('says what was added, changed and removed, and answers from the new state', async () => {
    const dir = tempReports({ 'a.jsonl': jsonl(LINES), 'b.txt': 'date 2020-01-03 The Plimpton choir sang.' });
    const desk = await Newsdesk.open(dir);
    writeFileSync(
      join(dir, 'a.jsonl'),
      jsonl([LINES[0]!, { ...LINES[1]!, text: 'The Snorkelby ferry docked on Wednesday.' }]),
    );
    rmSync(join(dir, 'b.txt'));
    writeFileSync(join(dir, 'c.txt'), 'date 2020-01-04 The Florpington mayor resigned.');
    const summary = await desk.reload();
    expect(summary).toMatchObject({ added: ['c'], changed: ['ferry'], removed: ['b'], reports: 3 });
    expect(desk.ask('search', 'Snorkelby ferry').answers[0]?.citations[0]?.passage).toBe(
      'The Snorkelby ferry docked on Wednesday.',
    );
    expect(desk.ask('search', 'Plimpton choir').answers).toEqual([]);
  });

  it.each([
    [
      'moved to another file',
      (dir: string) => renameSync(join(dir, 'a.jsonl'), join(dir, 'moved.jsonl')),
      'moved.jsonl',
      2,
    ],
    [
      'shifted by a line inserted above it',
      (dir: string) =>
        writeFileSync(join(dir, 'a.jsonl'), jsonl([{ id: 'new', date: '2020-01-05', text: 'A new line.' }, ...LINES])),
      'a.jsonl',
      3,
    ],
  ])('keeps a report %s, with its annotations, and cites where it is now', async (_case, change, file, line) => {
    const dir = tempReports({ 'a.jsonl': jsonl(LINES) });
    const desk = await Newsdesk.open(dir);
    desk.annotations('ferry');
    change(dir);
    const summary = await desk.reload();
    expect(summary.changed).toEqual([]);
    expect(desk.isAnnotated('ferry')).toBe(true);
    expect(desk.report('ferry')?.origin).toEqual({ file, line });
    expect(desk.inspect('ferry')?.report.file).toBe(file);
  });
});

describe('Newsdesk.indexStoredFiles', () => {
  it('indexes files just written at once; the next reload finds nothing new and keeps them once', async () => {
    const dir = tempReports({ 'a.jsonl': jsonl(LINES) });
    const desk = await Newsdesk.open(dir);
    writeFileSync(join(dir, 'c.txt'), 'date 2020-01-04 The Florpington mayor resigned.');
    writeFileSync(join(dir, 'bad.json'), '{"id": 1}');
    expect(desk.ask('search', 'Florpington').answers).toEqual([]);
    const indexed = await desk.indexStoredFiles(['c.txt', 'c.txt', 'bad.json', 'missing.md']);
    expect(indexed.map((report) => report.id)).toEqual(['c']);
    expect(desk.ask('search', 'Florpington mayor').answers[0]?.citations[0]?.reportId).toBe('c');
    const summary = await desk.reload();
    expect(summary).toMatchObject({ added: [], changed: [], removed: [], reports: 3 });
    expect([...desk.reports()].filter((report) => report.id === 'c')).toHaveLength(1);
  });
});
