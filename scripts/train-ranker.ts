// npm run train:ranker — fits the who/when answer ranker on the TUNE parts of SQuAD and QAMR and
// writes models/ranker.json (weights, thresholds, data hashes). Deterministic: same data, same file.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR, hasSharedData } from '../eval/data.js';
import { tokenF1 } from '../eval/metrics.js';
import { reportsOf, warmDesk, type QaItem } from '../eval/qa.js';
import { qamrItems, QAMR_FILE } from '../eval/qamr.js';
import { partOf } from '../eval/split.js';
import { squadItems, SQUAD_FILE } from '../eval/squad.js';
import { defaultAnswerOptions } from '../src/core/answer/options.js';
import type { RankCandidate } from '../src/core/answer/rank/candidates.js';
import { gather } from '../src/core/answer/rank/gather.js';
import { confidence, RANKER_MODEL_PATH, type LinearModel, type RankerModel } from '../src/core/answer/rank/model.js';
import { chooseThreshold, fitLogistic, type Example, type TopPick } from '../src/core/answer/rank/train.js';

type Kind = 'who' | 'when';
/** Candidates kept per question asked over reports that do not hold its answer. */
const UNANSWERABLE_CANDIDATES = 10;

interface Asked {
  kind: Kind;
  candidates: RankCandidate[];
  answers: string[];
}

function ask(items: QaItem[], reportsFrom: QaItem[], file: string): Asked[] {
  const desk = warmDesk(reportsOf(reportsFrom, file).reports);
  return items.map((q) => ({
    kind: q.kind,
    candidates: gather(desk.index, q.kind, q.question, defaultAnswerOptions).candidates,
    answers: q.answers,
  }));
}

/** Half of the tune articles, by a hash of the article id: each half's questions are asked over the other half. */
const half = (item: QaItem) => createHash('sha256').update(`half:${item.article}`).digest()[0]! % 2;

function collect(items: QaItem[], file: string): { answerable: Asked[]; unanswerable: Asked[] } {
  const tune = items.filter((q) => partOf(q.article) === 'tune');
  process.stderr.write(`${file}: ${tune.length} tune questions\n`);
  const answerable = ask(tune, tune, file);
  const a = tune.filter((q) => half(q) === 0);
  const b = tune.filter((q) => half(q) === 1);
  const unanswerable = [...ask(a, b, file), ...ask(b, a, file)].map((q) => ({
    ...q,
    candidates: [...q.candidates].sort((x, y) => (y.features.passage ?? 0) - (x.features.passage ?? 0)).slice(0, UNANSWERABLE_CANDIDATES),
  }));
  return { answerable, unanswerable };
}

const examplesOf = (asked: Asked[]): Example[] =>
  asked.flatMap((q) => q.candidates.map((c) => ({ features: c.features, label: tokenF1(c.answer.text, q.answers) })));

function topPick(model: Omit<LinearModel, 'threshold'>, q: Asked): TopPick {
  let best: TopPick = { confidence: 0, f1: 0 };
  for (const c of q.candidates) {
    const p = confidence({ ...model, threshold: 0 }, c.features);
    if (p > best.confidence) best = { confidence: p, f1: tokenF1(c.answer.text, q.answers) };
  }
  return best;
}

function train(kind: Kind, answerable: Asked[], unanswerable: Asked[], stats: Record<string, number>): LinearModel {
  const own = answerable.filter((q) => q.kind === kind);
  const other = unanswerable.filter((q) => q.kind === kind);
  const examples = [...examplesOf(own), ...examplesOf(other)];
  const fitted = fitLogistic(examples);
  const picks = own.map((q) => topPick(fitted, q));
  const threshold = chooseThreshold(picks);
  const declined = other.filter((q) => topPick(fitted, q).confidence < threshold).length;
  stats[`${kind}Questions`] = own.length;
  stats[`${kind}Examples`] = examples.length;
  stats[`${kind}TuneF1`] = Number(((100 * picks.reduce((s, p) => s + (p.confidence >= threshold ? p.f1 : 0), 0)) / own.length).toFixed(1));
  stats[`${kind}UnanswerableDeclined`] = Number(((100 * declined) / Math.max(other.length, 1)).toFixed(1));
  return { ...fitted, threshold };
}

if (!hasSharedData()) {
  console.error(`train-ranker: ${DATA_DIR} is absent; training needs ../shared/data beside the project.`);
  process.exit(2);
}
const sets = [collect(squadItems(), SQUAD_FILE), collect(qamrItems(), QAMR_FILE)];
const answerable = sets.flatMap((s) => s.answerable);
const unanswerable = sets.flatMap((s) => s.unanswerable);
const trained: Record<string, number> = {};
const hash = (file: string) => createHash('sha256').update(readFileSync(resolve(DATA_DIR, file))).digest('hex');
const model: RankerModel = {
  version: 1,
  who: train('who', answerable, unanswerable, trained),
  when: train('when', answerable, unanswerable, trained),
  command: 'npm run train:ranker',
  data: { [SQUAD_FILE]: hash(SQUAD_FILE), [QAMR_FILE]: hash(QAMR_FILE) },
  trained,
};
const target = resolve(import.meta.dirname, '..', RANKER_MODEL_PATH);
mkdirSync(resolve(target, '..'), { recursive: true });
writeFileSync(`${target}.tmp`, `${JSON.stringify(model, null, 2)}\n`);
renameSync(`${target}.tmp`, target);
console.log(`wrote ${RANKER_MODEL_PATH}:`, trained);
