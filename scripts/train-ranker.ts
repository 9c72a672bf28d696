// npm run train:ranker — fits the who/when answer ranker on the TUNE parts of SQuAD and QAMR and
// writes models/ranker.json (weights, thresholds, data hashes). Deterministic: same data, same file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR, hasSharedData } from '../eval/data.js';
import { tokenF1 } from '../eval/metrics.js';
import { reportsOf, warmDesk, type QaItem } from '../eval/qa.js';
import { rankerFingerprint } from '../eval/rankerFingerprint.js';
import { qamrItems, QAMR_FILE } from '../eval/qamr.js';
import { halfOf, partOf } from '../eval/split.js';
import { squadItems, SQUAD_FILE } from '../eval/squad.js';
import type { RankCandidate } from '../src/core/answer/rank/candidates.js';
import type { Features } from '../src/core/answer/rank/features.js';
import {
  calibrationInputs,
  confidence,
  MAX_MARGIN,
  RANKER_MODEL_PATH,
  rankScore,
  type LinearModel,
  type RankerModel,
} from '../src/core/answer/rank/model.js';
import {
  chooseThreshold,
  DECLINE_WORTH,
  fitListwise,
  fitLogistic,
  type Example,
  type TopPick,
} from '../src/core/answer/rank/train.js';

type Kind = 'who' | 'when';
/** Candidates kept per question asked over reports that do not hold its answer. */
const UNANSWERABLE_CANDIDATES = 10;
/**
 * The L2 penalty of the ranking weights. With a weak one (1e-4) the when-weights fitted on one tune
 * half turned around when a few dozen candidates changed: the out-of-fold utility moved between
 * 71.4 and 76.4 from one refit to the next. At 0.1 it stayed within 0.05 of 76.1 (who: 55.1), at
 * or within 0.3 of the best of the grid each time. `--l2-grid` prints the grid again to check it.
 */
const RANKER_L2 = 0.1;
/** The penalties `--l2-grid` compares, by out-of-fold utility. */
const L2_GRID = [1e-4, 1e-3, 1e-2, 3e-2, 0.1, 0.3];

/** Ranking weights for the questions of each tune half, fitted on the other half. */
type Folds = [Record<string, number>, Record<string, number>];

interface Asked {
  kind: Kind;
  /** Which half of the tune articles the question comes from (`half`). */
  half: number;
  candidates: RankCandidate[];
  answers: string[];
}

/** Half of the tune articles: each half's questions are asked over the other half. */
const half = (item: QaItem) => halfOf(item.article);

function ask(items: QaItem[], reportsFrom: QaItem[], file: string): Asked[] {
  const desk = warmDesk(reportsOf(reportsFrom, file).reports);
  return items.map((q) => ({
    kind: q.kind,
    half: half(q),
    candidates: desk.answerCandidates(q.kind, q.question).candidates,
    answers: q.answers,
  }));
}

function collect(items: QaItem[], file: string): { answerable: Asked[]; unanswerable: Asked[] } {
  const tune = items.filter((q) => partOf(q.article) === 'tune');
  process.stderr.write(`${file}: ${tune.length} tune questions\n`);
  const answerable = ask(tune, tune, file);
  const a = tune.filter((q) => half(q) === 0);
  const b = tune.filter((q) => half(q) === 1);
  const unanswerable = [...ask(a, b, file), ...ask(b, a, file)].map((q) => ({
    ...q,
    candidates: [...q.candidates]
      .sort((x, y) => (y.features.passage ?? 0) - (x.features.passage ?? 0))
      .slice(0, UNANSWERABLE_CANDIDATES),
  }));
  return { answerable, unanswerable };
}

const examplesOf = (q: Asked): Example[] =>
  q.candidates.map((c) => ({ features: c.features, label: tokenF1(c.answer.text, q.answers) }));

/** The calibration inputs of a question's best candidate under the ranking weights, and how right it is. */
function topOf(weights: Record<string, number>, q: Asked): { inputs: Features; f1: number } | null {
  const ranked = q.candidates.map((c) => ({ c, raw: rankScore(weights, c.features) })).sort((a, b) => b.raw - a.raw);
  const [first, second] = ranked;
  if (!first) return null;
  const margin = second ? first.raw - second.raw : MAX_MARGIN;
  return {
    inputs: calibrationInputs(first.raw, margin, first.c.features),
    f1: tokenF1(first.c.answer.text, q.answers),
  };
}

/**
 * Ranking weights fitted on one half of the tune articles, for each half: a question's top
 * candidate is then picked by weights that never saw it, as on new text.
 */
function crossWeights(own: Asked[], l2: number): Folds {
  const fitOn = (h: number) => fitListwise(own.filter((q) => q.half === h).map(examplesOf), { l2 });
  return [fitOn(1), fitOn(0)];
}

/** What the folds of one L2 penalty give: the confidence calibration, the threshold, and how they do out of fold. */
interface Fit {
  l2: number;
  folds: Folds;
  calibration: LinearModel['calibration'];
  threshold: number;
  /** Each answerable question's top candidate, as the folds pick it, with its confidence. */
  picks: TopPick[];
  /** The confidence of each unanswerable question's top candidate. */
  others: number[];
  /** Mean F1 after the threshold plus `DECLINE_WORTH` × the share of unanswerable questions declined. */
  utility: number;
}

/**
 * The folds, calibration and threshold of one L2 penalty. Calibration and threshold come from
 * out-of-fold tops: tops picked by the weights that saw the question are more often right than on
 * new text, and the confidence would promise too much.
 */
function fitWithL2(own: Asked[], other: Asked[], l2: number): Fit {
  const folds = crossWeights(own, l2);
  const heldTop = (q: Asked) => topOf(folds[q.half]!, q);
  const ownTops = own.map((q) => heldTop(q) ?? { inputs: {}, f1: 0 });
  const otherTops = other.flatMap((q) => heldTop(q) ?? []);
  const calibration = fitLogistic([...ownTops, ...otherTops].map((t) => ({ features: t.inputs, label: t.f1 })));
  const picks: TopPick[] = ownTops.map((t) => ({ confidence: confidence(calibration, t.inputs), f1: t.f1 }));
  const others = otherTops.map((t) => confidence(calibration, t.inputs));
  const threshold = chooseThreshold(picks, others);
  const kept = picks.reduce((sum, p) => sum + (p.confidence >= threshold ? p.f1 : 0), 0) / Math.max(picks.length, 1);
  const declined = others.filter((c) => c < threshold).length / Math.max(others.length, 1);
  return { l2, folds, calibration, threshold, picks, others, utility: kept + DECLINE_WORTH * declined };
}

/** `--l2-grid`: the out-of-fold utility of each penalty of `L2_GRID`, to see whether `RANKER_L2` still holds. */
function printL2Grid(kind: Kind, own: Asked[], other: Asked[]): void {
  const utilities = L2_GRID.map((l2) => `${l2} ${(100 * fitWithL2(own, other, l2).utility).toFixed(2)}`);
  console.log(`${kind}: out-of-fold utility by L2 penalty`, utilities.join(', '));
}

/** A kind's model, and its ranking weights for the questions of each tune half (fitted on the other half). */
interface Trained {
  model: LinearModel;
  folds: Folds;
}

function train(kind: Kind, answerable: Asked[], unanswerable: Asked[], stats: Record<string, number>): Trained {
  const own = answerable.filter((q) => q.kind === kind);
  const other = unanswerable.filter((q) => q.kind === kind);
  if (process.argv.includes('--l2-grid')) printL2Grid(kind, own, other);
  const { l2, folds, calibration, threshold, picks, others } = fitWithL2(own, other, RANKER_L2);
  const weights = fitListwise(own.map(examplesOf), { l2 });
  const mean = (values: number[]) =>
    Number(((100 * values.reduce((a, b) => a + b, 0)) / Math.max(values.length, 1)).toFixed(1));
  stats[`${kind}L2`] = l2;
  stats[`${kind}Questions`] = own.length;
  stats[`${kind}Candidates`] = own.reduce((sum, q) => sum + q.candidates.length, 0);
  stats[`${kind}TuneTop1F1`] = mean(own.map((q) => topOf(weights, q)?.f1 ?? 0));
  stats[`${kind}HeldOutTop1F1`] = mean(picks.map((p) => p.f1));
  stats[`${kind}HeldOutF1AfterThreshold`] = mean(picks.map((p) => (p.confidence >= threshold ? p.f1 : 0)));
  stats[`${kind}HeldOutUnanswerableDeclined`] = mean(others.map((c) => (c < threshold ? 1 : 0)));
  return { model: { weights, calibration, threshold }, folds };
}

/** `--cache=FILE`: keep the gathered candidates in FILE (read it when present), to refit without searching again. */
function gathered(): { answerable: Asked[]; unanswerable: Asked[] } {
  const cache = process.argv.find((a) => a.startsWith('--cache='))?.slice('--cache='.length);
  if (cache && existsSync(cache))
    return JSON.parse(readFileSync(cache, 'utf8')) as { answerable: Asked[]; unanswerable: Asked[] };
  const sets = [collect(squadItems(), SQUAD_FILE), collect(qamrItems(), QAMR_FILE)];
  const result = { answerable: sets.flatMap((s) => s.answerable), unanswerable: sets.flatMap((s) => s.unanswerable) };
  if (cache) writeFileSync(cache, JSON.stringify(result));
  return result;
}

if (!hasSharedData()) {
  console.error(`train-ranker: ${DATA_DIR} is absent; training needs ../shared/data beside the project.`);
  process.exit(2);
}
const { answerable, unanswerable } = gathered();
const trained: Record<string, number> = {};
const who = train('who', answerable, unanswerable, trained);
const when = train('when', answerable, unanswerable, trained);
const hash = (file: string) =>
  createHash('sha256')
    .update(readFileSync(resolve(DATA_DIR, file)))
    .digest('hex');
const model: RankerModel = {
  version: 1,
  who: who.model,
  when: when.model,
  folds: [0, 1].map((h) => ({ who: who.folds[h]!, when: when.folds[h]! })),
  command: 'npm run train:ranker',
  data: { [SQUAD_FILE]: hash(SQUAD_FILE), [QAMR_FILE]: hash(QAMR_FILE) },
  candidates: rankerFingerprint(),
  trained,
};
const target = resolve(import.meta.dirname, '..', RANKER_MODEL_PATH);
mkdirSync(resolve(target, '..'), { recursive: true });
writeFileSync(`${target}.tmp`, `${JSON.stringify(model, null, 2)}\n`);
renameSync(`${target}.tmp`, target);
console.log(`wrote ${RANKER_MODEL_PATH}:`, trained);
