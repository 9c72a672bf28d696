import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/extract/entities/entities.js';
import type { EntityMention } from '../../../src/core/types.js';
import { foundingText } from '../../helpers/fixtures.js';

function find(mentions: EntityMention[], text: string): EntityMention | undefined {
  return mentions.find((m) => m.text === text);
}

describe('extractEntities on the founding report', () => {
  const text = foundingText();
  const mentions = extractEntities(text);

  it.each([
    ['Zakir Hasanov', 'person', 'Minister of Defense of the Republic of Azerbaijan'],
    ['Laura Cooper', 'person', 'US Deputy Assistant Secretary of Defense'],
    ['James Mattis', 'person', 'US Secretary of Defense'],
    // CoNLL-2003's convention, which the tagger learned: the body and the country are two names
    ['Ministry of Defense', 'organization', undefined],
    ['NATO', 'organization', undefined],
    ['Azerbaijan', 'place', undefined],
    ['Afghanistan', 'place', undefined],
    ['United States', 'place', undefined],
  ])('%s is a %s with role %s', (name, type, role) => {
    const mention = find(mentions, name);
    expect(mention?.type).toBe(type);
    if (role) expect(mentions.filter((m) => m.text === name).map((m) => m.role)).toContain(role);
  });

  it('joins partial mentions to the full name and drops honorifics and punctuation', () => {
    const cooper = mentions.filter((m) => m.text === 'Laura Cooper').map((m) => m.surface);
    expect(cooper).toEqual(['Laura Cooper', 'Cooper', 'Cooper']);
    const hasanov = mentions.filter((m) => m.text === 'Zakir Hasanov').map((m) => m.surface);
    expect(hasanov).toContain('Hasanov');
    expect(hasanov).toContain('Minister of Defense');
    expect(mentions.some((m) => m.text.startsWith('Ms') || m.text.endsWith(','))).toBe(false);
  });

  it('keeps offsets that point at the words as written', () => {
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe('extractEntities patterns', () => {
  it.each([
    ['Northrop Grumman CEO Ron Sugar said the bid was strong.', 'Ron Sugar', 'person', 'Northrop Grumman CEO'],
    ['UBS analyst David Strauss said fuel mattered.', 'David Strauss', 'person', 'UBS analyst'],
    [
      'The deal was signed by Laura Cooper, the US Deputy Assistant Secretary of Defense, on Monday.',
      'Laura Cooper',
      'person',
      'US Deputy Assistant Secretary of Defense',
    ],
    [
      'The United States Air Force (USAF) ordered tankers. The USAF paid.',
      'United States Air Force',
      'organization',
      undefined,
    ],
    ['Troops arrived in Mobile, Alabama on Friday.', 'Alabama', 'place', undefined],
    // a name that ends in a body's head word, read as a person by the tagger, is the body
    [
      "General Ada Quill, head of Velmont's Maritime Command, said the first aircraft would fly in May.",
      'Maritime Command',
      'organization',
      undefined,
    ],
    // the post a person is named to
    ['The board appointed Ann Roe as its new chief executive on Monday.', 'Ann Roe', 'person', 'chief executive'],
    [
      "Velmont named Tom Hale as the company's finance director, effective May 1.",
      'Tom Hale',
      'person',
      "company's finance director",
    ],
    // unless a given name comes before that word: a surname that is also a body's head word
    ['Mayor Maria Church said the vote was close.', 'Maria Church', 'person', 'Mayor'],
    // but a company's plural last word ends no person's name, given name or not
    [
      'Shares of Stuart Velmont Pharmaceuticals rose 5 pct.',
      'Stuart Velmont Pharmaceuticals',
      'organization',
      undefined,
    ],
    ['Profits at Marcus Velm Enterprises rose.', 'Marcus Velm Enterprises', 'organization', undefined],
    [
      'The lead manager of the issue is Marcus Velm Freres, dealers said.',
      'Marcus Velm Freres',
      'organization',
      undefined,
    ],
    // a role word opening a body's name is part of it: the body's head word ends the name
    ['In 2012 the Economist Velmont Unit ranked Ardena 32nd.', 'Economist Velmont Unit', 'organization', undefined],
  ])('%s', (text, name, type, role) => {
    const mentions = extractEntities(text);
    const mention = find(mentions, name);
    expect(mention?.type).toBe(type);
    if (role) expect(mention?.role).toBe(role);
  });

  it.each([
    // a headline in title case: two or more common words after the first are no one's name
    ['Tom Makes Bold Move', 'Tom Makes Bold Move'],
    ['Paul Takes Bold Stand', 'Paul Takes Bold Stand'],
  ])('negative: %j is no person', (text, run) => {
    expect(extractEntities(text).filter((m) => m.type === 'person' && m.text === run)).toEqual([]);
  });

  it.each([
    // a second given name and one common word: a name
    ['Mary Rose Young spoke on Monday.', 'Mary Rose Young'],
  ])('%j keeps the person %j', (text, name) => {
    expect(extractEntities(text).find((m) => m.text === name)?.type).toBe('person');
  });

  it('keeps a person whose given name follows a word the tagger took into the name', () => {
    // the tagger reads "Lawmaker Tom Post" as one name: "Tom" still makes it a person
    expect(extractEntities('Lawmaker Tom Post said the vote was close.').map((m) => m.type)).toEqual(['person']);
  });

  it.each([
    // "as" after a name is a post only after a verb that gives one, and only when it names a post
    ['Ann Roe starred as the villain in the film.', undefined],
    ['Police named Tom Hale as a suspect on Monday.', undefined],
  ])('gives no post: %s', (text, role) => {
    expect(extractEntities(text).find((m) => m.type === 'person')?.role).toBe(role);
  });

  it.each([
    // a noun between two people is their verb, not the second one's role
    ['Tom Hale of Ardena beat Ann Roe of Velmont in three sets.', 'Ann Roe', undefined],
    // a team or place before a plain noun keeps it a role
    ['Velmont linebacker Ann Roe was named the best player.', 'Ann Roe', 'Velmont linebacker'],
    // nouns before a role's word say what the role is of, a people's adjective whose
    ['Shares rose after US bank chief Tom Hale spoke.', 'Tom Hale', 'US bank chief'],
    ['German economy minister Ann Roe said no.', 'Ann Roe', 'German economy minister'],
    ['The central bank chief Tom Hale spoke.', 'Tom Hale', 'central bank chief'],
    ['French President Tom Hale spoke.', 'Tom Hale', 'French President'],
    // a time is not what a role is of; a modal is no noun
    ['This morning minister Ann Roe said no.', 'Ann Roe', 'minister'],
    ['They will chief Tom Hale.', 'Tom Hale', 'chief'],
    // the role of an investor or a banker opening the sentence
    ['Investor Tom Hale said he would bid for Velmont.', 'Tom Hale', 'Investor'],
    ['Banker Ann Roe said so.', 'Ann Roe', 'Banker'],
    // "and" inside the name of the body a role is of
    ['Minister of Trade and Industry Tom Hale said prices rose.', 'Tom Hale', 'Minister of Trade and Industry'],
    ['Trade and Industry Minister Ann Roe said no.', 'Ann Roe', 'Trade and Industry Minister'],
    [
      'The Lakeview Ways and Means Committee chairman Tom Hale spoke.',
      'Tom Hale',
      'Lakeview Ways and Means Committee chairman',
    ],
    // "and" between two people, or between two roles
    ['The talks were led by Tom Hale and Finance Minister Ann Roe.', 'Ann Roe', 'Finance Minister'],
    ['The talks were led by Tom Hale and Finance Minister Ann Roe.', 'Tom Hale', undefined],
    [
      'It names Ann Roe as Minister for Finance and Member for Lakeview Tom Hale as whip.',
      'Tom Hale',
      'Member for Lakeview',
    ],
  ])('the role before a name: %s', (text, name, role) => {
    expect(find(extractEntities(text), name)?.role).toBe(role);
  });

  it('does not read the post written right after a name as a second mention of the person', () => {
    const text = "Velmont named Tom Hale as the company's finance director, effective May 1.";
    const people = extractEntities(text).filter((m) => m.type === 'person');
    expect(people.map((m) => m.surface)).toEqual(['Tom Hale']);
  });

  it('resolves an acronym to the name it abbreviates', () => {
    const mentions = extractEntities('The United States Air Force (USAF) ordered tankers. Later the USAF paid.');
    expect(mentions.filter((m) => m.surface === 'USAF').every((m) => m.text === 'United States Air Force')).toBe(true);
  });
});

describe('extractEntities reads only the sentences that may hold a name', () => {
  it.each([
    ['Gorbachev said the talks went well.', 'Gorbachev'],
    ['The talks went well. Officials in Moscow agreed.', 'Moscow'],
    ['prices rose. "We are pleased," said Smith.', 'Smith'],
    ['The company said prices rose. It expects more. Net income fell. Shares of Acme Corp rose.', 'Acme Corp'],
  ])('%s → %s', (text, name) => {
    expect(extractEntities(text).map((m) => m.text)).toContain(name);
  });

  it('keeps the offsets of names after skipped sentences', () => {
    const text = 'The company said prices rose. It expects more. Shares of Acme Corp rose.';
    const acme = extractEntities(text).find((m) => m.text === 'Acme Corp');
    expect(acme && text.slice(acme.start, acme.end)).toBe('Acme Corp');
  });
});

describe('the role after a name ends with its sentence', () => {
  it.each([
    // the next sentence, on the next line or the same one, is not part of the role
    ['"We will go on," said Tom Hale, the chair of Velmont.\nCompany officials agreed on Monday.', 'chair of Velmont'],
    ['"We will go on," said Tom Hale, the chair of Velmont. Company officials agreed on Monday.', 'chair of Velmont'],
    // an abbreviation's period ends nothing
    ['Ann Roe, the U.S. Deputy Secretary of Trade, said no.', 'U.S. Deputy Secretary of Trade'],
  ])('%j → %j', (text, role) => {
    expect(extractEntities(text).find((m) => m.type === 'person')?.role).toBe(role);
  });
});

describe('the role written before a name and a comma, held "of" a noun phrase', () => {
  it.each([
    // what the role is held of may hold lower-case words
    [
      '"We will go on," said the general secretary of the northern union Velworkers, Tom Hale.',
      'Tom Hale',
      'general secretary of the northern union Velworkers',
    ],
    [
      'The chairman of the local harbour board, Ann Roe, opened the meeting.',
      'Ann Roe',
      'chairman of the local harbour board',
    ],
    // a noun before the role's word says what the role is of
    ['Their country director for Velmont, Ann Roe, said the plan works.', 'Ann Roe', 'country director for Velmont'],
    ['The former state senator, Tom Hale, said no.', 'Tom Hale', 'former state senator'],
  ])('%j → %s: %j', (text, name, role) => {
    expect(find(extractEntities(text), name)?.role).toBe(role);
  });

  it.each([
    // a verb among the words is a clause, not what the role is held of
    ['The chairman of the board resigned last week, Ann Roe said.', 'Ann Roe'],
    // no role before "of"
    ['The future of the local harbour board, Ann Roe said, is bright.', 'Ann Roe'],
    // a noun with no role's word after it is no role
    ['In the harbour, Ann Roe said no.', 'Ann Roe'],
  ])('no role: %j', (text, name) => {
    expect(find(extractEntities(text), name)?.role).toBeUndefined();
  });
});

describe('the role of a person in a list of people with their roles', () => {
  it('the role right before the name, not the person and role before the comma', () => {
    const text =
      'It was explained to Velmont Finance Secretary Tom Hale, Velmont Reserve Board chairman Ann Roe and others.';
    const people = extractEntities(text).filter((m) => m.type === 'person');
    expect(find(people, 'Ann Roe')?.role).toBe('Velmont Reserve Board chairman');
  });
});

describe('a person named right after a role written in capitals', () => {
  it.each([
    // the role's last word is not the name's first ("Chief of Staff Tom Hale")
    [
      'The plan was announced by new White House Chief of Staff Tom Hale, who said no.',
      'Tom Hale',
      'White House Chief of Staff',
    ],
    ['Former White House Chief of Staff Peter Abel resigned.', 'Peter Abel', 'Former White House Chief of Staff'],
    // a surname that is also a thing's last word, after a title, is a person's ("Sen. Anna Tower")
    ['The panel headed by former Velmont Sen. Anna Tower said no.', 'Anna Tower', 'former Velmont Sen.'],
    // two or three capitalised words after the body's role are the name, even ones the lexicon does not know
    [
      'Wildlife Service Deputy Head Dang Tovan Lirr said the fires were out.',
      'Dang Tovan Lirr',
      'Wildlife Service Deputy Head',
    ],
    [
      'The fires were out, said Provincial Forest Protection Department Deputy Head Dang Tovan Lirr.',
      'Dang Tovan Lirr',
      'Provincial Forest Protection Department Deputy Head',
    ],
  ])('%j → %s: %j', (text, name, role) => {
    const people = extractEntities(text).filter((m) => m.type === 'person');
    expect(people.map((p) => [p.text, p.role])).toContainEqual([name, role]);
  });

  it("one capitalised word after a role's word is the body's name, not a person", () => {
    const text = 'A Velmont Trade Department Head Office statement said no.';
    expect(extractEntities(text).map((m) => [m.type, m.text])).toEqual([
      ['organization', 'Velmont Trade Department Head Office'],
    ]);
  });

  it("a name ending in a thing's word with no title before it is no person", () => {
    const text = 'The crowd met at the Tom Abel Tower on Monday.';
    expect(extractEntities(text).filter((m) => m.type === 'person')).toEqual([]);
  });

  it.each([
    ['Fans watched Friday Night Velmont on the network.', []],
    ['The cast of Sunday Night Korvex met Ann Roe.', ['Ann Roe']],
    // a name after a weekday, with or without a comma, is still a person
    ['On Monday, Rose Bush spoke.', ['Rose Bush']],
    ['On Monday Guy Forget won in Paris.', ['Guy Forget']],
  ])("a weekday's programme is no person: %s", (text, people) => {
    expect(
      extractEntities(text)
        .filter((m) => m.type === 'person')
        .map((m) => m.text),
    ).toEqual(people);
  });

  it('the words before a comma that name another person are no appositive role', () => {
    const text =
      'After reading the report of the panel headed by former Sen. Tom Tower, Ann Roe is now preparing a reply.';
    const people = extractEntities(text).filter((m) => m.type === 'person');
    expect(find(people, 'Ann Roe')?.role).toBeUndefined();
    expect(find(people, 'Tom Tower')?.role).toBe('former Sen.');
  });
});

describe('the body a role opens with', () => {
  it.each([
    ['Velmont analyst Tom Hale said so.', ['Velmont']],
    // words joined on by "and" are one name with the role's: no body "Trade"
    ['Trade and Industry Minister Ann Roe said no.', []],
    // a listed place the tagger reads as a person before a role and a name is the body the person plays for
    ['Denver linebacker Tom Hale was named the best player.', ['Denver']],
  ])('%s', (text, bodies) => {
    expect(
      extractEntities(text)
        .filter((m) => m.type !== 'person')
        .map((m) => m.text),
    ).toEqual(bodies);
  });

  it("a scorecard's one-letter marks are no role: the bowler stays a person", () => {
    const text = 'Tom Hale c Croft b Denver 176 Ann Roe c Denver b Croft 46';
    const denver = extractEntities(text).filter((m) => m.text === 'Denver');
    expect(denver.map((m) => m.type)).toEqual(['person', 'person']);
  });
});

describe("a place whose last word is a newspaper's or a firm's", () => {
  it('is the newspaper', () => {
    const text = 'The Velmont Street Journal reported it.';
    expect(find(extractEntities(text), 'Velmont Street Journal')?.type).toBe('organization');
  });

  it.each([
    // "bank" ends a place's name too
    ['Troops left the West Bank on Monday.', 'West Bank'],
    // one word: a place may be called that
    ['Ann Roe flew to Post on Monday.', 'Post'],
  ])('negative: %j keeps %j a place', (text, name) => {
    const mention = find(extractEntities(text), name);
    if (mention) expect(mention.type).toBe('place');
    expect(mention).toBeDefined();
  });
});

describe('a role with "for" before its field, then the name', () => {
  it.each([
    [
      'In a reaction, European Commissioner for Competition Ysolde Velt said no.',
      'Ysolde Velt',
      'European Commissioner for Competition',
    ],
    ['A spokesman for Velmont Airlines Tom Hale said no.', 'Tom Hale', 'spokesman for Velmont Airlines'],
  ])('%s', (text, name, role) => {
    const person = extractEntities(text).find((m) => m.type === 'person');
    expect([person?.text, person?.role]).toEqual([name, role]);
  });

  it('negative: the place an envoy is sent for stays a name', () => {
    expect(extractEntities('The special envoy for Sudan arrived.').map((m) => m.text)).toEqual(['Sudan']);
  });
});
