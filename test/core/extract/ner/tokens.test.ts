import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/extract/ner/tokens.js';

describe('tokenize', () => {
  it.each([
    ["Germany's representative said", ['Germany', "'s", 'representative', 'said']],
    ["Germany 's representative", ['Germany', "'s", 'representative']],
    ["We don't know.", ['We', 'do', "n't", 'know', '.']],
    ['The U.S. Air Force (USAF) paid.', ['The', 'U.S.', 'Air', 'Force', '(', 'USAF', ')', 'paid', '.']],
    [
      'Lockheed Martin Corp., Boeing Co. and "Airbus"',
      ['Lockheed', 'Martin', 'Corp.', ',', 'Boeing', 'Co.', 'and', '"', 'Airbus', '"'],
    ],
    ['He waited...', ['He', 'waited', '.', '.', '.']],
    ['EU-wide rules on 1996-08-22', ['EU-wide', 'rules', 'on', '1996-08-22']],
    ['“Yes,” she said.', ['“', 'Yes', ',', '”', 'she', 'said', '.']],
    // a newswire marks a company's name or its ticker with angle brackets
    ['<Velmont Corp> and Korvex Inc <KVX>', ['<', 'Velmont', 'Corp', '>', 'and', 'Korvex', 'Inc', '<', 'KVX', '>']],
    // an em dash with no spaces parts two words; a hyphen or an en dash does not
    ['Ann Roe—the Velmont chair—said', ['Ann', 'Roe', '—', 'the', 'Velmont', 'chair', '—', 'said']],
    [
      'it fell—sharply—in 1993–94, "Velmont—"',
      ['it', 'fell', '—', 'sharply', '—', 'in', '1993–94', ',', '"', 'Velmont', '—', '"'],
    ],
  ])('%s', (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });

  it('gives offsets that point at the words as written', () => {
    const text = 'Ms. Laura Cooper, the U.S. envoy, said:\n"We\'re ready."';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads only the range asked for', () => {
    expect(tokenize('one two three', 4, 7).map((t) => t.text)).toEqual(['two']);
  });
});
