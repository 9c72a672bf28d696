import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../projectRoot.js';
import type { Features } from './features.js';

/** Maps the best candidate's ranking score to the probability that it is right (Platt scaling). */
export interface Calibration {
  bias: number;
  /**
   * Weights of `score` (the ranking score), `margin` (its lead over the next), `coverage` and
   * `questionCoverage` (share of the question matched by its passage, by any passage) and `unknown`
   * (share of the question's terms no report holds).
   */
  weights: Record<string, number>;
}

/** A linear ranking over named features, its calibration, and the confidence below which nothing is answered. */
export interface LinearModel {
  /** Ranking weights: a candidate's score is the sum of weight × feature. */
  weights: Record<string, number>;
  calibration: Calibration;
  /** Least confidence (0..1) of an answer given; below it the answer is "nothing found". */
  threshold: number;
}

/** The committed answer-ranker weights and how they were made. */
export interface RankerModel {
  version: 1;
  who: LinearModel;
  when: LinearModel;
  /**
   * Ranking weights for the questions of each half of the tune articles (`folds[h]` never saw half
   * h), so that `npm run eval` scores tune questions out of fold, as the check part is scored.
   * Not used in answering.
   */
  folds?: Array<Record<'who' | 'when', Record<string, number>>>;
  /** The command that rebuilds the file. */
  command: string;
  /** SHA-256 of each training file, so a change in the data shows. */
  data: Record<string, string>;
  /**
   * SHA-256 of a fixed sample of the training candidates and their features, per training file:
   * a test computes it again, so code that changes candidates without a refit shows.
   */
  candidates?: Record<string, string>;
  /** What it was trained on (questions, candidates) and how it scored on tune. */
  trained: Record<string, number>;
}

/** Where the model lives, from the project root. */
export const RANKER_MODEL_PATH = 'models/ranker.json';

/** A candidate's ranking score. */
export function rankScore(weights: Record<string, number>, features: Features): number {
  let z = 0;
  for (const [name, value] of Object.entries(features)) z += (weights[name] ?? 0) * value;
  return z;
}

/** Largest lead over the next candidate that counts (a lone candidate gets this). */
export const MAX_MARGIN = 5;

/** The inputs of the calibration for a candidate scored `score`, `margin` ahead of the next. */
export function calibrationInputs(score: number, margin: number, features: Features): Features {
  return {
    score,
    margin: Math.min(margin, MAX_MARGIN),
    coverage: features.coverage ?? 0,
    questionCoverage: features.questionCoverage ?? 0,
    unknown: features.unknown ?? 0,
  };
}

/** Probability (0..1) that a candidate is the answer. */
export function confidence(calibration: Calibration, inputs: Features): number {
  let z = calibration.bias;
  for (const [name, value] of Object.entries(inputs)) z += (calibration.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** Reads and checks a model file; a clear error names the file and what is wrong. */
export function readRankerModel(path: string): RankerModel {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`answer ranker: cannot read ${path}: ${(error as Error).message}`);
  }
  const model = parsed as Partial<RankerModel>;
  for (const kind of ['who', 'when'] as const) {
    const part = model[kind];
    const valid =
      part &&
      typeof part.threshold === 'number' &&
      typeof part.weights === 'object' &&
      typeof part.calibration?.bias === 'number';
    if (!valid) {
      throw new Error(
        `answer ranker: ${path} has no valid "${kind}" model (weights, calibration, threshold); run npm run train`,
      );
    }
  }
  return model as RankerModel;
}

let loaded: RankerModel | undefined;

/** The committed model, read once. */
export function rankerModel(): RankerModel {
  loaded ??= readRankerModel(join(projectRoot(import.meta.dirname, 'answer ranker'), RANKER_MODEL_PATH));
  return loaded;
}

/** Replaces the model in use (training, tests); `undefined` goes back to the committed one. */
export function useRankerModel(model: RankerModel | undefined): void {
  loaded = model;
}
