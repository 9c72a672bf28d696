import type { Features } from './features.js';

/** One candidate answer of one question, with how right it is (token F1 against the gold, 0..1). */
export interface Example {
  features: Features;
  label: number;
}

/** Settings of the fit; defaults in `TRAIN_DEFAULTS`. */
export interface TrainOptions {
  /** Full passes over the examples. */
  epochs: number;
  /** Adam step size, on standardised features. */
  learningRate: number;
  /** L2 penalty on the weights (not the bias). */
  l2: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 600, learningRate: 0.1, l2: 1e-4 };

/** The feature names the examples use, sorted so the fit does not depend on their order. */
export function featureNames(examples: Example[]): string[] {
  const names = new Set<string>();
  for (const e of examples) for (const name of Object.keys(e.features)) names.add(name);
  return [...names].sort();
}

/** Examples as a standardised dense matrix (row-major), with the means and scales to undo it. */
function standardise(
  examples: Example[],
  names: string[],
): { x: Float64Array; mean: Float64Array; scale: Float64Array } {
  const d = names.length;
  const n = examples.length;
  const x = new Float64Array(n * d);
  examples.forEach((e, i) => {
    names.forEach((name, j) => {
      x[i * d + j] = e.features[name] ?? 0;
    });
  });
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) sum += x[i * d + j]!;
    mean[j] = sum / n;
    for (let i = 0; i < n; i++) squares += (x[i * d + j]! - mean[j]!) ** 2;
    scale[j] = Math.sqrt(squares / n) || 1;
    for (let i = 0; i < n; i++) x[i * d + j] = (x[i * d + j]! - mean[j]!) / scale[j]!;
  }
  return { x, mean, scale };
}

/** Output error of each row given the current scores: prediction minus target. */
type ErrorOf = (scores: Float64Array, errors: Float64Array) => void;

/** Full-batch Adam from zero weights; the last weight is the bias. */
function adam(x: Float64Array, n: number, d: number, errorOf: ErrorOf, options: TrainOptions): Float64Array {
  const w = new Float64Array(d + 1);
  const m = new Float64Array(d + 1);
  const v = new Float64Array(d + 1);
  const grad = new Float64Array(d + 1);
  const scores = new Float64Array(n);
  const errors = new Float64Array(n);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = 0; i < n; i++) {
      let z = w[d]!;
      for (let j = 0; j < d; j++) z += w[j]! * x[i * d + j]!;
      scores[i] = z;
    }
    errorOf(scores, errors);
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      const error = errors[i]!;
      if (error === 0) continue;
      for (let j = 0; j < d; j++) grad[j]! += error * x[i * d + j]!;
      grad[d]! += error;
    }
    for (let j = 0; j <= d; j++) {
      const g = grad[j]! / n + (j < d ? options.l2 * w[j]! : 0);
      m[j] = 0.9 * m[j]! + 0.1 * g;
      v[j] = 0.999 * v[j]! + 0.001 * g * g;
      w[j]! -= (options.learningRate * (m[j]! / (1 - 0.9 ** epoch))) / (Math.sqrt(v[j]! / (1 - 0.999 ** epoch)) + 1e-8);
    }
  }
  return w;
}

/** Weights back in raw feature units, rounded so the committed file stays small and stable. */
function unstandardise(
  w: Float64Array,
  names: string[],
  mean: Float64Array,
  scale: Float64Array,
): { bias: number; weights: Record<string, number> } {
  const d = names.length;
  const weights: Record<string, number> = {};
  let bias = w[d]!;
  names.forEach((name, j) => {
    weights[name] = Number((w[j]! / scale[j]!).toFixed(5));
    bias -= (w[j]! * mean[j]!) / scale[j]!;
  });
  return { bias: Number(bias.toFixed(5)), weights };
}

/**
 * Logistic regression with soft labels (a candidate that is half right counts half): the same
 * examples give the same weights on every run.
 */
export function fitLogistic(
  examples: Example[],
  options: Partial<TrainOptions> = {},
): { bias: number; weights: Record<string, number> } {
  const names = featureNames(examples);
  const { x, mean, scale } = standardise(examples, names);
  const errorOf: ErrorOf = (scores, errors) => {
    examples.forEach((e, i) => {
      errors[i] = 1 / (1 + Math.exp(-scores[i]!)) - e.label;
    });
  };
  return unstandardise(
    adam(x, examples.length, names.length, errorOf, { ...TRAIN_DEFAULTS, ...options }),
    names,
    mean,
    scale,
  );
}

/**
 * A listwise ranker (softmax over each question's candidates, the target spread by how right
 * each candidate is): it learns what puts the right answer first. Questions with no right
 * candidate teach it nothing and are left out.
 */
export function fitListwise(questions: Example[][], options: Partial<TrainOptions> = {}): Record<string, number> {
  const groups = questions.filter((g) => g.some((e) => e.label > 0));
  const examples = groups.flat();
  const names = featureNames(examples);
  const { x, mean, scale } = standardise(examples, names);
  const errorOf: ErrorOf = (scores, errors) => {
    let at = 0;
    for (const group of groups) {
      let top = -Infinity;
      for (let k = 0; k < group.length; k++) top = Math.max(top, scores[at + k]!);
      let sum = 0;
      let target = 0;
      for (let k = 0; k < group.length; k++) {
        sum += Math.exp(scores[at + k]! - top);
        target += group[k]!.label;
      }
      // scaled by the group size so every question weighs the same in the mean over rows
      for (let k = 0; k < group.length; k++) {
        errors[at + k] =
          (Math.exp(scores[at + k]! - top) / sum - group[k]!.label / target) * (examples.length / groups.length);
      }
      at += group.length;
    }
  };
  return unstandardise(
    adam(x, examples.length, names.length, errorOf, { ...TRAIN_DEFAULTS, ...options }),
    names,
    mean,
    scale,
  ).weights;
}

/** Of one question: the confidence of the best candidate and how right that candidate is. */
export interface TopPick {
  confidence: number;
  /** Token F1 of the best candidate; 0 when the reports cannot answer the question. */
  f1: number;
}

/** How much declining a question the reports cannot answer is worth, against the mean F1 of those they can. */
export const DECLINE_WORTH = 0.1;

/**
 * Utilities closer than this to the best are a tie (a tenth of a point of mean F1, about one
 * question of a thousand): the tune data cannot tell them apart, and which one wins by a hair
 * would move with the smallest change to the features.
 */
export const THRESHOLD_TIE = 0.001;

/**
 * The threshold that best trades answers kept against wrong answers avoided: it maximises the
 * mean F1 on questions the reports answer plus `declineWorth` × the share of questions they
 * cannot answer that get "nothing found". Of thresholds tied with the best (within `tie`), the
 * lowest: when the data cannot choose, answering wins. Both sets are tune data.
 */
export function chooseThreshold(
  answerable: TopPick[],
  unanswerable: number[],
  declineWorth = DECLINE_WORTH,
  tie = THRESHOLD_TIE,
): number {
  const utilities: number[] = [];
  for (let step = 0; step <= 200; step++) {
    const t = step / 200;
    const kept =
      answerable.reduce((sum, p) => sum + (p.confidence >= t ? p.f1 : 0), 0) / Math.max(answerable.length, 1);
    const declined = unanswerable.filter((c) => c < t).length / Math.max(unanswerable.length, 1);
    utilities.push(kept + declineWorth * declined);
  }
  const best = Math.max(...utilities);
  return utilities.findIndex((u) => u >= best - tie - 1e-9) / 200;
}
