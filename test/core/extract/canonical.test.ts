import { describe, expect, it } from 'vitest';
import { joinMentions } from '../../../src/core/extract/entities/canonical.js';
import type { EntityMention, EntityType } from '../../../src/core/types.js';

/** A mention of the `nth` time `surface` is written in `text`. */
function mention(text: string, surface: string, type: EntityType, nth = 0): EntityMention {
  let start = text.indexOf(surface);
  for (let i = 0; i < nth; i++) start = text.indexOf(surface, start + 1);
  return { text: surface, type, surface, start, end: start + surface.length };
}

describe('the surname of a person named in full before', () => {
  it('is that person, whatever kind the tagger gave the word alone', () => {
    const text = 'Ann Roe threw for two scores. Roe ran for a third.';
    const out = joinMentions(text, [mention(text, 'Ann Roe', 'person'), mention(text, 'Roe', 'organization', 1)]);
    expect(out.map((m) => [m.surface, m.type, m.text])).toEqual([
      ['Ann Roe', 'person', 'Ann Roe'],
      ['Roe', 'person', 'Ann Roe'],
    ]);
  });

  it.each([
    // the body is named before the person: the word alone keeps its kind
    ['Roe said on Monday that Ann Roe would leave.', 'Roe', 0],
    // a word that is not the person's surname
    ['Ann Roe flew to Velmont. Velmont said yes.', 'Velmont', 1],
  ] as const)('negative: %j keeps %j a body', (text, word, nth) => {
    const person = mention(text, 'Ann Roe', 'person');
    const body = mention(text, word, 'organization', nth);
    const out = joinMentions(text, [person, body]);
    expect(out.find((m) => m.start === body.start)?.type).toBe('organization');
  });
});
