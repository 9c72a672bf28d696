// npm run train: rebuilds models/ner.json, the named-entity tagger, from the CoNLL-2003 training split.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { partOf } from '../eval/split.js';
import { modelToFile, type ModelHeader } from '../src/core/extract/ner/model.js';
import {
  DEFAULT_TRAIN_OPTIONS,
  sentencesOfArticle,
  trainModel,
  type TaggedArticle,
  type TrainOptions,
} from '../src/core/extract/ner/train.js';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_DATA = resolve(ROOT, '..', 'shared', 'data', 'dev', 'conll2003_dev.jsonl');
const DEFAULT_OUT = resolve(ROOT, 'models', 'ner.json');
/** Weights are written as integers: weight × SCALE. */
const SCALE = 1000;

interface Article extends TaggedArticle {
  id: string;
  split: string;
}

/**
 * Trains on the `train` articles of a CoNLL-form JSONL file that fall in the tune part of
 * eval/split.ts (the others are the held-out slice eval/conll.ts scores), and writes the model
 * (temp file + rename). The same file and options give the same bytes.
 */
export function trainFromFile(
  dataPath: string,
  outPath: string,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): { articles: number; sentences: number; features: number; bytes: number } {
  const raw = readFileSync(dataPath);
  const articles = raw
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as Article;
      } catch (error) {
        throw new Error(`${dataPath}:${i + 1}: not JSON: ${(error as Error).message}`);
      }
    })
    .filter((a) => a.split === 'train' && partOf(a.id) === 'tune');
  const sentences = articles.flatMap(sentencesOfArticle);
  const header: ModelHeader = {
    data: 'dev/conll2003_dev.jsonl',
    sha256: createHash('sha256').update(raw).digest('hex'),
    command: 'npm run train',
    articles: `split "train", eval/split.ts part "tune" (${articles.length} articles, ${sentences.length} sentences)`,
    settings: { ...options, scale: SCALE },
  };
  const model = trainModel(sentences, header, options);
  const json = JSON.stringify(modelToFile(model, SCALE));
  const temp = `${outPath}.tmp-${process.pid}`;
  writeFileSync(temp, json);
  renameSync(temp, outPath);
  return {
    articles: articles.length,
    sentences: sentences.length,
    features: model.rows.size,
    bytes: Buffer.byteLength(json),
  };
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const started = performance.now();
  const options: TrainOptions = {
    passes: Number(option('--passes') ?? DEFAULT_TRAIN_OPTIONS.passes),
    seed: Number(option('--seed') ?? DEFAULT_TRAIN_OPTIONS.seed),
    minWeight: Number(option('--min-weight') ?? DEFAULT_TRAIN_OPTIONS.minWeight),
    beam: Number(option('--beam') ?? DEFAULT_TRAIN_OPTIONS.beam),
  };
  const out = option('--out') ?? DEFAULT_OUT;
  const result = trainFromFile(option('--data') ?? DEFAULT_DATA, out, options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `train-ner: ${result.articles} articles, ${result.sentences} sentences → ${result.features} features, ${(result.bytes / 1e6).toFixed(2)} MB in ${out} (${seconds} s)`,
  );
}
