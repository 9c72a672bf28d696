import { describe, expect, it } from 'vitest';
import { NewsIndex } from '../../../src/core/index/newsIndex.js';
import { foundingReport, report } from '../../helpers/fixtures.js';

describe('NewsIndex', () => {
  it('finds the passage about the meeting in the founding report', async () => {
    const index = NewsIndex.fromReports([await foundingReport()]);
    const [top] = index.search('Hasanov delegation');
    expect(top?.passage.text).toMatch(/Zakir Hasanov has met with the delegation/);
    expect(top?.report.date).toBe('2018-12-05');
  });

  it('matches words by stem, prefix and small typos', async () => {
    const index = NewsIndex.fromReports([await foundingReport()]);
    expect(index.search('meeting')[0]?.passage.text).toMatch(/During the meeting/);
    expect(index.search('peacekeeper')[0]?.passage.text).toMatch(/peacekeepers/);
    expect(index.search('Afghanstan')[0]?.passage.text).toMatch(/Afghanistan/);
  });

  it('filters by report date range', () => {
    const index = NewsIndex.fromReports([
      report('old', 'The bridge opened to traffic.', '2019-05-01'),
      report('new', 'The bridge closed for repairs.', '2021-05-01'),
      report('undated', 'The bridge was painted.', null),
    ]);
    expect(index.search('bridge').map((h) => h.report.id).sort()).toEqual(['new', 'old', 'undated']);
    expect(index.search('bridge', { from: '2020-01-01' }).map((h) => h.report.id)).toEqual(['new']);
    expect(index.search('bridge', { to: '2020-01-01' }).map((h) => h.report.id)).toEqual(['old']);
  });

  it('adds, replaces and removes one report without touching the others', () => {
    const index = NewsIndex.fromReports([report('a', 'Apples are red.'), report('b', 'Bananas are yellow.')]);
    index.addReport(report('a', 'Apricots are orange.'));
    expect(index.search('apples')).toEqual([]);
    expect(index.search('apricots')[0]?.report.id).toBe('a');
    expect(index.removeReport('b')).toBe(true);
    expect(index.search('bananas')).toEqual([]);
    expect(index.reportCount).toBe(1);
    expect(index.removeReport('b')).toBe(false);
  });

  it('answers an empty or stop-word query with nothing', () => {
    const index = NewsIndex.fromReports([report('a', 'Apples are red.')]);
    expect(index.search('')).toEqual([]);
    expect(index.search('the of and')).toEqual([]);
    expect(index.search('?!')).toEqual([]);
  });

  it('annotates a report once, on first use', async () => {
    const founding = await foundingReport();
    const index = NewsIndex.fromReports([founding]);
    const first = index.annotations(founding.id);
    expect(index.annotations(founding.id)).toBe(first);
    expect(() => index.annotations('missing')).toThrow(/NewsIndex: unknown report id "missing"/);
  });
});
