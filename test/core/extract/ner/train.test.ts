import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainFromFile } from '../../../../scripts/train-ner.js';
import { modelFromFile, modelToFile, type ModelHeader, type Tag } from '../../../../src/core/extract/ner/model.js';
import { findNames } from '../../../../src/core/extract/ner/tagger.js';
import { sentencesOfArticle, trainModel, type TaggedArticle } from '../../../../src/core/extract/ner/train.js';

const HEADER: ModelHeader = {
  data: 'generated',
  sha256: '0'.repeat(64),
  command: 'test',
  articles: 'generated',
  settings: {},
};

/** A small made-up corpus in CoNLL form: invented names in a few sentence frames. */
function generatedArticles(count: number): TaggedArticle[] {
  const people = ['Olav Brenner', 'Mira Tolsen', 'Kato Wren', 'Ada Quill', 'Ivo Marsh'];
  const bodies = ['Velmont Holdings', 'Crane Bank', 'Orbis Group'];
  const places = ['Trelby', 'Vasso', 'Port Amel'];
  const articles: TaggedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const person = people[i % people.length]!;
    const body = bodies[i % bodies.length]!;
    const place = places[(i * 2) % places.length]!;
    const line = `${person} of ${body} said on Monday in ${place} that sales rose .`;
    const entities = [
      { type: 'PER', start: 0, end: person.length },
      { type: 'ORG', start: person.length + 4, end: person.length + 4 + body.length },
      { type: 'LOC', start: line.indexOf(` in ${place}`) + 4, end: line.indexOf(` in ${place}`) + 4 + place.length },
    ];
    articles.push({ text: line, entities });
  }
  return articles;
}

describe('sentencesOfArticle', () => {
  it('reads BIO tags off the name offsets, one sentence a line', () => {
    const [article] = generatedArticles(1);
    const sentences = sentencesOfArticle({ ...article!, text: `${article!.text}\nNo names here .` });
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.tags.slice(0, 6)).toEqual(['B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O']);
    expect(sentences[1]!.tags.every((t) => t === 'O')).toBe(true);
  });
});

describe('trainModel', () => {
  const sentences = generatedArticles(30).flatMap(sentencesOfArticle);
  const options = { passes: 4, seed: 7, minWeight: 0, beam: 4 };

  it('gives the same model for the same data and seed', () => {
    const a = JSON.stringify(modelToFile(trainModel(sentences, HEADER, options), 1000));
    const b = JSON.stringify(modelToFile(trainModel(sentences, HEADER, options), 1000));
    expect(a).toBe(b);
  });

  it('learns to tag names in a sentence it did not see', () => {
    const model = modelFromFile(modelToFile(trainModel(sentences, HEADER, options), 1000));
    const text = 'Ada Quill of Orbis Group said on Monday in Vasso that sales rose.';
    const found = findNames(text, model).map((s) => [s.type, text.slice(s.start, s.end)]);
    expect(found).toEqual([
      ['PER', 'Ada Quill'],
      ['ORG', 'Orbis Group'],
      ['LOC', 'Vasso'],
    ]);
  });
});

describe('trainModel: early update', () => {
  // all weights start at 0, and an equal score keeps the tag offered first ("O"): the right
  // reading falls out of the beam at once with one sequence, at the second word with four
  const sentence = { words: ['Ann', 'Lee', 'spoke'], tags: ['B-PER', 'I-PER', 'O'] as Tag[] };
  it.each([
    [1, ['w=ann'], ['w=lee', 'w=spoke']],
    [4, ['w=ann', 'w=lee'], ['w=spoke']],
  ])('beam %i: learns from the words up to the miss, not after it', (beam, learned, unread) => {
    const model = trainModel([sentence], HEADER, { passes: 1, seed: 1, minWeight: 0, beam });
    for (const feature of learned) expect(model.rows.has(feature)).toBe(true);
    for (const feature of unread) expect(model.rows.has(feature)).toBe(false);
  });
});

describe('trainFromFile (npm run train)', () => {
  it('writes the same bytes twice from the same file, with the data hash in the header', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-train-'));
    const data = join(dir, 'tiny.jsonl');
    // every id is tried: the script trains on the tune part of eval/split.ts only
    const lines = generatedArticles(40).map((a, i) => JSON.stringify({ id: `gen-${i}`, split: 'train', ...a }));
    writeFileSync(data, `${lines.join('\n')}\n`);
    const options = { passes: 2, seed: 3, minWeight: 0, beam: 4 };
    trainFromFile(data, join(dir, 'a.json'), options);
    const result = trainFromFile(data, join(dir, 'b.json'), options);
    const a = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(a);
    expect(result.articles).toBeGreaterThan(10);
    expect(result.articles).toBeLessThan(40);
    const header = JSON.parse(a).header as ModelHeader;
    expect(header.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(header.command).toBe('npm run train');
    // the tagger reads with the beam the model was trained with
    expect(header.settings.beam).toBe(4);
  });
});
