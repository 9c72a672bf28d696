import { describe, expect, it } from 'vitest';
import { SpeakerResolver } from '../../../../src/core/extract/quotes/resolveSpeaker.js';
import type { EntityMention } from '../../../../src/core/types.js';
import { mentionIn } from '../../../helpers/quotes.js';

/** A person mention of `text` at its first place in `body`, read from `surface` there. */
function person(body: string, text: string, surface = text): EntityMention {
  return mentionIn(body, text, surface, 'person');
}

/** A table row's check: with no tagger mentions, `surface` at its last place in `body` resolves to `expected`. */
function resolvesTo(_label: string, body: string, surface: string, expected: string): void {
  expect(new SpeakerResolver(body, []).resolve(surface, body.lastIndexOf(surface))).toBe(expected);
}

describe('SpeakerResolver: the word that opens a sentence is not part of a name', () => {
  const body = 'Marco Rubio spoke first. Does Rubio oppose it? As Johnson said, it will pass. Rubio said no.';
  it.each([
    ['a question opener the tagger took in', [person(body, 'Does Rubio')], 'Rubio', 'Marco Rubio'],
    ['a conjunction the tagger took in', [person(body, 'As Johnson')], 'Johnson', 'Johnson'],
    ['leading punctuation', [person(body, '” Rubio', 'Rubio')], 'Rubio', 'Marco Rubio'],
    ['a lower-case word and a dash before it', [person(body, 'be!— Rubio', 'Rubio')], 'Rubio', 'Marco Rubio'],
    [
      'a headline read as one person',
      [person(body, 'Marco Rubio Spoke First On Monday Night', 'Rubio')],
      'Rubio',
      'Marco Rubio',
    ],
  ])('%s', (_label, entities, surface, expected) => {
    const resolver = new SpeakerResolver(body, entities);
    expect(resolver.speakerOf(entities[0], surface, body.lastIndexOf(surface))).toBe(expected);
  });

  it.each([
    ['a first name that is also a verb stays', 'Will Hurd spoke. Hurd said no.', 'Hurd', 'Will Hurd'],
    [
      'a first name that is also a faith stays',
      'Army Capt. Christian Pardo said no.',
      'Christian Pardo',
      'Christian Pardo',
    ],
    [
      'an opener before a surname is dropped',
      'Gary Johnson spoke. Neither Johnson said no.',
      'Johnson',
      'Gary Johnson',
    ],
    ['a two-word name as written stands', 'Ann Dole spoke. Bill Dole said no.', 'Bill Dole', 'Bill Dole'],
  ])('%s', resolvesTo);

  it('a pronoun skips a word the tagger took for a person', () => {
    const text = 'Brian Fallon answered at once. As the aide, he said no.';
    const entities = [person(text, 'Brian Fallon'), person(text, 'As')];
    expect(new SpeakerResolver(text, entities).resolve('he', text.indexOf('he said'))).toBe('Brian Fallon');
  });
});

describe('SpeakerResolver: a surname named only at the start of a longer run of capitals', () => {
  it.each([
    ['a show named after its host', 'She spoke on The Rachel Maddow Show. Maddow said no.', 'Maddow', 'Rachel Maddow'],
    ['a title-case headline', 'Salma Hayek Described Her Experience. Hayek said no.', 'Hayek', 'Salma Hayek'],
    [
      'a full name ending in the surname comes first',
      'Bill Maddow spoke. The Rachel Maddow Show aired. Maddow said no.',
      'Maddow',
      'Bill Maddow',
    ],
    [
      'a run of titles too long for a name ends on the name',
      'Senate Intelligence Ranking Democrat Dianne Feinstein spoke. Feinstein said no.',
      'Feinstein',
      'Dianne Feinstein',
    ],
    ['a surname named nowhere else stays as written', 'The Rachel Maddow Show aired. Hayek said no.', 'Hayek', 'Hayek'],
  ])('%s', resolvesTo);
});

describe('SpeakerResolver: a pronoun stands for someone named outside the quotations', () => {
  const text = 'Dianne Feinstein was asked. “I know nothing about Jake Sullivan,” she said.';
  const entities = [person(text, 'Dianne Feinstein'), person(text, 'Jake Sullivan')];
  const quote = { start: text.indexOf('“'), end: text.indexOf('”') + 1 };
  it.each([
    ['the person named inside the quotation is skipped', [quote], 'Dianne Feinstein'],
    ['without the quotations the last person stands', [], 'Jake Sullivan'],
  ])('%s', (_label, quoted, expected) => {
    const resolver = new SpeakerResolver(text, entities, quoted);
    expect(resolver.resolve('she', text.indexOf('she said'))).toBe(expected);
  });
});

describe('SpeakerResolver: a name the tagger cut short is read as written', () => {
  it.each([
    ['a surname after it', 'Former secretary Hillary Rodham Clinton: no.', 'Hillary Rodham', 'Hillary Rodham Clinton'],
    ['a first name before it, after a verb', 'It worries us, said Khin Zaw Win on Monday.', 'Zaw Win', 'Khin Zaw Win'],
    [
      'not a word that opens the sentence',
      'Nobody came. Yesterday Laura Cooper said no.',
      'Laura Cooper',
      'Laura Cooper',
    ],
    ['not a word that is no name', 'It was Laura Cooper On Monday.', 'Laura Cooper', 'Laura Cooper'],
    [
      'not a role’s field after "for"',
      'European Commissioner for Competition Ysolde Velt said so.',
      'Ysolde Velt',
      'Ysolde Velt',
    ],
    ['not a role’s field after "of"', 'Minister of Defense Ann Roe said so.', 'Ann Roe', 'Ann Roe'],
  ])('%s', (_label, body, name, expected) => {
    const entities = [person(body, name)];
    expect(new SpeakerResolver(body, entities).speakerOf(entities[0], name, body.indexOf(name))).toBe(expected);
  });
});

describe('SpeakerResolver: a party tag stands for the name written right before it', () => {
  it.each([
    ['the tagger missed the name', 'Senate Majority Leader Mitch McConnell, R-Ky., spoke.', 'Mitch McConnell'],
    ['a name in brackets before', 'Then Rep. Gwen Moore (D-Wis.) spoke.', 'Gwen Moore'],
    ['no name before the tag', 'The leader of the party, R-Ky., spoke.', 'R-Ky'],
  ])('%s', (_label, body, expected) => {
    const tag = /[RD]-\p{Lu}[\p{L}]+/u.exec(body)!;
    const entity = { text: tag[0], type: 'person', surface: tag[0], start: tag.index, end: tag.index + tag[0].length };
    const resolver = new SpeakerResolver(body, [entity as EntityMention]);
    expect(resolver.speakerOf(entity as EntityMention, tag[0], tag.index)).toBe(expected);
  });
});
