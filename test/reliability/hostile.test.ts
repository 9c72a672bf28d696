import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Newsdesk } from '../../src/core/newsdesk.js';
import { SEEDS, report, tempReports } from '../helpers/fixtures.js';
import { checkFolder, checkQuery, checkSummaryFaults, counts, folderCase, hostileQuery } from './properties.js';

// a fixed seed here; `npm run fuzz` runs the same properties far longer
const RUNS = { seed: 20181205, numRuns: 25 };

describe('hostile report folders', () => {
  it('loads every good report and reports every bad file once, never throwing', async () => {
    await fc.assert(
      fc.asyncProperty(folderCase, (files) => checkFolder(files)),
      RUNS,
    );
    expect(counts.crashes).toBe(0);
    expect(counts.loaded).toBeGreaterThan(0);
    expect(counts.rejected).toBeGreaterThan(0);
  });

  it.each([
    ['a 20 MB report', () => `date 2020-01-01 ${'word '.repeat(4 * 1024 * 1024)}`, /over the 2000000 cap/],
    ['a file over the size cap', () => 'x'.repeat(2048), /over the 1024-byte cap/],
  ])('rejects %s with the reason, and loads the rest', async (_label, content, reason) => {
    const { loadReports } = await import('../../src/core/load/loadReports.js');
    const dir = tempReports({ 'big.txt': content(), 'ok.txt': 'date 2020-01-01 Fine.' });
    const result = await loadReports(dir, _label.includes('size cap') ? { maxFileBytes: 1024 } : {});
    expect(result.reports.map((r) => r.id)).toEqual(['ok']);
    expect(result.problems[0]!.reason).toMatch(reason);
  });

  it('loads one 1 MB line as passages no longer than the cap', async () => {
    const dir = tempReports({ 'line.txt': `date 2020-01-01 ${'term '.repeat(200_000)}` });
    const desk = await Newsdesk.open(dir);
    const passages = desk.passagesOf('line');
    expect(passages.length).toBeGreaterThan(800);
    expect(passages.every((p) => p.end - p.start <= 1200)).toBe(true);
  });

  it('reports a file deleted between listing and reading, and loads the rest', async () => {
    const { readReportFile } = await import('../../src/core/load/loadReports.js');
    const outcome = await readReportFile('/nonexistent/gone.txt', 'gone.txt');
    expect(outcome).toEqual([{ file: 'gone.txt', reason: 'cannot read file: ENOENT' }]);
  });

  it('keeps the previous index serving when a reload cannot read the folder', async () => {
    const { rmSync } = await import('node:fs');
    const dir = tempReports({ 'a.txt': 'date 2020-01-01 The harbour master reopened the port.' });
    const desk = await Newsdesk.open(dir);
    rmSync(dir, { recursive: true, force: true });
    await expect(desk.reload()).rejects.toThrow(/reports path not found/);
    expect(desk.ask('search', 'harbour').answers).toHaveLength(1);
  });
});

describe('summary posting under faults', () => {
  it('posts each day exactly once through 5xx, 429 and crashes between sending and recording', async () => {
    await checkSummaryFaults(8, 20181205);
    expect(counts.summariesPosted).toBe(8);
    expect(counts.faultsInjected).toBeGreaterThan(0);
  });
});

describe('hostile queries and report texts', () => {
  let desk: Newsdesk;
  beforeAll(async () => {
    desk = await Newsdesk.open(SEEDS);
    desk.addReports([
      report(
        'hostile-1',
        '@everyone look: <@123> and <@&456> said “**bold** ||spoiler|| ```code``` > quote” in [link](https://x.y). Minister Jane Doe said “we will not @here ping”.',
      ),
      report('hostile-2', `${'Long sentence without end '.repeat(400)}`),
      report(
        'hostile-3',
        'Mixed scripts: Азербайджан, 阿塞拜疆, أذربيجان, emoji 🙂, RTL \u202e text, zero\u200bwidth.',
      ),
    ]);
  });

  it('answers every command for any query, within Discord limits, unable to ping', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => checkQuery(desk, query)),
      { ...RUNS, numRuns: 60 },
    );
    for (const query of ['@everyone', 'hostile look', 'Jane Doe said', 'Long sentence', 'Азербайджан'])
      checkQuery(desk, query);
    expect(counts).toMatchObject({ crashes: 0, pings: 0, overLimits: 0 });
  });
});
