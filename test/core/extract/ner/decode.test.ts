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
 * word is surely its second (I-PER 9), after a body's only plainly not part of it (O 1).
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
    // greedy: the body wins at "Ann" (2 > 1.5) and "Lee" cannot undo it
    [1, ['B-ORG', 'O']],
    // the sums: body then nothing 3, person then surname 10.5
    [2, ['B-PER', 'I-PER']],
    [4, ['B-PER', 'I-PER']],
  ])('beam %i', (beam, tags) => {
    expect(tagWords(toyModel, ['Ann', 'Lee'], { beam })).toEqual(tags);
  });

  it("reads with the beam the model's header names when none is asked for", () => {
    const greedyModel = { ...toyModel, header: { ...header, settings: { beam: 1 } } };
    expect(tagWords(greedyModel, ['Ann', 'Lee'])).toEqual(['B-ORG', 'O']);
    expect(tagWords(toyModel, ['Ann', 'Lee'])).toEqual(['B-PER', 'I-PER']);
  });

  it('reads a lone word the same with any beam (the first word has one history)', () => {
    for (const beam of [1, 4]) expect(tagWords(toyModel, ['Ann'], { beam })).toEqual(['B-ORG']);
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
    // read greedily no place opens at "Ann", so no place may go on at "Lee"
    expect(tagWords(placeLee, ['Ann', 'Lee', 'Ann', 'Lee'], { beam: 1 })).not.toContain('I-LOC');
    for (const beam of [2, 4]) {
      const tags = tagWords(placeLee, ['Ann', 'Lee', 'Ann', 'Lee'], { beam });
      tags.forEach((tag, i) => {
        if (tag.startsWith('I-')) expect(tags[i - 1]!.slice(2)).toBe(tag.slice(2));
      });
    }
    expect(tagWords(toyModel, [], DEFAULT_DECODE)).toEqual([]);
  });
});

describe('the trained model reads an unusual first name by the surname after it', () => {
  // capitals inside a first name look like a company's ("McKellan"): read greedily, the name
  // becomes a body or some other name, never a person
  it.each([
    ['The award went to JaKeem Orrin of the home side.', 'JaKeem Orrin'],
    ['The bill was signed by McKellan Oswin on Friday.', 'McKellan Oswin'],
    ['The vote was won by DeVaughn Marsh after a recount.', 'DeVaughn Marsh'],
  ])('%s', (text, name) => {
    const words = tokenize(text).map((t) => t.text);
    const greedy = tagWords(defaultModel(), words, { beam: 1 });
    expect(greedy).not.toContain('B-PER');
    expect(findNames(text).map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([['PER', name]]);
  });
});
