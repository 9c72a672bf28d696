import { historyFeatures, staticFeatures, wordHistoryFeature } from './features.js';
import { TAGS, type NerModel, type Tag } from './model.js';

/** How the tagger reads a sentence. */
export interface DecodeOptions {
  /**
   * Tag sequences kept at each word. 1 is greedy (each word's choice final); more let a later word
   * revise an earlier choice ("McKellan" reads as a body until "Oswin" follows). A model reads best
   * with the beam it was trained with (its header's `beam` setting).
   */
  beam: number;
}

/** The beam the tagger is trained with (train.ts) and reads with when its model does not say. */
export const DEFAULT_DECODE: DecodeOptions = { beam: 4 };

/** Adds the weights of the features to the score of each tag. */
export function addScores(model: NerModel, features: string[], scores: Float64Array): void {
  for (const feature of features) addRow(model, model.rows.get(feature), scores);
}

function addRow(model: NerModel, row: number | undefined, scores: Float64Array): void {
  if (row === undefined) return;
  for (let t = 0, at = row * TAGS.length; t < TAGS.length; t++, at++) scores[t]! += model.weights[at]!;
}

/** Rows of the history features that do not depend on the word, per model: built once, not per word. */
const historyRows = new WeakMap<NerModel, Map<string, Array<number | undefined>>>();

/** Adds the weights of the history features (as `historyFeatures` names them) of one word. */
function addHistory(model: NerModel, previous: string, before: string, lower: string, scores: Float64Array): void {
  let rows = historyRows.get(model);
  if (!rows) historyRows.set(model, (rows = new Map()));
  const key = `${before}|${previous}`;
  let pair = rows.get(key);
  if (!pair) {
    const [first, second] = historyFeatures(previous, before, '');
    rows.set(key, (pair = [model.rows.get(first!), model.rows.get(second!)]));
  }
  addRow(model, pair[0], scores);
  addRow(model, pair[1], scores);
  addRow(model, model.rows.get(wordHistoryFeature(previous, lower)), scores);
}

/** An inside tag only continues a name of its own kind. */
export function allowed(previous: string, tag: Tag): boolean {
  return !tag.startsWith('I-') || previous.slice(2) === tag.slice(2);
}

/** One kept tag sequence: its last tag (-1 before the first word), the sequence before it, its score. */
export interface Path {
  tag: number;
  parent: Path | null;
  score: number;
}

/** The empty sequence every reading starts from. */
export const START: Path = Object.freeze({ tag: -1, parent: null, score: 0 });

const tagOf = (path: Path | null): string => (path && path.tag >= 0 ? TAGS[path.tag]! : '<s>');

/** Which tags may follow each tag (index -1, the sentence's start, at 0). */
const FOLLOWERS = ['<s>', ...TAGS].map((previous) => TAGS.map((tag) => allowed(previous, tag)));

/** Adds to `scores` (one per tag) the weights of word `i`'s features, given the two tags before it. */
export type WordScorer = (i: number, previous: string, before: string, scores: Float64Array) => void;

/**
 * The beam after each word, left to right: every kept sequence extended by every tag that may
 * follow it, scored by the sum of its words' scores (as the perceptron was trained), the best
 * `width` kept. Linear in the words.
 */
export function* beamSteps(length: number, width: number, score: WordScorer): Generator<Path[]> {
  let beam: Path[] = [START];
  const scores = new Float64Array(TAGS.length);
  for (let i = 0; i < length; i++) {
    const kept = new Kept(Math.max(1, width));
    for (const path of beam) {
      scores.fill(0);
      score(i, tagOf(path), tagOf(path.parent), scores);
      const follows = FOLLOWERS[path.tag + 1]!;
      for (let t = 0; t < TAGS.length; t++) if (follows[t]) kept.offer(path.score + scores[t]!, path, t);
    }
    beam = kept.paths();
    yield beam;
  }
}

/** The tags of a sequence, first word first. */
export function tagsOf(path: Path): Tag[] {
  const tags: Tag[] = [];
  for (let p: Path | null = path; p && p.tag >= 0; p = p.parent) tags.push(TAGS[p.tag]!);
  return tags.reverse();
}

/**
 * The best tags of a sentence's words, each word's scores seeing the tags before it; a beam of
 * sequences keeps a few readings open.
 */
export function tagWords(model: NerModel, words: string[], options?: DecodeOptions): Tag[] {
  const fixed = staticFeatures(words);
  const width = options?.beam ?? model.header.settings.beam ?? DEFAULT_DECODE.beam;
  const base = new Float64Array(TAGS.length);
  let baseOf = -1;
  let lower = '';
  let last: Path[] = [START];
  for (const beam of beamSteps(words.length, width, (i, previous, before, scores) => {
    // the word's own features are the same for every sequence: added up once
    if (baseOf !== i) {
      base.fill(0);
      addScores(model, fixed[i]!, base);
      lower = words[i]!.toLowerCase();
      baseOf = i;
    }
    scores.set(base);
    addHistory(model, previous, before, lower, scores);
  }))
    last = beam;
  return tagsOf(last[0]!);
}

/** The best few of the sequences offered; an equal score keeps the one offered first, as greedy reading does. */
class Kept {
  private readonly scores: Float64Array;
  private readonly parents: Path[] = [];
  private readonly tags: Int8Array;
  private size = 0;

  constructor(private readonly width: number) {
    this.scores = new Float64Array(width);
    this.tags = new Int8Array(width);
  }

  offer(score: number, parent: Path, tag: number): void {
    let at = this.size;
    while (at > 0 && this.scores[at - 1]! < score) at--;
    if (at >= this.width) return;
    // shift the worse ones down one place; the last falls off when full
    for (let k = Math.min(this.size, this.width - 1); k > at; k--) {
      this.scores[k] = this.scores[k - 1]!;
      this.parents[k] = this.parents[k - 1]!;
      this.tags[k] = this.tags[k - 1]!;
    }
    this.scores[at] = score;
    this.parents[at] = parent;
    this.tags[at] = tag;
    this.size = Math.min(this.size + 1, this.width);
  }

  paths(): Path[] {
    const paths: Path[] = [];
    for (let k = 0; k < this.size; k++)
      paths.push({ tag: this.tags[k]!, parent: this.parents[k]!, score: this.scores[k]! });
    return paths;
  }
}
