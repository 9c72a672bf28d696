import { describe, expect, it } from 'vitest';
import { ReportStore } from '../../../src/core/index/reportStore.js';
import { foundingReport, report } from '../../helpers/fixtures.js';

describe('ReportStore', () => {
  it('numbers each report stored, never reusing a number', () => {
    const store = new ReportStore({});
    const a = store.add(report('a', 'Apples are red. Apples are sweet.'));
    const b = store.add(report('b', 'Bananas are yellow.'));
    expect([a.number, b.number]).toEqual([0, 1]);
    // the title "a" is a stop word: the terms are the text's
    expect(a.terms).toEqual(['appl', 'red', 'appl', 'sweet']);
    store.remove('a');
    const again = store.add(report('a', 'Apricots are orange.'));
    expect(again.number).toBe(2);
    expect(store.numberOf('a')).toBe(2);
    expect(store.reportAt(0)).toBeUndefined();
    expect(store.numberedReports().map((r) => r?.id)).toEqual([undefined, 'b', 'a']);
  });

  it('counts reports, passages and terms as they come and go', async () => {
    const store = new ReportStore({});
    const founding = await foundingReport();
    store.add(founding);
    store.add(report('dam', 'The Wobbleton dam opened.'));
    const passages = store.passagesOf(founding.id);
    expect(passages.length).toBeGreaterThan(3);
    expect(store.passageCount).toBe(passages.length + 1);
    expect(passages.every((p) => founding.text.slice(p.start, p.end) === p.text)).toBe(true);
    expect(store.stats.frequency('wobbleton')).toBe(1);
    expect(store.remove('dam')?.unique.has('wobbleton')).toBe(true);
    expect(store.stats.frequency('wobbleton')).toBe(0);
    expect([store.reportCount, store.passageCount]).toEqual([1, passages.length]);
    expect(store.remove('dam')).toBeNull();
    expect(store.passagesOf('dam')).toEqual([]);
  });
});
