import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultIndexOptions, type SearchFilter } from '../../../src/core/index/indexOptions.js';
import { NewsIndex } from '../../../src/core/index/newsIndex.js';
import { topCandidates } from '../../../src/core/index/passageSearch.js';
import { planQuery } from '../../../src/core/index/queryPlan.js';
import { Newsdesk } from '../../../src/core/newsdesk.js';
import { openRemoteCorpus, type RemoteCorpus } from '../../../src/core/postgres/remoteCorpus.js';
import { termsOf } from '../../../src/core/text/terms.js';
import type { AnswerKind, AskResult, Report } from '../../../src/core/types.js';
import { describeWithDatabase, freshDatabase } from '../../helpers/database.js';
import { SHARED_DATA } from '../../helpers/fixtures.js';

/** Reuters reports (dated, so date filters bite) and SQuAD paragraphs (the eval questions' reports). */
function corpus(): { reports: Report[]; questions: Array<{ kind: 'who' | 'when'; question: string }> } {
  const lines = (file: string) => readFileSync(join(SHARED_DATA, file), 'utf8').split('\n').filter(Boolean);
  const reuters = lines('corpus/reuters21578.jsonl')
    .slice(0, 1500)
    .map((line) => JSON.parse(line) as Report & { title: string | null })
    .filter((row) => row.text.trim())
    .map((row) => ({ ...row, title: row.title ?? row.id, origin: { file: 'reuters.jsonl' } }));
  const squad = lines('dev/squad_who_when.jsonl')
    .slice(0, 600)
    .map((line) => JSON.parse(line) as { question: string; context: string; kind: 'who' | 'when'; title: string });
  const contexts = new Map<string, Report>();
  for (const q of squad) {
    if (contexts.has(q.context)) continue;
    const id = `qa-${contexts.size + 1}`;
    contexts.set(q.context, {
      id,
      date: null,
      title: q.title.replace(/_/g, ' '),
      text: q.context,
      origin: { file: 'squad' },
    });
  }
  // a deterministic sample: every 15th question
  const questions = squad.filter((_, i) => i % 15 === 0).map(({ kind, question }) => ({ kind, question }));
  return { reports: [...reuters, ...contexts.values()], questions };
}

const { reports, questions } = corpus();
const TOPICS = ['cocoa prices Bahia', 'oil output cut', 'interest rates bank', 'wheat exports Soviet', 'dollar yen'];
const FILTERS: Array<{ name: string; filter: SearchFilter }> = [
  { name: 'no filter', filter: {} },
  { name: 'from a date', filter: { from: '1987-03-03' } },
  { name: 'up to a date', filter: { to: '1987-03-02' } },
  { name: 'between dates', filter: { from: '1987-03-01', to: '1987-03-03' } },
  { name: 'a report list', filter: { reports: reports.slice(0, 400).map((r) => r.id) } },
  {
    name: 'dates and a report list',
    filter: { from: '1987-03-01', reports: reports.slice(200, 900).map((r) => r.id) },
  },
];

/** The reports cited, in order, and each citation's passage. */
function cited(result: AskResult): string[] {
  return result.answers.flatMap((answer) => answer.citations.map((c) => `${c.reportId}@${c.start}`));
}

describe('search backends: the interface', () => {
  it('the in-memory index is the default: a desk without a database answers synchronously and asynchronously alike', async () => {
    const desk = Newsdesk.fromReports(reports.slice(0, 300));
    const sync = desk.ask('search', 'cocoa');
    expect(sync.answers.length).toBeGreaterThan(0);
    expect(await desk.answer('search', 'cocoa')).toEqual(sync);
  });
});

describeWithDatabase('search backends: PostgreSQL against MiniSearch', () => {
  let url: string;
  let drop: () => Promise<void>;
  let memory: Newsdesk;
  let onDatabase: Newsdesk;
  let second: Newsdesk;
  const empty = mkdtempSync(join(tmpdir(), 'newsdesk-empty-'));

  beforeAll(async () => {
    ({ url, drop } = await freshDatabase());
    memory = Newsdesk.fromReports(reports);
    onDatabase = await Newsdesk.open(empty, { databaseUrl: url });
    await onDatabase.addReports(reports);
    // both annotated in full, as the bot is once its start-up annotation is done
    await Promise.all([memory.warmUp(), onDatabase.warmUp()]);
    second = await Newsdesk.open(empty, { databaseUrl: url });
  }, 120_000);

  afterAll(async () => {
    await onDatabase?.close();
    await second?.close();
    await drop?.();
  });

  it('holds the same reports, annotated', async () => {
    expect(onDatabase.counts().reports).toBe(memory.counts().reports);
    const stored = await second.answer('who', 'Who performed at the Super Bowl 50 halftime show?');
    expect(stored.answers.length).toBeGreaterThan(0);
    expect(second.isAnnotated(stored.answers[0]!.citations[0]!.reportId)).toBe(true);
  });

  describe.each(FILTERS)('with $name', ({ filter }) => {
    it.each(TOPICS)('cites the same reports for "%s"', async (topic) => {
      const options = { ...filter, limit: 200 };
      const expected = new Set(cited(memory.ask('search', topic, options)).map((c) => c.split('@')[0]));
      const got = new Set(cited(await onDatabase.answer('search', topic, options)).map((c) => c.split('@')[0]));
      expect(expected.size).toBeGreaterThan(0);
      expect(got).toEqual(expected);
    });
  });

  it('gives the same citations on a sample of the eval questions', async () => {
    let compared = 0;
    for (const { kind, question } of questions) {
      const expected = cited(memory.ask(kind as AnswerKind, question));
      const got = cited(await onDatabase.answer(kind as AnswerKind, question));
      expect(got, question).toEqual(expected);
      if (expected.length) compared++;
    }
    expect(compared).toBeGreaterThan(questions.length / 2);
  });

  it.each([
    'Who is the chief executive of the bank?',
    'Who is the CEO of the oil company?',
    'Who heads the central bank?',
    'Who runs the steel company?',
  ])('gives the same answers to %j, a title or a leader asked (terms searched beside its own)', async (question) => {
    const expected = cited(memory.ask('who', question));
    expect(expected.length).toBeGreaterThan(0);
    expect(cited(await onDatabase.answer('who', question))).toEqual(expected);
  });

  it('picks top-60 candidate reports that overlap at least 0.9 with MiniSearch, holding few reports', async () => {
    // room for 100 reports: the least recently used go, and questions fetch them again
    const remote: RemoteCorpus = await openRemoteCorpus(url, defaultIndexOptions, 100);
    try {
      const local = NewsIndex.fromReports(reports, () => ({ entities: [], dates: [], quotes: [] }));
      const onDb = new NewsIndex(() => ({ entities: [], dates: [], quotes: [] }), {}, undefined, {
        backend: remote.backend,
        stats: remote.backend.stats,
      });
      remote.backend.attach(onDb);
      const overlaps: number[] = [];
      for (const question of [...TOPICS, ...questions.map((q) => q.question)]) {
        const terms = termsOf(question);
        const plan = () =>
          planQuery(terms, (t) => local.reportsWithTerm(t), local.searcher.commonThreshold, local.options);
        const want = topCandidates(local.searcher.candidates(plan(), {}), 60).map((n) => local.store.reportAt(n)!.id);
        await remote.backend.prepare({ terms, also: [], filter: {} });
        const numbers = topCandidates(remote.backend.candidates(plan(), {}), 60);
        const got = new Set(numbers.map((n) => onDb.store.reportAt(n)!.id));
        if (want.length) overlaps.push(want.filter((id) => got.has(id)).length / want.length);
      }
      expect(overlaps.length).toBeGreaterThan(10);
      expect(Math.min(...overlaps)).toBeGreaterThanOrEqual(0.9);
      expect(onDb.reportCount).toBeLessThanOrEqual(160);
      expect(onDb.reportCount).toBeGreaterThan(0);
    } finally {
      await remote.close();
    }
  });

  it('a report added through one desk is answered by another on the same database within 2 s', async () => {
    const first = async () => (await second.answer('search', 'Zyxwvut consortium')).answers[0]?.citations[0]?.reportId;
    expect(await first()).not.toBe('late');
    const text = 'The Zyxwvut consortium bought the harbour of Tarnwick on Monday, its chairman said.';
    await onDatabase.addReports([
      { id: 'late', date: '1987-04-01', title: 'Harbour sold', text, origin: { file: 'x' } },
    ]);
    const started = Date.now();
    let seen = false;
    while (!seen && Date.now() - started < 2000) {
      seen = (await first()) === 'late';
    }
    expect(seen).toBe(true);
    await onDatabase.deleteReports(['late']);
    expect(await first()).not.toBe('late');
  });
});
