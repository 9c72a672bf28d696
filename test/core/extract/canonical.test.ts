import { describe, expect, it } from 'vitest';
import { companyFullNames, joinMentions, oneWordKinds } from '../../../src/core/extract/entities/canonical.js';
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

describe('surnames the tagger missed', () => {
  it('are found for every person named in full, in whatever order they come back', () => {
    const text = 'Ann Roe, Tom Hale and Ida Berg met on Monday. Berg spoke first, then Hale, then Roe and Berg again.';
    const people = ['Ann Roe', 'Tom Hale', 'Ida Berg'].map((name) => mention(text, name, 'person'));
    const out = joinMentions(text, people).filter((m) => !m.surface?.includes(' '));
    expect(out.map((m) => [m.surface, m.text, text.slice(m.start, m.end)])).toEqual([
      ['Berg', 'Ida Berg', 'Berg'],
      ['Hale', 'Tom Hale', 'Hale'],
      ['Roe', 'Ann Roe', 'Roe'],
      ['Berg', 'Ida Berg', 'Berg'],
    ]);
  });

  it('where two surnames could be read at one place, the one of the person named first is', () => {
    // the tagger took the possessive into the second full name: "Hale’s" is a surname of its own
    const text = 'Tom Hale spoke. Ida Hale’s plan won. Later Hale’s aide left.';
    const people = [mention(text, 'Tom Hale', 'person'), mention(text, 'Ida Hale’s', 'person')];
    const later = text.lastIndexOf('Hale');
    const found = joinMentions(text, people).find((m) => m.start === later);
    expect([found?.surface, found?.text]).toEqual(['Hale', 'Tom Hale']);
  });

  it.each([
    ['a surname inside a longer word', 'Ann Roe spoke. Roebuck left.'],
    ['a surname of two letters', 'Bo Li spoke. Li left.'],
  ])('negative: %s is no mention', (_, text) => {
    const out = joinMentions(text, [mention(text, text.split('.')[0]!.replace(/ spoke$/, ''), 'person')]);
    expect(out).toHaveLength(1);
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

describe('a surname with its particle opening a sentence', () => {
  it.each([
    ['Tom de Varga spoke. De Varga said no.', 'Tom de Varga', 'De Varga', 'Tom de Varga'],
    ['Ann van Orel spoke. Van Orel said no.', 'Ann van Orel', 'Van Orel', 'Ann van Orel'],
    // another surname with the same particle is someone else
    ['Tom de Varga spoke. De Lisle said no.', 'Tom de Varga', 'De Lisle', 'De Lisle'],
    // a name of two capitalised words is no particle's
    ['Tom de Varga spoke. Dean Varga said no.', 'Tom de Varga', 'Dean Varga', 'Dean Varga'],
  ] as const)('%j: %j stands for %j', (text, fullName, written, full) => {
    const out = joinMentions(text, [mention(text, fullName, 'person'), mention(text, written, 'person')]);
    expect(out.find((m) => m.surface === written)?.text).toBe(full);
  });
});

describe('a one-word person with no full name in the report', () => {
  const kindOf = (text: string, mentions: EntityMention[], at: EntityMention) =>
    joinMentions(text, mentions).find((m) => m.start === at.start)?.type;

  it.each([
    // read as a body elsewhere in the report: the body
    ['Velmont has bought two planes. Velmont say the deal is done.', 'Velmont', 'organization', 'organization'],
    // the word opens a longer body's name
    ['Velmont Airlines grew. Velmont say the deal is done.', 'Velmont Airlines', 'organization', 'organization'],
    ['Ardena City grew. Ardena voted on Monday.', 'Ardena City', 'place', 'place'],
  ] as const)('%j: the word read as a person takes the kind of %j', (text, other, otherType, expected) => {
    const body = mention(text, other, otherType);
    const alone = mention(text, other.split(' ')[0]!, 'person', 1);
    expect(kindOf(text, [body, alone], alone)).toBe(expected);
  });

  it('the word before a company\'s legal form names the company too ("K and V Velmont Inc" → "Velmont")', () => {
    const text = 'Clients went to K and V Velmont Inc offices. Velmont said sales rose.';
    const body = mention(text, 'K and V Velmont Inc', 'organization');
    const alone = mention(text, 'Velmont', 'person', 1);
    expect(kindOf(text, [body, alone], alone)).toBe('organization');
  });

  it.each([
    // never read as anything else: stays a person
    ['Velmont has bought two planes. Velmont say the deal is done.', [] as string[]],
    // a longer name, typed as a body by mistake, ends in a given name and the word: a full name
    ['Ranking Democrat Ann Velmont spoke. Velmont said no. Velmont voted.', ['Ranking Democrat Ann Velmont']],
  ] as const)('negative: %j keeps the word a person', (text, bodies) => {
    const others = bodies.map((b) => mention(text, b, 'organization'));
    const alone = mention(text, 'Velmont', 'person', others.length ? 2 : 1);
    const body = others.length ? [mention(text, 'Velmont', 'place', 1)] : [];
    expect(kindOf(text, [...others, ...body, alone], alone)).toBe('person');
  });
});

describe("a longer person opening with a company's name", () => {
  const text = 'Velmont will cut the Velmont Aspen from production. Velmont said sales fell.';

  it("is the company's product: dropped, and the company's lone name is not joined to it", () => {
    const out = joinMentions(text, [
      mention(text, 'Velmont', 'organization'),
      mention(text, 'Velmont Aspen', 'person'),
      mention(text, 'Velmont', 'person', 2),
    ]);
    expect(out.map((m) => [m.surface, m.type, m.text])).toEqual([
      ['Velmont', 'organization', 'Velmont'],
      ['Velmont', 'organization', 'Velmont'],
    ]);
  });

  it.each([
    // a given name first: a person who shares the word
    ['Ann Roe Ltd grew. Ann Roe said yes.', 'Ann Roe Ltd', 'Ann Roe'],
    // the word is never a company in the report
    ['Velmont Aspen said sales fell.', null, 'Velmont Aspen'],
  ] as const)('negative: %j (company %j) keeps %j a person', (sample, body, person) => {
    const mentions = [
      ...(body ? [mention(sample, body, 'organization')] : []),
      mention(sample, person, 'person', body ? 1 : 0),
    ];
    const out = joinMentions(sample, mentions);
    expect(out.find((m) => m.text === person)?.type).toBe('person');
  });
});

describe('"a" or "an" before a one-word person', () => {
  const kept = (text: string, word: string, full: string[]) => {
    const fulls = full.map((name) => mention(text, name, 'person'));
    const alone = mention(text, word, 'person', full.length);
    return joinMentions(text, [...fulls, alone]).some((m) => m.start === alone.start);
  };

  it('with no full name in the report: a thing named after someone, not a person', () => {
    expect(kept('The film earned an Orwell nomination.', 'Orwell', [])).toBe(false);
  });

  it.each([
    // a person named in full: "a Roe victory" is that person's
    ['Ann Roe ran again, and a Roe victory seemed near.', 'Roe', ['Ann Roe']],
    // no article
    ['The film earned Orwell a nomination.', 'Orwell', []],
  ])('negative: %j keeps %j', (text, word, full) => {
    expect(kept(text, word, full)).toBe(true);
  });
});

describe('a body named by its head word alone', () => {
  const named = (text: string, bodies: string[], word: string) => {
    const at = text.lastIndexOf(word);
    const alone: EntityMention = { text: word, type: 'organization', surface: word, start: at, end: at + word.length };
    const mentions = [...bodies.map((b) => mention(text, b, 'organization')), alone];
    return joinMentions(text, mentions).find((m) => m.start === at)?.text;
  };

  it.each([
    ['The Bank of Ardena raised rates. The Bank said prices rose.', ['Bank of Ardena'], 'Bank', 'Bank of Ardena'],
    ['The Velmont Ministry spoke first. The Ministry said no.', ['Velmont Ministry'], 'Ministry', 'Velmont Ministry'],
  ])('%j: %j → %j', (text, bodies, word, full) => {
    expect(named(text, bodies, word)).toBe(full);
  });

  it.each([
    // two bodies of that head: which one is meant is not known
    [
      'The Ministry of Finance and the Velmont Ministry met. The Ministry said no.',
      ['Ministry of Finance', 'Velmont Ministry'],
      'Ministry',
    ],
    // not a body's head word: a company's short name stays as written
    ['Velmont Airlines grew. Velmont said so.', ['Velmont Airlines'], 'Velmont'],
  ])('negative: %j keeps %j', (text, bodies, word) => {
    expect(named(text, bodies, word)).toBe(word);
  });
});

describe("a company's own name and its full name", () => {
  const fullNames = (names: string[], type: EntityType = 'organization') =>
    companyFullNames(names.map((name) => ({ text: name, type, surface: name, start: 0, end: name.length })));

  it.each([
    [['Velmont Motor Company'], 'Velmont', 'Velmont Motor Company'],
    [['Velmont Motor Company'], 'Velmont Motor', 'Velmont Motor Company'],
    [['Korvex LLC'], 'Korvex', 'Korvex LLC'],
    [['Ardenco Inc.'], 'Ardenco', 'Ardenco Inc.'],
    [['Velmont Airlines'], 'Velmont', 'Velmont Airlines'],
    // two spellings of one company: the longer
    [['Korvex Motors Corp.', 'Korvex Motors'], 'Korvex', 'Korvex Motors Corp.'],
    [['Korvex Motors Corp.', 'Korvex Motors'], 'Korvex Motors', 'Korvex Motors Corp.'],
  ])('%j: %j → %j', (names, own, full) => {
    expect(fullNames(names).get(own)).toBe(full);
  });

  it.each([
    // two companies of that name: which one is meant is not known
    [['Velmont Motors', 'Velmont Group'], 'Velmont'],
    // more than a legal form or a company's word after the name
    [['Korvex Travel'], 'Korvex'],
    // a place's name is no short form of the company named after it
    [['Singapore Airlines'], 'Singapore'],
    // the full name itself
    [['Korvex LLC'], 'Korvex LLC'],
  ])('negative: %j gives %j no full name', (names, own) => {
    expect(fullNames(names).has(own)).toBe(false);
  });

  it('negative: a person is no company', () => {
    expect(fullNames(['Ann Group'], 'person').size).toBe(0);
  });
});

describe('a known place written in capitals', () => {
  const placeText = (text: string, name: string) =>
    joinMentions(text, [mention(text, name, 'place')]).find((m) => m.surface === name)?.text;

  it.each([
    ['LONDON, May 4 - Shares fell.', 'LONDON', 'London'],
    ['Trading in NEW YORK was quiet.', 'NEW YORK', 'New York'],
  ])('%j: %j is %j', (text, name, expected) => {
    expect(placeText(text, name)).toBe(expected);
  });

  it.each([
    // four letters or fewer may be an acronym
    ['OSLO, May 4 - Talks ended.', 'OSLO'],
    // not a place the word lists know
    ['VELMONT, May 4 - Talks ended.', 'VELMONT'],
    // written as running text writes it
    ['London, May 4 - Shares fell.', 'London'],
  ])('negative: %j keeps %j', (text, name) => {
    expect(placeText(text, name)).toBe(name);
  });
});

describe('one kind for a one-word body or place within a report', () => {
  const kinds = (readings: Array<[string, EntityType]>) =>
    oneWordKinds(readings.map(([name, type]) => ({ text: name, type, surface: name, start: 0, end: name.length })));

  it.each([
    [
      [
        ['Velmont', 'organization'],
        ['Velmont', 'organization'],
        ['Velmont', 'place'],
      ],
      'organization',
    ],
    [
      [
        ['Ardena', 'place'],
        ['Ardena', 'place'],
        ['Ardena', 'organization'],
      ],
      'place',
    ],
  ] as Array<[Array<[string, EntityType]>, EntityType]>)('%j: the kind read most often', (readings, kind) => {
    expect(kinds(readings).get(readings[0]![0])).toBe(kind);
  });

  it.each([
    // as often one kind as the other: which one is meant is not known
    [
      [
        ['Velmont', 'organization'],
        ['Velmont', 'place'],
      ],
    ],
    // one kind only: nothing to change
    [
      [
        ['Velmont', 'organization'],
        ['Velmont', 'organization'],
      ],
    ],
    // a longer name the word opens does not count ("Ardena Post" the paper, "Ardena" the place)
    [
      [
        ['Ardena Post', 'organization'],
        ['Ardena Post', 'organization'],
        ['Ardena', 'place'],
      ],
    ],
    // people are left to the full-name rules
    [
      [
        ['Velmont', 'person'],
        ['Velmont', 'person'],
        ['Velmont', 'place'],
      ],
    ],
  ] as Array<[Array<[string, EntityType]>]>)('negative: %j changes no kind', (readings) => {
    expect(kinds(readings).size).toBe(0);
  });
});
