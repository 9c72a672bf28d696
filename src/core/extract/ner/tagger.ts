import { sentencesOf } from '../../text/sentences.js';
import { historyFeatures, staticFeatures } from './features.js';
import { defaultModel, TAGS, type NerModel, type Tag } from './model.js';
import { tokenize, type Token } from './tokens.js';

/** A name the tagger found: character offsets into the text and its CoNLL kind. */
export interface NerSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/** Adds the weights of the features to the score of each tag. */
export function addScores(model: NerModel, features: string[], scores: Float64Array): void {
  const size = TAGS.length;
  for (const feature of features) {
    const row = model.rows.get(feature);
    if (row === undefined) continue;
    for (let t = 0, at = row * size; t < size; t++, at++) scores[t]! += model.weights[at]!;
  }
}

/** An inside tag only continues a name of its own kind. */
export function allowed(previous: string, tag: Tag): boolean {
  return !tag.startsWith('I-') || previous.slice(2) === tag.slice(2);
}

/** The best tag for each word, left to right, each choice seeing the ones before it. Linear in the words. */
export function tagWords(model: NerModel, words: string[]): Tag[] {
  const fixed = staticFeatures(words);
  const tags: Tag[] = [];
  const scores = new Float64Array(TAGS.length);
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    const previous = tags[i - 1] ?? '<s>';
    addScores(model, fixed[i]!, scores);
    addScores(model, historyFeatures(previous, tags[i - 2] ?? '<s>', words[i]!.toLowerCase()), scores);
    let best: Tag = 'O';
    let bestScore = -Infinity;
    TAGS.forEach((tag, t) => {
      if (allowed(previous, tag) && scores[t]! > bestScore) {
        best = tag;
        bestScore = scores[t]!;
      }
    });
    tags.push(best);
  }
  return tags;
}

/** A token with a letter or digit. */
const WORDLIKE = /[\p{L}\p{N}]/u;
/** Quote marks and brackets: they open no name. */
const OPENING_MARK = /^["'“‘(\[{`«]+$/;

/**
 * Names from the tags of words: a name starts at B-X, or at I-X after another kind. Marks the
 * tagger took into a name at its edges are left out ("Hospital ." at a sentence's end, "' Roe");
 * inside a name they stay ("Procter & Gamble"), and a name that opens on "&" keeps it, for the
 * name before it to join ("Duff" and "& Phelps").
 */
export function spansOf(tokens: Token[], tags: readonly string[]): NerSpan[] {
  const spans: NerSpan[] = [];
  const wordEnds: number[] = [];
  let open: NerSpan | undefined;
  tags.forEach((tag, i) => {
    const token = tokens[i]!;
    const type = tag.slice(2) as NerSpan['type'];
    const word = WORDLIKE.test(token.text);
    if (tag === 'O') open = undefined;
    else if (tag.startsWith('B-') || !open || open.type !== type) {
      open = !word && OPENING_MARK.test(token.text) ? undefined : { start: token.start, end: token.end, type };
      if (open) {
        spans.push(open);
        wordEnds.push(word ? token.end : -1);
      }
    } else {
      open.end = token.end;
      if (word) wordEnds[spans.length - 1] = token.end;
    }
  });
  return spans.flatMap((span, k) => (wordEnds[k]! < 0 ? [] : [{ ...span, end: wordEnds[k]! }]));
}

/** Longest sentence the tagger reads at once, in words: a longer run is read in pieces (tagging stays linear). */
const MAX_SENTENCE_WORDS = 200;

/**
 * People, organisations, places and other names (MISC) of a text, by the trained tagger:
 * sentence by sentence, over words tokenised as newswire is.
 */
export function findNames(text: string, model: NerModel = defaultModel()): NerSpan[] {
  const spans: NerSpan[] = [];
  for (const sentence of sentencesOf(text)) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    for (let from = 0; from < tokens.length; from += MAX_SENTENCE_WORDS) {
      const piece = tokens.slice(from, from + MAX_SENTENCE_WORDS);
      spans.push(
        ...spansOf(
          piece,
          tagWords(
            model,
            piece.map((t) => t.text),
          ),
        ),
      );
    }
  }
  return spans;
}
