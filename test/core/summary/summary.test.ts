import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../src/core/newsdesk.js';
import { cronPattern, dayCovered, lastSlotAtOrBefore } from '../../../src/core/summary/schedule.js';
import { containment, shingles } from '../../../src/core/summary/shingles.js';
import { SummaryStateFile } from '../../../src/core/summary/summaryState.js';
import { firstSentence } from '../../../src/core/text/title.js';
import type { Report } from '../../../src/core/types.js';
import { SHARED_DATA, foundingDesk, tempReports } from '../../helpers/fixtures.js';

describe('the daily summary', () => {
  it('summarises the founding day: Hasanov, Cooper and the Mattis line', async () => {
    const summary = await (await foundingDesk()).summary('2018-12-05');
    expect(summary.reportCount).toBe(1);
    expect(summary.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Zakir Hasanov', 'Laura Cooper']));
    // the agency, the country and the people's adjective are typed as what they are
    expect(summary.people.map((p) => p.name)).not.toContain('Report');
    const organizations = summary.organizations.map((o) => o.name);
    expect(organizations).not.toContain('US');
    expect(organizations).not.toContain('Azerbaijani');
    expect(summary.places.map((p) => p.name)).toContain('United States');
    expect(summary.quotes[0]).toMatchObject({
      speaker: 'Laura Cooper',
      text: expect.stringContaining('the successes achieved in Afghanistan'),
    });
    expect(summary.stories[0]!.sentences.length).toBeGreaterThan(0);
  });

  it('counts a body written as its capitals under its name, and a quotation by a role under no place', async () => {
    const desk = Newsdesk.fromReports([
      {
        id: 'plant',
        date: '2021-05-04',
        title: 'Lakeview Motors to close plant',
        text:
          'Lakeview Motors will close its plant in Ardena, the company said on Tuesday. LM employs 900 people there.\n\n' +
          'The premier of the northern state of Velmont remarked that “the closure of the plant is a heavy blow to the region.”',
        origin: { file: 'plant.txt' },
      },
    ]);
    const summary = await desk.summary('2021-05-04');
    const names = [...summary.organizations, ...summary.places].map((n) => n.name);
    expect(summary.organizations).toContainEqual({ name: 'Lakeview Motors', count: 2 });
    expect(names).not.toContain('LM');
    expect(summary.quotes.map((q) => q.speaker)).not.toContain('Velmont');
  });

  it.each([
    ['straight', '"', '"'],
    ['curly', '“', '”'],
  ])('tells a story in sentences that read alone: no quotation’s tail (%s marks)', async (_marks, open, close) => {
    const text = [
      'Lakeview will rebuild the harbour bridge before the winter, the council of Lakeview said on Tuesday.',
      `${open}The harbour bridge is the heart of Lakeview and the harbour.`,
      `We will rebuild the harbour bridge of Lakeview before the winter comes to the harbour.${close}`,
      'said Ann Roe, the mayor of Lakeview, at the harbour bridge of Lakeview.',
      'The work on the bridge will cost the city about two million dollars, officials said.',
    ].join('\n');
    const desk = Newsdesk.fromReports([
      { id: 'bridge', date: '2021-05-11', title: 'Lakeview bridge', text, origin: { file: 'bridge.txt' } },
    ]);
    const sentences = (await desk.summary('2021-05-11')).stories[0]!.sentences.map((s) => s.text);
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence).not.toMatch(/^We will rebuild/);
  });

  it('leads with the stories told in prose, most reports first, then the longer; notices and tables of figures last', async () => {
    const day = '2021-06-01';
    const make = (id: string, title: string, text: string): Report => ({
      id,
      date: day,
      title,
      text,
      origin: { file: `${id}.txt` },
    });
    const velmont =
      'The Velmont council voted on Monday to close the old ferry pier, which has stood unused since the storm of last year, and to sell the land to a builder of flats.';
    const lakeview = [
      'Lakeview will build a new school on the site of its old bus depot, the mayor told a crowd outside the town hall on Tuesday.',
      'The school will hold six hundred pupils and open in three years, paid for by a loan the council took out in the spring.',
      'Parents who had asked for the school for a decade cheered the news, and the teachers union said it welcomed the plan.',
    ].join(' ');
    const ardena =
      'Ardena railway workers began a two-day strike over pay on Wednesday, stopping every train between the capital and the coast, their union said.';
    const table = (n: number) => `Korvex Fund monthly payout ${n} cts vs ${n} cts prior. Pay April 1. Record March 20.`;
    const desk = Newsdesk.fromReports([
      // a notice three reports repeat
      make('fund-a', 'Korvex fund payout', table(7)),
      make('fund-b', 'Korvex fund payout', table(7)),
      make('fund-c', 'Korvex fund payout', table(7)),
      // a short story and a long one, each told once
      make('short', 'Velmont pier', velmont),
      make('long', 'Lakeview school', lakeview),
      // a story two reports tell
      make('told-1', 'Ardena rail strike', ardena),
      make('told-2', 'Ardena rail strike', `${ardena} Talks will resume on Friday.`),
    ]);
    const titles = (await desk.summary(day)).stories.map((s) => s.title);
    expect(titles).toEqual(['Ardena rail strike', 'Lakeview school', 'Velmont pier', 'Korvex fund payout']);
  });

  it('gives an empty day zero reports and no stories', async () => {
    const summary = await (await foundingDesk()).summary('2018-12-06');
    expect(summary).toMatchObject({ reportCount: 0, stories: [], people: [], quotes: [] });
  });

  it('measures shingle containment', () => {
    const a = shingles('the quick brown fox jumps over the lazy dog again and again');
    expect(containment(a, a)).toBe(1);
    expect(containment(a, shingles('completely different words make up this other sentence here'))).toBe(0);
  });
});

const shared = existsSync(SHARED_DATA);
describe.skipIf(!shared)('the daily summary on real days (../shared/data)', () => {
  if (!shared) console.warn(`skipped: ${SHARED_DATA} is absent`);

  /** The reports of the busiest day of a corpus file. */
  function busiestDay(file: string, limit: number): Report[] {
    const rows = readFileSync(join(SHARED_DATA, 'corpus', file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; date: string | null; title: string | null; text: string });
    const byDay = new Map<string, typeof rows>();
    for (const r of rows) if (r.date && r.text.trim()) byDay.set(r.date, [...(byDay.get(r.date) ?? []), r]);
    const [, reports] = [...byDay.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
    return reports.slice(0, limit).map((r) => ({
      id: r.id,
      date: r.date,
      title: r.title || firstSentence(r.text),
      text: r.text,
      origin: { file },
    }));
  }

  let polnear: Report[];
  let reuters: Report[];
  beforeAll(() => {
    polnear = busiestDay('polnear_articles.jsonl', 12);
    reuters = busiestDay('reuters21578.jsonl', 40);
  });

  it.each(['polnear', 'reuters'] as const)(
    '%s: every chosen sentence is verbatim and entity counts add up',
    async (name) => {
      const reports = name === 'polnear' ? polnear : reuters;
      const desk = Newsdesk.fromReports(reports);
      const day = reports[0]!.date!;
      const summary = await desk.summary(day);
      expect(summary.reportCount).toBe(reports.length);
      const byId = new Map(reports.map((r) => [r.id, r]));
      for (const story of summary.stories) {
        for (const s of story.sentences) expect(byId.get(s.reportId)!.text.slice(s.start, s.end)).toBe(s.text);
      }
      expect(summary.stories.flatMap((s) => s.reportIds).sort()).toEqual(reports.map((r) => r.id).sort());
      const top = summary.people[0];
      if (top) {
        const counted = reports.reduce(
          (sum, r) =>
            sum + desk.annotations(r.id).entities.filter((e) => e.type === 'person' && e.text === top.name).length,
          0,
        );
        expect(top.count).toBe(counted);
      }
    },
  );

  it('groups a story told by several reports into one item listing all sources', async () => {
    const [first, second] = reuters;
    const retold: Report = {
      ...first!,
      id: `${first!.id}-retold`,
      text: `${first!.text}\nThe company declined further comment.`,
    };
    const desk = Newsdesk.fromReports([first!, retold, second!]);
    const summary = await desk.summary(first!.date!);
    const grouped = summary.stories.find((s) => s.reportIds.includes(first!.id))!;
    expect(grouped.reportIds.sort()).toEqual([first!.id, retold.id].sort());
    expect(summary.stories).toHaveLength(2);
  });
});

describe('schedule', () => {
  it.each([
    [
      '18:00 in UTC',
      { time: '18:00', timezone: 'UTC' },
      '2024-05-10T18:30:00Z',
      '2024-05-10T18:00:00.000Z',
      '2024-05-10',
    ],
    [
      'before the slot gives yesterday’s',
      { time: '18:00', timezone: 'UTC' },
      '2024-05-10T17:59:00Z',
      '2024-05-09T18:00:00.000Z',
      '2024-05-09',
    ],
    [
      '00:30 covers the day before',
      { time: '00:30', timezone: 'UTC' },
      '2024-05-10T01:00:00Z',
      '2024-05-10T00:30:00.000Z',
      '2024-05-09',
    ],
    [
      'New York in summer',
      { time: '18:00', timezone: 'America/New_York' },
      '2024-07-01T23:00:00Z',
      '2024-07-01T22:00:00.000Z',
      '2024-07-01',
    ],
    [
      'a time skipped by the spring change runs once, after the jump',
      { time: '01:30', timezone: 'Europe/London' },
      '2025-03-30T12:00:00Z',
      '2025-03-30T01:30:00.000Z',
      '2025-03-29',
    ],
    [
      'a time repeated by the autumn change runs once',
      { time: '01:30', timezone: 'Europe/London' },
      '2025-10-26T12:00:00Z',
      '2025-10-26T01:30:00.000Z',
      '2025-10-25',
    ],
  ])('%s', (_label, slot, now, expectedSlot, day) => {
    const last = lastSlotAtOrBefore(new Date(now), slot);
    expect(last?.toISOString()).toBe(expectedSlot);
    expect(dayCovered(last!, slot.timezone)).toBe(day);
  });

  it('has exactly one slot on each daylight-saving change day', () => {
    for (const [from, to] of [
      ['2025-03-29T12:00:00Z', '2025-03-31T12:00:00Z'],
      ['2025-10-25T12:00:00Z', '2025-10-27T12:00:00Z'],
    ] as const) {
      const seen = new Set<string>();
      for (let t = Date.parse(from); t <= Date.parse(to); t += 5 * 60_000) {
        const slot = lastSlotAtOrBefore(new Date(t), { time: '01:30', timezone: 'Europe/London' });
        if (slot) seen.add(slot.toISOString());
      }
      expect(seen.size).toBe(3); // the day before, the change day, the day after
    }
    expect(cronPattern({ time: '07:05', timezone: 'UTC' })).toBe('5 7 * * *');
  });
});

describe('SummaryStateFile', () => {
  it('writes atomically and reads back; a corrupt file reads as empty', async () => {
    const dir = tempReports({});
    const file = new SummaryStateFile(dir);
    expect(await file.read()).toEqual({ version: 1, days: {}, lastError: null });
    await file.write({
      version: 1,
      days: { '2018-12-05': { messageIds: ['1'], postedAt: 'now', late: false } },
      lastError: null,
    });
    expect((await file.read()).days['2018-12-05']?.messageIds).toEqual(['1']);
    const { writeFileSync, readdirSync } = await import('node:fs');
    expect(readdirSync(dir)).toEqual(['summary-state.json']);
    writeFileSync(file.path, '{not json');
    expect(await file.read()).toEqual({ version: 1, days: {}, lastError: null });
  });
});
