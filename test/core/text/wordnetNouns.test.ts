import { describe, expect, it } from 'vitest';
import { readWordnetNouns } from '../../../src/core/text/wordnetNouns.js';

type Entry = { lemma: string; tagged: number; senses: Array<[string, number]> };

/**
 * WordNet's noun files in small: `senses` are [gloss, lexicographer file] pairs, most frequent
 * first; `tagged` is how many of them the sense-tagged corpus counted.
 */
function wordnet(entries: Entry[]) {
  let data = '  1 This software and database is being provided to you, the LICENSEE\n';
  const index = ['  1 This software and database is being provided to you, the LICENSEE'];
  for (const { lemma, tagged, senses } of entries) {
    const offsets: string[] = [];
    for (const [gloss, file] of senses) {
      const offset = String(Buffer.byteLength(data)).padStart(8, '0');
      offsets.push(offset);
      data += `${offset} ${String(file).padStart(2, '0')} n 01 ${lemma} 0 000 | ${gloss}  \n`;
    }
    index.push(`${lemma} n ${senses.length} 1 @ ${senses.length} ${tagged} ${offsets.join(' ')}  `);
  }
  return readWordnetNouns(index.join('\n'), Buffer.from(data, 'latin1'));
}

const entry = (lemma: string, tagged: number, ...senses: Array<[string, number]>): Entry => ({ lemma, tagged, senses });

describe('reading WordNet nouns', () => {
  it.each([
    // the corpus counted the senses: the first, most frequent, decides
    [entry('surveyor', 1, ['someone who surveys land', 18]), 'person'],
    [entry('jury', 2, ['a body of citizens', 14], ['a committee of judges', 14]), 'group'],
    [entry('ledger', 1, ['a book of accounts', 6], ['a person who keeps one', 18]), 'thing'],
    [entry('quarter', 2, ['one of four parts', 23], ['a district', 15]), 'thing'],
    // not counted: all senses must agree
    [entry('velmonter', 0, ['one from Velmont', 18], ['a Velmont loyalist', 18]), 'person'],
    [entry('korvex', 0, ['a tool', 6], ['a brand', 10]), 'thing'],
  ])('%j → %s', (noun, kind) => {
    expect(wordnet([noun]).get(noun.lemma)).toBe(kind);
  });

  it.each([
    // not counted, and the senses disagree
    entry('ardenan', 0, ['a sailor', 18], ['a boat', 6]),
    // animals, places and the top concepts name neither people nor things here
    entry('host', 3, ['an animal a parasite lives in', 5]),
    entry('border', 3, ['a line between states', 15]),
    // only plain lower-case nouns of three letters or more: heads of phrases
    entry('ad', 1, ['an advertisement', 10]),
    entry('air_force', 1, ['a military branch', 14]),
    entry("o'clock", 1, ['a time', 28]),
  ])('negative: $lemma gets no kind', (noun) => {
    expect(wordnet([noun]).has(noun.lemma)).toBe(false);
  });

  it('reads every noun of the files, the licence lines skipped', () => {
    const kinds = wordnet([entry('surveyor', 1, ['someone who surveys land', 18]), entry('ledger', 1, ['a book', 6])]);
    expect([...kinds]).toEqual([
      ['surveyor', 'person'],
      ['ledger', 'thing'],
    ]);
  });
});
