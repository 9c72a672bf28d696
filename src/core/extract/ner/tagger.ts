import { sentencesOf } from '../../text/sentences.js';
import { tagWords } from './decode.js';
import { defaultModel, type NerModel } from './model.js';
import { tokenize, type Token } from './tokens.js';

/** A name the tagger found: character offsets into the text and its CoNLL kind. */
export interface NerSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/** A token with a letter or digit. */
const WORDLIKE = /[\p{L}\p{N}]/u;
/** Quote marks and brackets: they open no name. */
const OPENING_MARK = /^["'“‘(\[{`«<]+$/;

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
