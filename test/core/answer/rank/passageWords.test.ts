import { describe, expect, it } from 'vitest';
import { contextFit } from '../../../../src/core/answer/citation.js';
import { around, passageWords, wordsIn } from '../../../../src/core/answer/rank/passageWords.js';
import { sentences } from '../../../../src/core/text/sentences.js';
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
    'report %i: a stretch inside a sentence is bounded by that sentence, its clause by the punctuation inside it',
    (_, text) => {
      const read = passageWords(text);
      const spans = sentences(text);
      spans.forEach((sentence, i) => {
        if (sentence.end - sentence.start < 4) return;
        const [start, end] = [sentence.start + 1, sentence.end - 2];
        const from = i === 0 ? 0 : sentence.start;
        const to = i === spans.length - 1 ? text.length : sentence.end;
        expect(around(read.sentenceEnds, text.length, start, end)).toEqual([from, to]);
        const clause = around(read.clauseEnds, text.length, start, start + 1);
        expect(clause[0]).toBeGreaterThanOrEqual(from);
        expect(clause[1]).toBeLessThanOrEqual(to);
        const clauseText = text.slice(clause[0], Math.max(clause[0], clause[1] - 1));
        expect(clauseText).not.toMatch(/[,;:]\s/);
      });
    },
  );

  it.each([
    ['titles, initials and short months go on', 'Gen. J. Roe met Mr. Hale on Dec. 4. Rates rose.', ['Rates rose.']],
    [
      'a question and a quotation end sentences',
      'Who won? "We did." Ann Roe said so.',
      ['"We did."', 'Ann Roe said so.'],
    ],
    ['a decimal point does not', 'Rates rose 3.5 percent. Then fell.', ['Then fell.']],
  ])('sentence ends: %s', (_, text, after) => {
    const read = passageWords(text);
    expect(read.sentenceEnds.map((m) => text.slice(m.index + m.length).split(/(?<=[.?!"])\s/)[0])).toEqual(after);
  });

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
