import { describe, expect, it } from 'vitest';
import { DEFAULT_DECODE, tagWords } from '../../../../src/core/extract/ner/decode.js';
import { defaultModel, modelFromVectors, TAGS, type Tag } from '../../../../src/core/extract/ner/model.js';
import { findNames } from '../../../../src/core/extract/ner/tagger.js';
import { tokenize } from '../../../../src/core/extract/ner/tokens.js';

const header = { data: 'none', sha256: 'none', command: 'test', articles: 'none', settings: {} };
/** A weight vector over TAGS from the tags named. */
const vector = (weights: Partial<Record<Tag, number>>) => TAGS.map((tag) => weights[tag] ?? 0);

/**
 * A two-word model: "ann" alone leans to a body (B-ORG 2, B-PER 1.5); "lee" after a person's first
 * word is surely its second (I-PER 9), after a body's only plainly not part of it.
 */
const toyModel = modelFromVectors(
  header,
  new Map([
    ['w=ann', vector({ 'B-ORG': 2, 'B-PER': 1.5 })],
    ['tw=B-PER|lee', vector({ 'I-PER': 9 })],
    ['tw=B-ORG|lee', vector({ O: 1 })],
  ]),
);

describe('tagWords keeps a few readings open until the next word decides', () => {
  it.each([
    [1, 10, ['B-ORG', 'O']],
    [2, 10, ['B-PER', 'I-PER']],
    [4, 10, ['B-PER', 'I-PER']],
    // the person's reading is 0.5 less likely at the first word: a smaller margin drops it there
    [4, 0.25, ['B-ORG', 'O']],
  ])('beam %i, margin %f', (beam, margin, tags) => {
    expect(tagWords(toyModel, ['Ann', 'Lee'], { beam, temperature: 1, margin })).toEqual(tags);
  });

  it('reads a lone word the same with any beam (the first word has one history)', () => {
    for (const beam of [1, 4])
      expect(tagWords(toyModel, ['Ann'], { beam, temperature: 1, margin: 10 })).toEqual(['B-ORG']);
  });

  it('never puts an inside tag after another kind, and reads an empty sentence as no tags', () => {
    // "lee" alone would continue a place, whatever came before it
    const placeLee = modelFromVectors(
      header,
      new Map([
        ['w=ann', vector({ 'B-ORG': 2 })],
        ['w=lee', vector({ 'I-LOC': 20 })],
      ]),
    );
    // with a narrow margin no place opens at "Ann", so no place may go on at "Lee"
    const tags = tagWords(placeLee, ['Ann', 'Lee', 'Ann', 'Lee'], { beam: 4, temperature: 1, margin: 0.1 });
    expect(tags).not.toContain('I-LOC');
    tags.forEach((tag, i) => {
      if (tag.startsWith('I-')) expect(tags[i - 1]!.slice(2)).toBe(tag.slice(2));
    });
    expect(tagWords(toyModel, [], DEFAULT_DECODE)).toEqual([]);
  });
});

describe('the trained model reads an unusual first name by the surname after it', () => {
  // capitals inside a first name look like a company's ("McKellan"): read greedily, the first word
  // became a body and its surname was dropped
  it.each([
    ['The award went to JaKeem Orrin of the home side.', 'JaKeem Orrin'],
    ['The bill was signed by McKellan Oswin on Friday.', 'McKellan Oswin'],
    ['The vote was won by DeVaughn Marsh after a recount.', 'DeVaughn Marsh'],
  ])('%s', (text, name) => {
    const words = tokenize(text).map((t) => t.text);
    const greedy = tagWords(defaultModel(), words, { ...DEFAULT_DECODE, beam: 1 });
    expect(greedy).toContain('B-ORG');
    expect(findNames(text).map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([['PER', name]]);
  });
});
