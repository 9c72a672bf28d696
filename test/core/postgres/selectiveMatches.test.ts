import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultIndexOptions } from '../../../src/core/index/indexOptions.js';
import { topCandidates } from '../../../src/core/index/passageSearch.js';
import { planQuery } from '../../../src/core/index/queryPlan.js';
import { hasRanking, listsWanted } from '../../../src/core/postgres/commonListQueries.js';
import { nearTerms, readFrequencies } from '../../../src/core/postgres/corpusQueries.js';
import type { SearchedWord } from '../../../src/core/postgres/matchScores.js';
import { openRemoteCorpus, type RemoteCorpus } from '../../../src/core/postgres/remoteCorpus.js';
import { RANKED_REPORTS, type SelectiveSearch, selectiveMatches } from '../../../src/core/postgres/selectiveMatches.js';
import { termsOf } from '../../../src/core/text/terms.js';
import type { Report } from '../../../src/core/types.js';
import { describeWithDatabase, freshDatabase } from '../../helpers/database.js';
import { reutersReports } from '../../helpers/fixtures.js';

const reports: Report[] = reutersReports(3000);
const QUESTIONS = [
  'cocoa prices in Bahia',
  'oil output cut by OPEC',
  'interest rates at the central bank',
  'wheat exports to the Soviet Union',
  'companies buying shares of competitors',
  'quarterly earnings of computer makers',
  'dollar against the yen in Tokyo',
  'coffee quotas of exporting countries',
];

describeWithDatabase('PostgreSQL: matches ranked inside the database when a question would cost much', () => {
  let remote: RemoteCorpus;
  let drop: () => Promise<void>;
  const threshold = 400;

  beforeAll(async () => {
    let url: string;
    ({ url, drop } = await freshDatabase());
    remote = await openRemoteCorpus(url, defaultIndexOptions);
    await remote.write(reports, []);
  }, 120_000);

  afterAll(async () => {
    await remote?.close();
    await drop?.();
  });

  async function wordsOf(question: string): Promise<{ words: SearchedWord[]; search: SelectiveSearch }> {
    const known = new Map(await readFrequencies(remote.pool, termsOf(question)));
    const plan = planQuery(termsOf(question), (t) => known.get(t) ?? 0, threshold, defaultIndexOptions);
    const words: SearchedWord[] = plan.selective
      .filter((q): q is string => typeof q === 'string')
      .map((asked) => ({ asked, prefix: false, near: new Map() }));
    for (const asked of plan.expandable) {
      const near =
        asked.length >= 6
          ? await nearTerms(remote.pool, asked, Math.min(2, Math.round(asked.length * 0.2)))
          : new Map();
      words.push({ asked, prefix: true, near });
    }
    const frequencies = new Map<string, number>();
    const search: SelectiveSearch = {
      pool: remote.pool,
      basis: { frequency: (t) => frequencies.get(t) ?? 0, reports: reports.length, averageLength: 60 },
      learn: async (terms) => {
        for (const [term, n] of await readFrequencies(remote.pool, terms)) frequencies.set(term, n);
      },
      ranking: true,
      commonThreshold: threshold,
    };
    return { words, search };
  }

  it('has the RUM index where the extension is installed (CI installs it)', async () => {
    expect(await hasRanking(remote.pool)).toBe(true);
  });

  it.each(QUESTIONS)('"%s": scores at most the ranked few, and their best overlap the exact best', async (question) => {
    const { words, search } = await wordsOf(question);
    const exact = await selectiveMatches(words, {}, { ...search, ranking: false });
    const ranked = await selectiveMatches(words, {}, { ...search, rankedAbove: 0 });
    expect(exact.scores.size).toBeGreaterThan(0);
    expect(ranked.scores.size).toBeLessThanOrEqual(RANKED_REPORTS);
    expect(ranked.scores.size).toBeGreaterThan(0);
    // a longer form or near spelling in more reports than the threshold is left to its top list
    for (const [term] of ranked.listed) expect(search.basis.frequency(term)).toBeGreaterThan(threshold);
    for (const term of ranked.lexemes) expect(search.basis.frequency(term)).toBeLessThanOrEqual(threshold);
    const best = new Set(topCandidates(exact.scores, 10));
    const kept = topCandidates(ranked.scores, 60).filter((number) => best.has(number));
    expect(kept.length).toBeGreaterThanOrEqual(Math.min(best.size, 5));
  });

  it('keeps to the exact matches when the question costs little', async () => {
    const { words, search } = await wordsOf('Bahia cocoa');
    const exact = await selectiveMatches(words, {}, { ...search, ranking: false });
    expect(await selectiveMatches(words, {}, search)).toEqual(exact);
  });

  it('makes every missing common-word list once, the most frequent word first', async () => {
    const wanted = await listsWanted(remote.pool, threshold, reports.length);
    expect(wanted.length).toBeGreaterThan(10);
    const frequency = new Map(await readFrequencies(remote.pool, wanted));
    const counts = wanted.map((term) => frequency.get(term)!);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(Math.min(...counts)).toBeGreaterThan(threshold);
    expect(await remote.backend.makeCommonLists()).toBeGreaterThan(0);
    expect(await remote.backend.makeCommonLists()).toBe(0);
  });
});
