import { historyFeatures, staticFeatures } from './features.js';
import { modelFromVectors, TAGS, type ModelHeader, type NerModel, type Tag } from './model.js';
import { allowed } from './decode.js';
import { seededRandom } from '../../text/seededRandom.js';

/** A sentence with its gold tags, one per word. */
export interface TrainingSentence {
  words: string[];
  tags: Tag[];
}

/** How the tagger is trained. */
export interface TrainOptions {
  /** Passes over the training sentences. */
  passes: number;
  /** Seed of the order the sentences are read in at each pass. */
  seed: number;
  /** Averaged weights smaller than this (in absolute value) are dropped: a smaller model. */
  minWeight: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { passes: 8, seed: 13, minWeight: 0.02 };

/** An article in CoNLL form: tokens joined by single spaces, one sentence a line, names by offsets. */
export interface TaggedArticle {
  text: string;
  entities: Array<{ type: string; start: number; end: number }>;
}

/** The sentences of an article with BIO tags read off its name offsets. */
export function sentencesOfArticle(article: TaggedArticle): TrainingSentence[] {
  const tagAt = new Map<number, Tag>();
  for (const e of article.entities) {
    let first = true;
    for (let i = e.start; i < e.end; i++) {
      if (i === e.start || article.text[i - 1] === ' ') {
        tagAt.set(i, `${first ? 'B' : 'I'}-${e.type}` as Tag);
        first = false;
      }
    }
  }
  const sentences: TrainingSentence[] = [];
  let offset = 0;
  for (const line of article.text.split('\n')) {
    const words: string[] = [];
    const tags: Tag[] = [];
    let at = offset;
    for (const word of line.split(' ')) {
      if (word) {
        words.push(word);
        tags.push(tagAt.get(at) ?? 'O');
      }
      at += word.length + 1;
    }
    if (words.length) sentences.push({ words, tags });
    offset += line.length + 1;
  }
  return sentences;
}

/** Weights, their running sums and the step each was last changed at (for averaging). */
interface Slot {
  weight: Float64Array;
  total: Float64Array;
  stamp: Float64Array;
}

/**
 * An averaged perceptron (Collins 2002) trained greedily left to right, each word's history
 * being the tags the model chose: it learns to recover from its own mistakes as it will tag.
 */
export function trainModel(
  sentences: TrainingSentence[],
  header: ModelHeader,
  options = DEFAULT_TRAIN_OPTIONS,
): NerModel {
  const slots = new Map<string, Slot>();
  const slot = (feature: string): Slot => {
    let s = slots.get(feature);
    if (!s) {
      s = {
        weight: new Float64Array(TAGS.length),
        total: new Float64Array(TAGS.length),
        stamp: new Float64Array(TAGS.length),
      };
      slots.set(feature, s);
    }
    return s;
  };
  let step = 0;
  const update = (features: string[], tag: number, delta: number) => {
    for (const feature of features) {
      const s = slot(feature);
      s.total[tag]! += (step - s.stamp[tag]!) * s.weight[tag]!;
      s.stamp[tag] = step;
      s.weight[tag]! += delta;
    }
  };
  const random = seededRandom(options.seed);
  const order = sentences.map((_, i) => i);
  const scores = new Float64Array(TAGS.length);
  for (let pass = 0; pass < options.passes; pass++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { words, tags: gold } = sentences[index]!;
      const fixed = staticFeatures(words);
      const chosen: Tag[] = [];
      for (let i = 0; i < words.length; i++) {
        step++;
        const previous = chosen[i - 1] ?? '<s>';
        const features = fixed[i]!.concat(historyFeatures(previous, chosen[i - 2] ?? '<s>', words[i]!.toLowerCase()));
        scores.fill(0);
        for (const feature of features) {
          const s = slots.get(feature);
          if (s) for (let t = 0; t < TAGS.length; t++) scores[t]! += s.weight[t]!;
        }
        let best = 0;
        for (let t = 1; t < TAGS.length; t++) if (allowed(previous, TAGS[t]!) && scores[t]! > scores[best]!) best = t;
        const right = TAGS.indexOf(gold[i]!);
        if (best !== right) {
          update(features, right, 1);
          update(features, best, -1);
        }
        chosen.push(TAGS[best]!);
      }
    }
  }
  return modelFromVectors(header, averaged(slots, step, options.minWeight));
}

function averaged(slots: Map<string, Slot>, step: number, minWeight: number): Map<string, Float32Array> {
  const weights = new Map<string, Float32Array>();
  for (const [feature, s] of slots) {
    const vector = new Float32Array(TAGS.length);
    let kept = false;
    for (let t = 0; t < TAGS.length; t++) {
      const mean = (s.total[t]! + (step - s.stamp[t]!) * s.weight[t]!) / step;
      if (Math.abs(mean) >= minWeight) {
        vector[t] = mean;
        kept = true;
      }
    }
    if (kept) weights.set(feature, vector);
  }
  return weights;
}
