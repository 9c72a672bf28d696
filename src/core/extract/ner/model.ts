import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The tags the tagger chooses from: BIO over the four CoNLL-2003 kinds of names. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

/** Where a model came from, written at the head of its file. */
export interface ModelHeader {
  /** The training data file, relative to ../shared/data. */
  data: string;
  /** sha256 of the training data file. */
  sha256: string;
  /** The command that rebuilt the model. */
  command: string;
  /** Which articles were trained on. */
  articles: string;
  /** Training settings: passes, seed, pruning. */
  settings: Record<string, number>;
}

/** A trained tagger: one weight vector (over TAGS) per feature. */
export interface NerModel {
  header: ModelHeader;
  weights: Map<string, Float32Array>;
}

/** The file form: weights as integers (weight × scale), each feature's non-zero entries as [tag, value] pairs. */
export interface ModelFile {
  format: 'newsdesk-ner/1';
  header: ModelHeader;
  tags: readonly string[];
  scale: number;
  weights: Record<string, number[]>;
}

export const MODEL_FILE_NAME = 'ner.json';

/** Reads a model from its file form. */
export function modelFromFile(file: ModelFile): NerModel {
  if (file.format !== 'newsdesk-ner/1') throw new Error(`NER model: unknown format ${String(file.format)}`);
  if (file.tags.join(',') !== TAGS.join(',')) throw new Error(`NER model: tags ${file.tags.join(',')} are not ${TAGS.join(',')}`);
  const weights = new Map<string, Float32Array>();
  for (const [feature, pairs] of Object.entries(file.weights)) {
    const vector = new Float32Array(TAGS.length);
    for (let k = 0; k + 1 < pairs.length; k += 2) vector[pairs[k]!] = pairs[k + 1]! / file.scale;
    weights.set(feature, vector);
  }
  return { header: file.header, weights };
}

/** The file form of a model: weights rounded to 1/scale, zero entries left out, features in sorted order. */
export function modelToFile(model: NerModel, scale: number): ModelFile {
  const weights: Record<string, number[]> = {};
  for (const feature of [...model.weights.keys()].sort()) {
    const pairs: number[] = [];
    model.weights.get(feature)!.forEach((w, tag) => {
      const value = Math.round(w * scale);
      if (value !== 0) pairs.push(tag, value);
    });
    if (pairs.length) weights[feature] = pairs;
  }
  return { format: 'newsdesk-ner/1', header: model.header, tags: TAGS, scale, weights };
}

/** models/ner.json of the project: the nearest `models` folder above this module (src/ or a built dist/). */
export function defaultModelPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    const candidate = join(dir, 'models', MODEL_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`NER model: models/${MODEL_FILE_NAME} not found above ${dirname(fileURLToPath(import.meta.url))}; run npm run train`);
}

/** Loads a model file (by default the project's models/ner.json). */
export function loadModel(path = defaultModelPath()): NerModel {
  let file: ModelFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
  } catch (error) {
    throw new Error(`NER model: cannot read ${path}: ${(error as Error).message}`);
  }
  return modelFromFile(file);
}

let shared: NerModel | undefined;

/** The project's model, loaded once per process (or worker). */
export function defaultModel(): NerModel {
  shared ??= loadModel();
  return shared;
}
