import { describe, expect, it } from 'vitest';
import { contextFit } from '../../../../src/core/answer/citation.js';
import { around, passageWords, wordsIn } from '../../../../src/core/answer/rank/passageWords.js';
import { processTerm, termsOf } from '../../../../src/core/text/terms.js';
import { reutersReports } from '../../../helpers/fixtures.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of `text.slice(from, to)` read directly off the slice, offsets in the whole text. */
function sliceWords(text: string, from: number, to: number) {
  return [...text.slice(from, to).matchAll(WORD)].map((m) => ({
    word: m[0],
    start: from + m.index,
    end: from + m.index + m[0].length,
    term: processTerm(m[0]),
  }));
}

/** The bounds around [start, end) found by running `ends` over the whole text. */
function aroundDirect(text: string, start: number, end: number, ends: RegExp): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(ends)) {
    if (m.index < start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index + 1;
      break;
    }
  }
  return [from, to];
}

// real report text: the first reports of Reuters-21578, cut where the ranker cuts (mid-word included)
const texts = reutersReports(12).map((report) => report.text.slice(0, 1500));
const cuts = (text: string) => [
  0,
  1,
  7,
  16,
  40,
  41,
  99,
  128,
  Math.floor(text.length / 2),
  text.length - 3,
  text.length,
];

describe('passage words', () => {
  it('a word, a stop word and a sentence end: offsets, terms and marks', () => {
    const read = passageWords('The bank said. Rates rose, then fell.');
    expect(read.words.slice(0, 3)).toEqual([
      { word: 'The', start: 0, end: 3, term: null },
      { word: 'bank', start: 4, end: 8, term: 'bank' },
      { word: 'said', start: 9, end: 13, term: processTerm('said') },
    ]);
    expect(read.sentenceEnds).toEqual([{ index: 13, length: 2 }]);
    expect(read.clauseEnds).toEqual([
      { index: 13, length: 2 },
      { index: 25, length: 2 },
    ]);
  });

  it.each(texts.map((text, i) => [i, text]))(
    'report %i: the words of any stretch are those read off the slice',
    (_, text) => {
      const read = passageWords(text);
      for (const from of cuts(text)) {
        for (const length of [0, 3, 16, 40, 500]) {
          expect(wordsIn(read, from, from + length)).toEqual(sliceWords(text, from, from + length));
        }
      }
    },
  );

  it.each(texts.map((text, i) => [i, text]))(
    'report %i: sentence and clause bounds as found on the text',
    (_, text) => {
      const read = passageWords(text);
      for (const start of cuts(text)) {
        const end = Math.min(text.length, start + 12);
        expect(around(read.sentenceEnds, text.length, start, end)).toEqual(aroundDirect(text, start, end, /[.!?]\s/g));
        expect(around(read.clauseEnds, text.length, start, end)).toEqual(
          aroundDirect(text, start, end, /[.!?]\s|[,;:]\s|\s[–—-]\s/g),
        );
      }
    },
  );

  it.each(texts.map((text, i) => [i, text]))('report %i: the words that count give the same fit as all', (_, text) => {
    const read = passageWords(text);
    const asked = termsOf('oil prices said company');
    const matched = new Set(termsOf('oil company'));
    const counted = read.words.filter((w) => w.term && (asked.includes(w.term) || matched.has(w.term)));
    for (const start of cuts(text)) {
      const span = { start: 100 + start, end: 100 + Math.min(text.length, start + 9) };
      expect(contextFit(counted, 100, span, asked, matched)).toEqual(contextFit(read.words, 100, span, asked, matched));
    }
  });
});
