import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Newsdesk } from '../../src/core/newsdesk.js';
import { SEEDS, report, tempReports } from '../helpers/fixtures.js';
import { checkFolder, checkQuery, counts, folderCase, hostileQuery } from './properties.js';

// a fixed seed here; `npm run fuzz` runs the same properties far longer
const RUNS = { seed: 20181205, numRuns: 25 };

describe('hostile report folders', () => {
  it('loads every good report and reports every bad file once, never throwing', async () => {
    await fc.assert(fc.asyncProperty(folderCase, (files) => checkFolder(files)), RUNS);
    expect(counts.crashes).toBe(0);
    expect(counts.loaded).toBeGreaterThan(0);
    expect(counts.rejected).toBeGreaterThan(0);
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

describe('hostile queries and report texts', () => {
  let desk: Newsdesk;
  beforeAll(async () => {
    desk = await Newsdesk.open(SEEDS);
    desk.index.addReports([
      report('hostile-1', '@everyone look: <@123> and <@&456> said “**bold** ||spoiler|| ```code``` > quote” in [link](https://x.y). Minister Jane Doe said “we will not @here ping”.'),
      report('hostile-2', `${'Long sentence without end '.repeat(400)}`),
      report('hostile-3', 'Mixed scripts: Азербайджан, 阿塞拜疆, أذربيجان, emoji 🙂, RTL \u202e text, zero\u200bwidth.'),
    ]);
  });

  it('answers every command for any query, within Discord limits, unable to ping', () => {
    fc.assert(fc.property(hostileQuery, (query) => checkQuery(desk, query)), { ...RUNS, numRuns: 60 });
    for (const query of ['@everyone', 'hostile look', 'Jane Doe said', 'Long sentence', 'Азербайджан']) checkQuery(desk, query);
    expect(counts).toMatchObject({ crashes: 0, pings: 0, overLimits: 0 });
  });
});
