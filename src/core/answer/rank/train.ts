import type { Features } from './features.js';
import type { LinearModel } from './model.js';

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

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 200, learningRate: 0.05, l2: 1e-4 };

/** The feature names the examples use, sorted so the fit does not depend on their order. */
export function featureNames(examples: Example[]): string[] {
  const names = new Set<string>();
  for (const e of examples) for (const name of Object.keys(e.features)) names.add(name);
  return [...names].sort();
}

/**
 * Logistic regression with soft labels (a candidate that is half right counts half), fitted by
 * full-batch Adam from zero weights on standardised features: the same examples give the same
 * weights on every run. Returned in raw feature units.
 */
export function fitLogistic(examples: Example[], options: Partial<TrainOptions> = {}): Omit<LinearModel, 'threshold'> {
  const { epochs, learningRate, l2 } = { ...TRAIN_DEFAULTS, ...options };
  const names = featureNames(examples);
  const d = names.length;
  const n = examples.length;
  const x = new Float64Array(n * d);
  examples.forEach((e, i) => names.forEach((name, j) => (x[i * d + j] = e.features[name] ?? 0)));
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
  const w = new Float64Array(d + 1); // last one is the bias
  const m = new Float64Array(d + 1);
  const v = new Float64Array(d + 1);
  const grad = new Float64Array(d + 1);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    grad.fill(0);
    for (let i = 0; i < n; i++) {
      let z = w[d]!;
      for (let j = 0; j < d; j++) z += w[j]! * x[i * d + j]!;
      const error = 1 / (1 + Math.exp(-z)) - examples[i]!.label;
      for (let j = 0; j < d; j++) grad[j]! += error * x[i * d + j]!;
      grad[d]! += error;
    }
    for (let j = 0; j <= d; j++) {
      const g = grad[j]! / n + (j < d ? l2 * w[j]! : 0);
      m[j] = 0.9 * m[j]! + 0.1 * g;
      v[j] = 0.999 * v[j]! + 0.001 * g * g;
      const mHat = m[j]! / (1 - 0.9 ** epoch);
      const vHat = v[j]! / (1 - 0.999 ** epoch);
      w[j]! -= (learningRate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  let bias = w[d]!;
  names.forEach((name, j) => {
    weights[name] = Number((w[j]! / scale[j]!).toFixed(5));
    bias -= (w[j]! * mean[j]!) / scale[j]!;
  });
  return { bias: Number(bias.toFixed(5)), weights };
}

/** Of one question: the confidence of the best candidate and how right that candidate is. */
export interface TopPick {
  confidence: number;
  /** Token F1 of the best candidate; 0 when the reports cannot answer the question. */
  f1: number;
}

/**
 * The highest threshold that costs at most `maxLoss` (share, e.g. 0.01) of the mean F1 on
 * questions the reports answer, so "nothing found" is said where answers would mostly be wrong.
 */
export function chooseThreshold(answerable: TopPick[], maxLoss = 0.01): number {
  const total = answerable.reduce((sum, p) => sum + p.f1, 0) / Math.max(answerable.length, 1);
  let chosen = 0;
  for (let t = 0; t <= 1; t += 0.005) {
    const kept = answerable.reduce((sum, p) => sum + (p.confidence >= t ? p.f1 : 0), 0) / Math.max(answerable.length, 1);
    if (total - kept <= maxLoss) chosen = t;
    else break;
  }
  return Number(chosen.toFixed(3));
}
