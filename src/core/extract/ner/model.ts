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
  /** Training settings: passes, seed, pruning, beam. */
  settings: Record<string, number>;
}

/** A trained tagger: one weight vector (over TAGS) per feature, all in one array. */
export interface NerModel {
  header: ModelHeader;
  /** Feature → its row in `weights` (the row's first entry is at row × TAGS.length). */
  rows: Map<string, number>;
  weights: Float32Array;
}

/** The file form: feature names (sorted) and their weights as integers (weight × scale), row after row. */
export interface ModelFile {
  format: 'newsdesk-ner/2';
  header: ModelHeader;
  tags: readonly string[];
  scale: number;
  features: string[];
  weights: number[];
}

export const MODEL_FILE_NAME = 'ner.json';

/** A model from one weight vector per feature. */
export function modelFromVectors(header: ModelHeader, vectors: Map<string, ArrayLike<number>>): NerModel {
  const rows = new Map<string, number>();
  const weights = new Float32Array(vectors.size * TAGS.length);
  for (const [feature, vector] of vectors) {
    const row = rows.size;
    rows.set(feature, row);
    for (let t = 0; t < TAGS.length; t++) weights[row * TAGS.length + t] = vector[t] ?? 0;
  }
  return { header, rows, weights };
}

/** The weight vector of one feature (a view, not a copy), or undefined. */
export function weightsOf(model: NerModel, feature: string): Float32Array | undefined {
  const row = model.rows.get(feature);
  return row === undefined ? undefined : model.weights.subarray(row * TAGS.length, (row + 1) * TAGS.length);
}

/** Reads a model from its file form. */
export function modelFromFile(file: ModelFile): NerModel {
  if (file.format !== 'newsdesk-ner/2') throw new Error(`NER model: unknown format ${String(file.format)}`);
  if (file.tags.join(',') !== TAGS.join(','))
    throw new Error(`NER model: tags ${file.tags.join(',')} are not ${TAGS.join(',')}`);
  if (file.weights.length !== file.features.length * TAGS.length) {
    throw new Error(`NER model: ${file.weights.length} weights for ${file.features.length} features`);
  }
  const rows = new Map<string, number>();
  file.features.forEach((feature, row) => {
    rows.set(feature, row);
  });
  const weights = new Float32Array(file.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = file.weights[i]! / file.scale;
  return { header: file.header, rows, weights };
}

/** The file form of a model: weights rounded to 1/scale, features whose weights all round to zero left out, sorted. */
export function modelToFile(model: NerModel, scale: number): ModelFile {
  const features: string[] = [];
  const weights: number[] = [];
  for (const feature of [...model.rows.keys()].sort()) {
    const row = Array.from(weightsOf(model, feature)!, (w) => Math.round(w * scale) || 0);
    if (row.every((w) => w === 0)) continue;
    features.push(feature);
    weights.push(...row);
  }
  return { format: 'newsdesk-ner/2', header: model.header, tags: TAGS, scale, features, weights };
}

/** models/ner.json of the project: the nearest `models` folder above this module (src/ or a built dist/). */
export function defaultModelPath(): string {
  const moduleDir = dirname(fileURLToPath(import.meta.url));
  let dir = moduleDir;
  for (let up = 0; up < 8; up++) {
    const candidate = join(dir, 'models', MODEL_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`NER model: models/${MODEL_FILE_NAME} not found above ${moduleDir}; run npm run train`);
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
