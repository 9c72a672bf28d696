import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../../src/core/text/passages.js';
import { paragraphs, sentencesOf } from '../../../src/core/text/sentences.js';
import { firstSentence } from '../../../src/core/text/title.js';
import { stem, termsOf } from '../../../src/core/text/terms.js';
import { foundingReport } from '../../helpers/fixtures.js';

describe('sentences', () => {
  it.each([
    ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['He said: “It is over.” Then he left.', ['He said: “It is over.”', 'Then he left.']],
    ['The U.S. Army arrived. J. Smith led it.', ['The U.S. Army arrived.', 'J. Smith led it.']],
    ['Shares went to A.B. Velmont. Then J.K. Korvex sold.', ['Shares went to A.B. Velmont.', 'Then J.K. Korvex sold.']],
    ['The city fell in 300 B.C. The empire was gone.', ['The city fell in 300 B.C.', 'The empire was gone.']],
    ['Prices rose 2.5 percent. Markets fell!', ['Prices rose 2.5 percent.', 'Markets fell!']],
    ['No final stop', ['No final stop']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it('keeps a hard-wrapped line inside its paragraph and splits on blank lines', () => {
    const text = 'First line that wraps\nonto the next line.\n\nSecond paragraph.\nThird paragraph.';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'First line that wraps\nonto the next line.',
      'Second paragraph.',
      'Third paragraph.',
    ]);
  });
});

describe('splitPassages', () => {
  it('splits the founding report into sentence passages whose offsets give back their text', async () => {
    const report = await foundingReport();
    const passages = splitPassages(report);
    expect(passages.length).toBeGreaterThan(8);
    for (const p of passages) expect(report.text.slice(p.start, p.end)).toBe(p.text);
    // the dateline fragments join the first sentence
    expect(passages[0]!.text.startsWith('Baku. 5 December. REPORT.AZ/ On December 4')).toBe(true);
    expect(new Set(passages.map((p) => p.paragraph)).size).toBe(6);
    expect(passages.map((p) => p.ordinal)).toEqual(passages.map((_, i) => i));
  });

  it('cuts an over-long sentence at a space', () => {
    const text = `${'word '.repeat(500)}end.`;
    const passages = splitPassages({ id: 'long', text }, { maxChars: 300 });
    expect(passages.length).toBeGreaterThan(5);
    expect(passages.every((p) => p.end - p.start <= 300)).toBe(true);
    expect(passages.every((p) => text.slice(p.start, p.end) === p.text)).toBe(true);
  });
});

describe('titles and terms', () => {
  it.each([
    [
      'Baku. 5 December. REPORT.AZ/ On December 4, the minister met the delegation.',
      'On December 4, the minister met the delegation.',
    ],
    [
      'LONDON (Reuters) - Shares in the company fell sharply on Monday.',
      'Shares in the company fell sharply on Monday.',
    ],
    ['Short.', 'Short.'],
  ])('firstSentence(%j)', (text, title) => {
    expect(firstSentence(text)).toBe(title);
  });

  it.each([
    ['meeting', 'meet'],
    ['met', 'meet'],
    ['meets', 'meet'],
    ['defence', stem('defense')],
    ['organisation', 'organization'],
    ['based', stem('base')],
    ['theatre', stem('theater')],
    ['centred', stem('centered')],
    ['metres', stem('meters')],
    ['labour', stem('labor')],
    ['neighbourhood', stem('neighborhood')],
    ['favourite', stem('favorite')],
    ['offences', stem('offenses')],
    ['catalogue', stem('catalog')],
    ['programmes', stem('programs')],
    ['analysed', stem('analyzed')],
    ['originally', stem('original')],
    ['recently', stem('recent')],
    ['previously', stem('previous')],
    ['publicly', stem('public')],
    ['stolen', stem('steal')],
    ['withdrew', stem('withdraw')],
  ])('stem(%s) matches %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  // words that look like a British spelling or an adverb but are not one, against what a
  // blind ending rule would make of them; and past forms whose stem would join another word
  it.each([
    ['four', 'for'],
    ['hour', 'hor'],
    ['notre', 'noter'],
    ['family', 'fami'],
    ['italy', 'ita'],
    ['rally', 'ral'],
    ['early', 'ear'],
    ['assembly', 'assemb'],
    ['fed', 'feed'],
    ['show', 'shown'],
  ])('stem(%s) differs from stem(%s)', (word, other) => {
    expect(stem(word)).not.toBe(stem(other));
  });

  it('drops stop words and keeps "US" apart from "us"', () => {
    expect(termsOf('When did Hasanov meet the US delegation?')).toEqual(['hasanov', 'meet', 'usa', 'delegation']);
    expect(termsOf('tell us')).toEqual(['tell']);
  });
});
