import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import { tagShortForms } from '../../../src/core/extract/entities/shortForms.js';
import type { NerSpan } from '../../../src/core/extract/ner/tagger.js';

/** A tagged span over the first place the words stand in the text. */
const at = (text: string, words: string, type: NerSpan['type']): NerSpan => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, type };
};
const tagged = (text: string, spans: NerSpan[]) =>
  tagShortForms(text, spans).map((s) => [text.slice(s.start, s.end), s.type, s.start]);

describe('tagShortForms: a name written in full, then by one word', () => {
  it.each([
    [
      'a body by its first word, opening a sentence',
      'Velt sold the plant to Korvex Capital Partners. Korvex agreed to keep the staff.',
      [['Korvex Capital Partners', 'ORG']],
      ['Korvex', 'ORG'],
    ],
    [
      'a person by the last word',
      'The talks were led by Ann Roe. Aides said Roe would return on Monday.',
      [['Ann Roe', 'PER']],
      ['Roe', 'PER'],
    ],
  ] as Array<[string, string, Array<[string, NerSpan['type']]>, [string, NerSpan['type']]]>)(
    '%s',
    (_why, text, spans, lone) => {
      const given = spans.map(([words, type]) => at(text, words, type));
      const out = tagged(text, given);
      expect(out).toContainEqual([lone[0], lone[1], text.lastIndexOf(lone[0])]);
    },
  );

  it.each([
    [
      'another kind of name (MISC)',
      'Korvex Capital Partners bought the mill. Korvex paid in cash.',
      'Korvex Capital Partners',
      'ORG',
      'Korvex',
      'MISC',
    ],
    [
      'a body where the person is named in full',
      'Ann Roe won the seat. Roe thanked her staff.',
      'Ann Roe',
      'PER',
      'Roe',
      'ORG',
    ],
  ] as Array<[string, string, string, NerSpan['type'], string, NerSpan['type']]>)(
    'retypes a lone word the tagger read as %s',
    (_why, text, full, kind, word, read) => {
      const lone = { start: text.lastIndexOf(word), end: text.lastIndexOf(word) + word.length, type: read };
      expect(tagged(text, [at(text, full, kind), lone])).toEqual([
        [full, kind, 0],
        [word, kind, lone.start],
      ]);
    },
  );

  it.each([
    [
      'a word of the language',
      'General Velt Industries hired staff. General interest grew.',
      'General Velt Industries',
      'ORG',
    ],
    ['a people that names the body', 'The Irish Velt Trust met. Irish voters stayed home.', 'Irish Velt Trust', 'ORG'],
    ['a people, listed', 'The Kenyan Velt Trust met. Kenyan voters stayed home.', 'Kenyan Velt Trust', 'ORG'],
    ['a place that names the body', 'The Chicago Velt Club met. Chicago was cold.', 'Chicago Velt Club', 'ORG'],
    [
      'a word inside a longer name',
      'Korvex Capital Partners grew. Korvex Motors did not.',
      'Korvex Capital Partners',
      'ORG',
    ],
    ['a word after an initial', 'Korvex Capital Partners grew. J. Korvex did not.', 'Korvex Capital Partners', 'ORG'],
    ['a name of one word', 'Korvex grew. Korvex hired.', 'Korvex', 'ORG'],
  ] as Array<[string, string, string, NerSpan['type']]>)('no short form: %s', (_why, text, words, type) => {
    expect(tagged(text, [at(text, words, type)])).toEqual([[words, type, text.indexOf(words)]]);
  });

  it("a word that is one body's first and one person's last stays untagged alone", () => {
    const text = 'Hale Velt Holdings hired Tom Hale. Hale spoke.';
    const spans = [at(text, 'Hale Velt Holdings', 'ORG'), at(text, 'Tom Hale', 'PER')];
    expect(tagShortForms(text, spans)).toEqual(spans);
  });

  it('the extractor names the body where the report writes it by its first word', () => {
    const text =
      'The Velt Group is selling its truck unit to Mirrow Capital Management for $2 billion. ' +
      'Mirrow has agreed to take on the unit’s pension costs.';
    const lone = extractEntities(text).find((m) => m.start === text.lastIndexOf('Mirrow'));
    expect(lone).toMatchObject({ type: 'organization' });
  });
});
