import { Newsdesk, type NewsdeskOptions } from '../src/core/newsdesk.js';
import { defaultAnswerOptions } from '../src/core/answer/options.js';
import { rankerModel, useRankerModel, type RankerModel } from '../src/core/answer/rank/model.js';
import type { Answer, Report } from '../src/core/types.js';
import { tally, type ArticleTally } from './interval.js';
import { exactMatch, tokenF1 } from './metrics.js';
import { share, type EvalRow } from './rows.js';
import { groupSample } from './sample.js';
import { halfOf, partOf, type Part } from './split.js';

/** One who/when question of a reading set, with the passage that answers it. */
export interface QaItem {
  question: string;
  answers: string[];
  /** The passage (SQuAD paragraph, QAMR sentence) that holds the answer. */
  context: string;
  kind: 'who' | 'when';
  /** The article the passage comes from: what decides its part. */
  article: string;
  title: string;
}

/** Tallies of one kind of question on one part. */
export interface QaScores {
  kind: 'who' | 'when';
  part: Part;
  questions: number;
  exact: number;
  f1: number;
  reportTop3: number;
  /** An exact right answer among the top 3 answers. */
  answerTop3: number;
  /** Right report among what the reader is shown: the top 3 answers, or the 3 closest passages with "nothing found". */
  reportShown: number;
  answered: number;
  /** Token F1 of the top answer with "nothing found" turned off: the ranking alone. */
  rankedF1: number;
  /** Right report among the top 3 answers with "nothing found" turned off. */
  rankedTop3: number;
  /** Right report among the first 3 distinct reports the passage search returns: retrieval alone. */
  searchTop3: number;
  /** Exact matches of the top answer, article by article (for the bootstrap interval). */
  exactByArticle: Map<string, ArticleTally>;
  /** Token F1 of the top answer, article by article. */
  f1ByArticle: Map<string, ArticleTally>;
}

/** Every distinct passage as an undated report, keyed by its text. */
export function reportsOf(items: QaItem[], file: string): { reports: Report[]; ids: Map<string, string> } {
  const ids = new Map<string, string>();
  const reports: Report[] = [];
  for (const q of items) {
    if (ids.has(q.context)) continue;
    const id = `qa-${ids.size + 1}`;
    ids.set(q.context, id);
    reports.push({ id, date: null, title: q.title.replace(/_/g, ' '), text: q.context, origin: { file } });
  }
  return { reports, ids };
}

/** A desk over the reports, annotated as the bot is once its start-up annotation is done. */
export function warmDesk(reports: Report[], options: Partial<NewsdeskOptions> = {}): Newsdesk {
  const desk = Newsdesk.fromReports(reports, options);
  for (const report of reports) desk.annotations(report.id);
  return desk;
}

/**
 * Asks each question across every passage of the set at once (retrieval over all passages) and
 * scores the top answer. With `sample`, whole articles drawn at random (fixed seed) from both
 * parts until about `sample` questions: their passages only are searched (a smaller haystack).
 */
export function scoreQa(
  items: QaItem[],
  file: string,
  sample?: number,
  options: Partial<NewsdeskOptions> = {},
): QaScores[] {
  const asked = sample ? groupSample(items, sample, (q) => q.article, partOf) : items;
  const { reports, ids } = reportsOf(asked, file);
  const desk = warmDesk(reports, options);
  const scores = new Map<string, QaScores>();
  for (const q of asked) {
    const part = partOf(q.article);
    const key = `${q.kind}:${part}`;
    const score = scores.get(key) ?? {
      kind: q.kind,
      part,
      questions: 0,
      exact: 0,
      f1: 0,
      reportTop3: 0,
      answerTop3: 0,
      reportShown: 0,
      answered: 0,
      rankedF1: 0,
      rankedTop3: 0,
      searchTop3: 0,
      exactByArticle: new Map(),
      f1ByArticle: new Map(),
    };
    scores.set(key, score);
    const gold = ids.get(q.context);
    const inTop3 = (answers: Answer[]) => answers.some((a) => a.citations[0]?.reportId === gold);
    if (topReports(desk, q.question).includes(gold ?? '')) score.searchTop3++;
    // a tune question is ranked by the weights fitted on the other half of tune: out of fold, as check is
    const model = part === 'tune' ? outOfFold(rankerModel(), halfOf(q.article)) : rankerModel();
    const ranked = withModel(withoutThreshold(model), () => desk.ask(q.kind, q.question, { limit: 3 }));
    score.rankedF1 += ranked.answers[0] ? tokenF1(ranked.answers[0].text, q.answers) : 0;
    if (inTop3(ranked.answers)) score.rankedTop3++;
    const result = withModel(model, () => desk.ask(q.kind, q.question, { limit: 3 }));
    score.questions++;
    if (inTop3(result.answers)) score.reportTop3++;
    if (result.answers.some((a) => exactMatch(a.text, q.answers))) score.answerTop3++;
    const closest = result.nothingFound?.closest ?? [];
    if (inTop3(result.answers) || closest.some((c) => c.reportId === gold)) score.reportShown++;
    const top = result.answers[0];
    const exact = top ? exactMatch(top.text, q.answers) : 0;
    const f1 = top ? tokenF1(top.text, q.answers) : 0;
    tally(score.exactByArticle, q.article, exact);
    tally(score.f1ByArticle, q.article, f1);
    if (!top) continue;
    score.answered++;
    score.exact += exact;
    score.f1 += f1;
  }
  const order = (s: QaScores) => `${s.kind === 'who' ? 0 : 1}${s.part === 'tune' ? 0 : 1}`;
  return [...scores.values()].sort((a, b) => order(a).localeCompare(order(b)));
}

/** The first 3 distinct reports of the passages the question's topic finds (the search the answers read), best first. */
function topReports(desk: Newsdesk, question: string): string[] {
  const reports: string[] = [];
  for (const hit of desk.ask('search', question, { limit: defaultAnswerOptions.passages }).answers) {
    const id = hit.citations[0]?.reportId;
    if (id && !reports.includes(id)) reports.push(id);
    if (reports.length === 3) break;
  }
  return reports;
}

/** The model with its threshold at 0, so every question gets its best candidate: the ranking alone. */
function withoutThreshold(model: RankerModel): RankerModel {
  return { ...model, who: { ...model.who, threshold: 0 }, when: { ...model.when, threshold: 0 } };
}

/** The model whose ranking weights never saw the tune half `half` (the committed one when the file has no folds). */
function outOfFold(model: RankerModel, half: 0 | 1): RankerModel {
  const fold = model.folds?.[half];
  if (!fold) return model;
  return { ...model, who: { ...model.who, weights: fold.who }, when: { ...model.when, weights: fold.when } };
}

/** Runs `ask` with `model` as the answer ranker, then puts the committed one back. */
function withModel<T>(model: RankerModel, ask: () => T): T {
  const committed = rankerModel();
  try {
    useRankerModel(model);
    return ask();
  } finally {
    useRankerModel(committed);
  }
}

/** The eval rows of a reading set: top-1 answer (exact match, token F1) and right report in the top 3. */
export function qaRows(
  set: string,
  scores: QaScores[],
  anchors: Partial<Record<'who' | 'when', string>> = {},
): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const s of scores) {
    const base = { set: `${set} ${s.kind}`, part: s.part, count: s.questions };
    rows.push({
      ...base,
      measure: 'top-1 answer (EM / F1)',
      strict: share(s.exact, s.questions),
      lenient: share(s.f1, s.questions),
      anchor: anchors[s.kind],
      strictByArticle: [...s.exactByArticle.values()],
      lenientByArticle: [...s.f1ByArticle.values()],
    });
    rows.push({
      ...base,
      measure: 'right report in top 3 answers',
      strict: share(s.reportTop3, s.questions),
      lenient: null,
    });
    rows.push({
      ...base,
      measure: 'right answer (exact) in top 3 answers',
      strict: share(s.answerTop3, s.questions),
      lenient: null,
    });
    rows.push({
      ...base,
      measure: 'right report in the 3 shown (answers, or closest passages)',
      strict: share(s.reportShown, s.questions),
      lenient: null,
    });
    rows.push({
      ...base,
      measure: 'search alone: right report in top 3 reports',
      strict: share(s.searchTop3, s.questions),
      lenient: null,
    });
    rows.push({
      ...base,
      measure: 'answered (not "nothing found")',
      strict: share(s.answered, s.questions),
      lenient: null,
    });
    rows.push({ ...base, measure: 'ranking alone: top-1 F1', strict: null, lenient: share(s.rankedF1, s.questions) });
    rows.push({
      ...base,
      measure: 'ranking alone: right report in top 3',
      strict: share(s.rankedTop3, s.questions),
      lenient: null,
    });
  }
  return rows;
}
