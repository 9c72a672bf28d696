import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../src/core/extract/entities/entities.js';
import { findNames } from '../../../../src/core/extract/ner/tagger.js';

describe('findNames: no name where there is none', () => {
  it.each([
    ['a sentence of common words with a weekday and a month', 'The company said on Monday that profits rose in March.'],
    ['figures and common nouns', 'Shares fell 3 percent after the results were published.'],
    ['a sentence in lower case', 'prices rose sharply in the second quarter, analysts said.'],
    ['a quotation without names', 'He told reporters: "We are ready for next week."'],
    ['a financial table line in capitals', 'NET PROFIT ROSE TO 3.5 MLN DLRS'],
    ['a sentence-initial capital that is no name', 'Analysts expect the central bank to cut interest rates.'],
    ['an empty text', ''],
    ['only white space', '    \n\n  '],
  ])('%s', (_, text) => {
    expect(findNames(text)).toEqual([]);
  });
});

describe('extractEntities: roles and titles are not names', () => {
  it('finds no one in a courtesy title with no name', () => {
    expect(extractEntities('Mr. said nothing.')).toEqual([]);
  });

  it.each([
    ['The Minister of Defense met the press.', 'Defense'],
    ['The Secretary of State arrived.', 'Secretary of State'],
    ['Ms. Laura Cooper spoke.', 'Ms. Laura Cooper'],
  ])('%s has no mention %s', (text, notName) => {
    expect(extractEntities(text).map((m) => m.surface)).not.toContain(notName);
  });
});

describe('findNames stays linear', () => {
  it('tags a long text without sentence breaks in time proportional to its length', () => {
    const unit = 'Peter Blackburn of Velmont Holdings met officials in Trelby and ';
    const time = (n: number) => {
      const text = unit.repeat(n);
      const started = performance.now();
      findNames(text);
      return performance.now() - started;
    };
    time(50);
    const small = time(200);
    const large = time(1600);
    // eight times the text may cost up to about eight times as much, never the square of it
    expect(large).toBeLessThan(small * 8 * 3 + 50);
  });
});
