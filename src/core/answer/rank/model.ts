import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Features } from './features.js';

/** A logistic model over named features, with the confidence below which nothing is answered. */
export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
  /** Least confidence (0..1) of an answer given; below it the answer is "nothing found". */
  threshold: number;
}

/** The committed answer-ranker weights and how they were made. */
export interface RankerModel {
  version: 1;
  who: LinearModel;
  when: LinearModel;
  /** The command that rebuilds the file. */
  command: string;
  /** SHA-256 of each training file, so a change in the data shows. */
  data: Record<string, string>;
  /** What it was trained on (questions, candidates) and how it scored on tune. */
  trained: Record<string, number>;
}

/** Where the model lives, from the project root. */
export const RANKER_MODEL_PATH = 'models/ranker.json';

/** Probability that a candidate is the answer. */
export function confidence(model: LinearModel, features: Features): number {
  let z = model.bias;
  for (const [name, value] of Object.entries(features)) z += (model.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** The project root: the nearest folder above this file that holds package.json (works from src/ and dist/). */
function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`answer ranker: no package.json above ${from}`);
    dir = up;
  }
  return dir;
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
    if (!part || typeof part.bias !== 'number' || typeof part.threshold !== 'number' || typeof part.weights !== 'object') {
      throw new Error(`answer ranker: ${path} has no valid "${kind}" model (bias, weights, threshold); run npm run train`);
    }
  }
  return model as RankerModel;
}

let loaded: RankerModel | undefined;

/** The committed model, read once. */
export function rankerModel(): RankerModel {
  loaded ??= readRankerModel(join(projectRoot(import.meta.dirname), RANKER_MODEL_PATH));
  return loaded;
}

/** Replaces the model in use (training, tests); `undefined` goes back to the committed one. */
export function useRankerModel(model: RankerModel | undefined): void {
  loaded = model;
}
