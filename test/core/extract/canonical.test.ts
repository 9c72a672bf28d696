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

describe('the full name a one-word person mention stands for', () => {
  it.each([
    // a headline's run of capitals opening with the word loses to the name ending on it, even one written later
    ['Velt Sees Gains. Velt spoke first, then Corin Velt arrived.', 'Velt', 1, 'Corin Velt'],
    // of two names ending on the word, the latest before the mention
    ['Ann Velt and Bo Velt met. Velt left.', 'Velt', 2, 'Bo Velt'],
    // no name ends on it: the name that opens with it (a first name)
    ['Marisa Quell won. Marisa thanked the crowd.', 'Marisa', 1, 'Marisa Quell'],
  ] as const)('%j: mention %j number %i stands for %j', (text, word, nth, full) => {
    const names = [...text.matchAll(/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/gu)].map((m) => m[0]);
    const fulls = names.map((name) => mention(text, name, 'person'));
    const alone = mention(text, word, 'person', nth);
    const out = joinMentions(text, [...fulls, alone]);
    expect(out.find((m) => m.start === alone.start)?.text).toBe(full);
  });
});
