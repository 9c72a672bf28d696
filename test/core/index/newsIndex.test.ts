import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/core/extract/annotate.js';
import { addCountedInSteps, exportHead, exportPostings } from '../../../src/core/index/miniSearchStore.js';
import { PassageSearch } from '../../../src/core/index/passageSearch.js';
import { frequencies } from '../../../src/core/text/terms.js';
import { NewsIndex, type IndexOptions } from '../../../src/core/index/newsIndex.js';
import { loadReports } from '../../../src/core/load/loadReports.js';
import { SEEDS, foundingReport, report } from '../../helpers/fixtures.js';

/**
 * Every report a candidate, every list long enough to hold every report, and no prefix or
 * fuzzy expansion (common words are never expanded): the plan cannot drop anything.
 */
const EXHAUSTIVE: Partial<IndexOptions> = {
  candidateReports: 10_000,
  commonListSize: 10_000,
  prefixMinLength: 100,
  fuzzyMinLength: 100,
};

describe('NewsIndex', () => {
  it('finds the passage about the meeting in the founding report', async () => {
    const index = NewsIndex.fromReports([await foundingReport()], annotate);
    const [top] = index.search('Hasanov delegation');
    expect(top?.passage.text).toMatch(/Zakir Hasanov has met with the delegation/);
    expect(top?.report.date).toBe('2018-12-05');
  });

  it('matches words by stem, prefix and small typos', async () => {
    const index = NewsIndex.fromReports([await foundingReport()], annotate);
    expect(index.search('meeting')[0]?.passage.text).toMatch(/During the meeting/);
    expect(index.search('peacekeeper')[0]?.passage.text).toMatch(/peacekeepers/);
    expect(index.search('Afghanstan')[0]?.passage.text).toMatch(/Afghanistan/);
  });

  it('finds a title written the other way: "CEO" for "chief executive" and back', () => {
    const index = NewsIndex.fromReports(
      [
        report('quinn', 'Mara Quinn, the chief executive of Velmont, opened the new plant in the north.', '2021-05-01'),
        report('abel', 'Velmont CEO Tom Abel spoke to the press about the long delays at the port.', '2021-05-02'),
        report('plant', 'Velmont opened a plant.', '2021-05-03'),
      ],
      annotate,
    );
    // both titles before the report that only names the company
    for (const query of ['CEO of Velmont', 'chief executive Velmont']) {
      const order = index.search(query).map((hit) => hit.report.id);
      expect(order.indexOf('plant'), query).toBe(2);
    }
  });

  it('filters by report date range', () => {
    const index = NewsIndex.fromReports(
      [
        report('old', 'The bridge opened to traffic.', '2019-05-01'),
        report('new', 'The bridge closed for repairs.', '2021-05-01'),
        report('undated', 'The bridge was painted.', null),
      ],
      annotate,
    );
    expect(
      index
        .search('bridge')
        .map((h) => h.report.id)
        .sort(),
    ).toEqual(['new', 'old', 'undated']);
    expect(index.search('bridge', { from: '2020-01-01' }).map((h) => h.report.id)).toEqual(['new']);
    expect(index.search('bridge', { to: '2020-01-01' }).map((h) => h.report.id)).toEqual(['old']);
  });

  it('adds, replaces and removes one report without touching the others', () => {
    const index = NewsIndex.fromReports([report('a', 'Apples are red.'), report('b', 'Bananas are yellow.')], annotate);
    index.addReport(report('a', 'Apricots are orange.'));
    expect(index.search('apples')).toEqual([]);
    expect(index.search('apricots')[0]?.report.id).toBe('a');
    expect(index.removeReport('b')).toBe(true);
    expect(index.search('bananas')).toEqual([]);
    expect(index.reportCount).toBe(1);
    expect(index.removeReport('b')).toBe(false);
  });

  it('answers an empty or stop-word query with nothing', () => {
    const index = NewsIndex.fromReports([report('a', 'Apples are red.')], annotate);
    expect(index.search('')).toEqual([]);
    expect(index.search('the of and')).toEqual([]);
    expect(index.search('?!')).toEqual([]);
  });

  it('annotates a report once, on first use', async () => {
    const founding = await foundingReport();
    const index = NewsIndex.fromReports([founding], annotate);
    const first = index.annotations(founding.id);
    expect(index.annotations(founding.id)).toBe(first);
    expect(() => index.annotations('missing')).toThrow(/unknown report id "missing"/);
  });

  it.each([
    'Azerbaijan',
    'minister defense cooperation',
    'said the president',
    'election results announced',
    'Afghanistan support',
  ])('finds the same passages for "%s" whether its words come from top lists or from the index', async (query) => {
    const { reports } = await loadReports(SEEDS);
    const fromLists = NewsIndex.fromReports(reports, annotate, { ...EXHAUSTIVE, commonMinReports: 1, commonShare: 0 });
    const fromIndex = NewsIndex.fromReports(reports, annotate, { ...EXHAUSTIVE, commonMinReports: 1_000_000 });
    const ids = (index: NewsIndex) => index.search(query).map((h) => `${h.passage.id} ${h.score.toFixed(6)}`);
    expect(ids(fromLists).length).toBeGreaterThan(0);
    expect(ids(fromLists)).toEqual(ids(fromIndex));
  });

  it('keeps common-word top lists up to date as reports come and go', async () => {
    const { reports } = await loadReports(SEEDS);
    const index = NewsIndex.fromReports(reports, annotate, { commonMinReports: 1, commonShare: 0 });
    expect(index.search('minister')[0]).toBeDefined();
    expect(index.searcher.common.has('minister')).toBe(true);
    index.addReport(report('ministers', 'Minister meets minister: the ministers of ministers met the minister.'));
    expect(index.searcher.topList('minister').map(([number]) => index.store.reportAt(number)?.id)).toContain(
      'ministers',
    );
    expect(index.search('minister').map((h) => h.report.id)).toContain('ministers');
    index.removeReport('ministers');
    expect(index.searcher.topList('minister').map(([number]) => index.store.reportAt(number)?.id)).not.toContain(
      'ministers',
    );
    expect(index.search('minister').map((h) => h.report.id)).not.toContain('ministers');
  });

  it('limits on-the-spot annotation of a cold index to its character budget', async () => {
    const { reports } = await loadReports(SEEDS);
    const index = NewsIndex.fromReports(reports, annotate, { coldAnnotationChars: 2000 });
    const hits = index.search('Azerbaijan cooperation', { limit: 40 });
    const annotations = index.annotationsFor(hits);
    const annotatedChars = hits.reduce((sum, hit, i) => sum + (annotations[i] ? hit.passage.text.length : 0), 0);
    expect(annotations.filter(Boolean).length).toBeGreaterThan(0);
    expect(annotations.some((a) => a === null)).toBe(true);
    expect(annotatedChars).toBeLessThan(2000 + 1200 * 2);
    // the same passages are not annotated twice: a second pass finds them cached and goes further
    const again = index.annotationsFor(hits);
    expect(again.filter(Boolean).length).toBeGreaterThan(annotations.filter(Boolean).length);
  });
});

describe('NewsIndex common-word lists', () => {
  /** Reports where "bridge" and "city" are common (in more than the share that makes a word common). */
  function cityReports(count: number) {
    return Array.from({ length: count }, (_, i) =>
      report(
        `r${i}`,
        `The city bridge ${'opened '.repeat(1 + (i % 5))}to traffic in district ${i}. The city council met.`,
        '2020-01-01',
      ),
    );
  }

  it('lists the same best reports a slice at a time as in one pass, with reports added meanwhile', async () => {
    const options: Partial<IndexOptions> = { commonMinReports: 5, commonListSize: 8 };
    const whole = NewsIndex.fromReports(cityReports(300), annotate, options);
    const made = whole.buildCommonLists();
    const quiet = NewsIndex.fromReports(cityReports(300), annotate, options);
    await quiet.buildCommonListsInSlices({
      pause: () => new Promise<void>((resolve) => setImmediate(resolve)),
    } as never);
    expect(quiet.searcher.common.toJSON()).toEqual(whole.searcher.common.toJSON());
    const sliced = NewsIndex.fromReports(cityReports(300), annotate, options);
    // a slicer that pauses after every report
    const pausing = { pause: () => new Promise<void>((resolve) => setImmediate(resolve)) };
    const building = sliced.buildCommonListsInSlices(pausing as never);
    sliced.addReport(report('late', 'The city bridge opened opened opened opened opened to traffic.', '2020-01-02'));
    expect(await building).toBe(made);
    expect(made).toBeGreaterThan(0);
    const listsOf = (index: NewsIndex) => index.searcher.common.toJSON().filter(([term]) => term !== 'late');
    const slicedLists = listsOf(sliced);
    expect(slicedLists.map(([term]) => term)).toEqual(listsOf(whole).map(([term]) => term));
    // the report added during the pass is visited too
    const bridge = slicedLists.find(([term]) => term === 'bridg' || term === 'bridge');
    expect(bridge?.[1].map(([number]) => sliced.store.reportAt(number)?.id)).toContain('late');
  });
});

describe('NewsIndex: a huge report indexed in slices', () => {
  /** About 120,000 characters of varied news sentences, so the report takes the sliced path. */
  function hugeReport(id: string) {
    const sentences = Array.from(
      { length: 1500 },
      (_, i) =>
        `Minister ${['Petrova', 'Hasanov', 'Cooper'][i % 3]} said talks on tariff ${i} resume in district ${i % 97}.`,
    );
    return report(id, sentences.join(' '), '2020-01-01');
  }

  it('indexes it as the whole-report path does: same postings, counts and answers', async () => {
    const plain = NewsIndex.fromReports([report('small', 'The dam opened.', '2020-01-01')], annotate);
    plain.addReport(hugeReport('huge'));
    const sliced = NewsIndex.fromReports([report('small', 'The dam opened.', '2020-01-01')], annotate);
    // a slicer that pauses at every step
    let pauses = 0;
    const pausing = { pause: () => new Promise<void>((resolve) => setImmediate(() => resolve(void pauses++))) };
    await sliced.addReportInSlices(hugeReport('huge'), pausing as never);
    expect(pauses).toBeGreaterThan(100);
    const postings = (index: NewsIndex) => [
      ...exportPostings(index.searcher.mini, (t) => index.store.vocabulary.find(t)!),
    ];
    expect(postings(sliced)).toEqual(postings(plain));
    expect(exportHead(sliced.searcher.mini)).toEqual(exportHead(plain.searcher.mini));
    expect(sliced.passagesOf('huge')).toEqual(plain.passagesOf('huge'));
    for (const question of ['tariff 1207 district', 'Petrova talks resume']) {
      expect(sliced.search(question).map((hit) => hit.passage.id)).toEqual(
        plain.search(question).map((hit) => hit.passage.id),
      );
    }
  });

  it('replaces an indexed copy only once the new one is packed', async () => {
    const index = NewsIndex.fromReports([hugeReport('huge')], annotate);
    const pausing = { pause: () => new Promise<void>((resolve) => setImmediate(resolve)) };
    const changed = { ...hugeReport('huge'), text: `${hugeReport('huge').text} Zebrafish arrived.` };
    const adding = index.addReportInSlices(changed, pausing as never);
    // while the new copy is packed, the old one still answers
    await new Promise((resolve) => setImmediate(resolve));
    expect(index.report('huge')?.text.endsWith('Zebrafish arrived.')).toBe(false);
    expect(index.search('tariff 12').length).toBeGreaterThan(0);
    await adding;
    expect(index.search('zebrafish')[0]?.report.id).toBe('huge');
    expect(index.reportCount).toBe(1);
  });
});

describe('addCountedInSteps', () => {
  it('stops adding words to a document discarded between two steps', async () => {
    const mini = PassageSearch.emptyMiniSearch();
    const counts = new Map(Array.from({ length: 10_000 }, (_, i) => [`word${i}`, 1 + (i % 3)] as [string, number]));
    await addCountedInSteps(mini, 7, counts, async () => {
      if (mini.has(7)) mini.discard(7);
    });
    expect(mini.has(7)).toBe(false);
    // one step of words went in before the discard; the other steps were never added
    expect(mini.termCount).toBeLessThanOrEqual(2048);
  });

  it('gives the document the field length and frequencies that MiniSearch add gives', async () => {
    const terms = ['oil', 'price', 'oil', 'rise', 'oil', 'price'];
    const own = PassageSearch.emptyMiniSearch();
    own.add({ id: 3, terms: terms.join(' ') });
    const stepped = PassageSearch.emptyMiniSearch();
    await addCountedInSteps(stepped, 3, frequencies(terms), async () => undefined);
    expect(exportHead(stepped)).toEqual(exportHead(own));
    const ids = new Map([...new Set(terms)].map((t, i) => [t, i]));
    expect([...exportPostings(stepped, (t) => ids.get(t)!)]).toEqual([...exportPostings(own, (t) => ids.get(t)!)]);
  });
});
