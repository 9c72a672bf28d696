import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../../src/core/extract/entities/entities.js';
import { extractQuotes } from '../../../../src/core/extract/quotes/quotes.js';
import type { EntityMention } from '../../../../src/core/types.js';
import { isRoleOfPhrase } from '../../../../src/core/extract/quotes/speakerPhrase.js';
import { mentionIn, saidBy, speakerOf } from '../../../helpers/quotes.js';

describe('who said a quotation: the name after an inverted cue', () => {
  it.each([
    [
      'a comma before the cue: the name after it, not the object before it',
      'Laura Cooper wants to win. “This will be a challenge” for Cooper, said Madeleine Kunin, a former governor.',
      'a challenge',
      'Madeleine Kunin',
    ],
    [
      'the paraphrase names someone last',
      '“It seems extremely unlikely” that Bernie Sanders can catch Hillary Clinton, said Steve Elmendorf.',
      'extremely unlikely',
      'Steve Elmendorf',
    ],
    [
      'no comma: the subject before the cue',
      '“It is over now” was what Laura Cooper said on Monday about the vote in the county.',
      'It is over',
      'Laura Cooper',
    ],
  ])('%s', saidBy);

  it('"says of Ann Roe,": a name after "of" is what the speaker talks about, not the speaker', () => {
    const text =
      'Tom Hale spoke next. The Lakeview mayor says of Ann Roe, “If she gets the chance, she will sell the ' +
      'harbour to the highest bidder.”';
    const quote = extractQuotes(text, extractEntities(text)).find((q) => q.text.includes('highest bidder'));
    expect(quote?.speaker).not.toBe('Ann Roe');
    expect(quote?.speakerSurface).toBe('The Lakeview mayor');
  });
});

describe('who said a quotation: the phrase after the cue and the participle after a short quotation', () => {
  it.each([
    [
      'the name after the cue ends at its sentence',
      'Kelly Ayotte refunded the money. “The campaign has refunded the contributions,” said campaign manager ' +
        'Jon Kohan. Kelly Ayotte called on others to follow.',
      'has refunded',
      'Jon Kohan',
    ],
    [
      'a title that ends with a full stop does not end the phrase',
      '“We will not comment on the exercise,” said Pentagon spokesman Navy Capt. Tom Berg.',
      'comment on the exercise',
      'Tom Berg',
    ],
    [
      'a participle after a comma that closes a short quotation',
      'Tom Berg mocked the TV “expert,” saying, “An expert who argues for a fee!”',
      'argues for a fee',
      'Tom Berg',
    ],
  ])('%s', saidBy);

  it('no participle: a short quotation without a cue has no speaker', () => {
    const text = 'Tom Berg mocked the TV “expert.” “An expert who argues for a fee!”';
    expect(speakerOf(text, 'argues for a fee') ?? null).toBeNull();
  });
});

describe('who said a quotation: the sentence before it, "according to", a time before the verb', () => {
  it.each([
    [
      'a sentence that ends on its cue before the quotation',
      'Laura Cooper agreed. “Local farmers are running short of water for the summer.”',
      'running short of water',
      'Laura Cooper',
    ],
    [
      'a cue and a filler before the full stop',
      'Tom Berg said in a statement. “We have no spare beds left in this hospital.”',
      'no spare beds',
      'Tom Berg',
    ],
    [
      'a day between the subject and the verb',
      'Tom Berg later Thursday told local radio: “The two sides will sit down next week to settle it.”',
      'sit down next week',
      'Tom Berg',
    ],
  ])('%s', saidBy);

  it.each([
    [
      'a sentence that ends without a cue',
      'Laura Cooper left the room. “Local farmers are running short of water for the summer.”',
      'running short of water',
    ],
    [
      'the cue sentence is in the paragraph before',
      'Laura Cooper agreed.\n\n“Local farmers are running short of water for the summer.”',
      'running short of water',
    ],
  ])('no speaker: %s', (_label, text, words) => {
    expect(speakerOf(text, words) ?? null).toBeNull();
  });
});

describe('who said a quotation: a role the tagger tied to the person it names', () => {
  const text =
    'Anna Holt, the press director for the Ohio Farmers Union said in a statement. “We have no ' +
    'spare seats to sell.”';
  const mention = (name: string, surface: string, type: EntityMention['type']) => mentionIn(text, name, surface, type);
  const party = mention('Ohio Farmers Union', 'Ohio Farmers Union', 'organization');
  it.each([
    [
      'the role before the organisation stands for the person',
      [mention('Anna Holt', 'press director for', 'person'), party],
      'Anna Holt',
    ],
    ['without it, no name: the organisation is where the role is held, not who spoke', [party], null],
  ])('%s', (_label, entities, speaker) => {
    expect(extractQuotes(text, entities).find((q) => q.text.includes('spare seats'))?.speaker).toBe(speaker);
  });

  it('without it, the role as written stands for the speaker', () => {
    const quote = extractQuotes(text, [party]).find((q) => q.text.includes('spare seats'));
    expect(quote?.speakerSurface).toBe('the press director for the Ohio Farmers Union');
  });
});

describe('who said a quotation: the cue nearest it and the person a cue follows', () => {
  it.each([
    [
      'a word that is also a cue earlier in the sentence is not the cue',
      'In a talk with reporter Laura Cooper, Tom Berg said he welcomed the trial in the capital ' +
        'and added, “I will answer every charge, no doubt at all.”',
      'answer every charge',
      'Tom Berg',
    ],
    [
      'the first person of the sentence when no cue follows a name',
      'After the vote Laura Cooper thanked Tom Berg and added, “We will be back next year with more.”',
      'back next year',
      'Laura Cooper',
    ],
  ])('%s', saidBy);
});

describe('who said a quotation: the name before an appositive or an organisation', () => {
  it.each([
    [
      'someone named in the appositive is not the speaker',
      'Laura Cooper spoke first. “I can tell you it has lifted the whole town,” said Hollis, a Cooper backer.',
      'lifted the whole',
      'Hollis',
    ],
    [
      'a name, then where the speaker works',
      '“It was the best deal on the table for all,” Mr. Morgan of the Wildlife Trust said.',
      'best deal on',
      'Morgan',
    ],
    [
      'the organisation alone speaks',
      '“It was the best deal on the table for all,” the Wildlife Trust said.',
      'best deal on',
      'Wildlife Trust',
    ],
  ])('%s', saidBy);
});

describe('who said a quotation: a participle phrase that ends on a comma before it', () => {
  it.each([
    [
      'words between the participle and the comma',
      'In an interview, Al Gore said it was “too early” to pick a side while adding on energy ' +
        'policy, “I have no worry at all that her plan is the sound one.”',
      'no worry',
      'Al Gore',
    ],
  ])('%s', saidBy);

  it('no participle: a comma alone says nothing', () => {
    const text = 'In an interview, Al Gore was asked about energy policy, “the question of the decade.”';
    expect(speakerOf(text, 'question of the decade') ?? null).toBeNull();
  });
});

describe('who said a quotation: the one a cue verb follows, whatever the tagger typed it', () => {
  const text =
    'In a 2014 interview with a magazine, Gore said it was “too early” to pick Clinton’s campaign ' +
    'while adding on energy policy, “I have no worry at all that her plan is the sound one.”';
  const mention = (name: string, surface: string, type: EntityMention['type']) => mentionIn(text, name, surface, type);
  it.each([
    [
      'an organisation a cue follows comes before a person',
      [mention('Gore', 'Gore', 'organization'), mention('Hillary Clinton', 'Clinton', 'person')],
      'Gore',
    ],
    ['no cue after it: the first person', [mention('Hillary Clinton', 'Clinton', 'person')], 'Hillary Clinton'],
  ])('%s', (_label, entities, speaker) => {
    expect(extractQuotes(text, entities).find((q) => q.text.includes('no worry'))?.speaker).toBe(speaker);
  });
});

describe('who said a quotation: a paragraph of quotation before one signed after it', () => {
  it.each([
    [
      'the next paragraph opens with a quotation signed after it',
      'Tom Berg is upbeat.\n\n“Not only can she win the seat, she is the one the voters trust.”\n\n' +
        '“She could be the one person able to hold the county,” Tom Berg notes.',
      'Not only can she',
      'Tom Berg',
    ],
    [
      'narration between the paragraphs',
      'Tom Berg is upbeat.\n\n“Not only can she win the seat, she is the one the voters trust.”\n\n' +
        'The race goes on.\n\n“She could be the one person able to hold the county,” Tom Berg notes.',
      'Not only can she',
      null,
    ],
    [
      'the quotation does not open its paragraph',
      'Tom Berg is upbeat. Voters like the line “she is the one the voters trust and they like her.”\n\n' +
        '“She could be the one person able to hold the county,” Tom Berg notes.',
      'one the voters trust',
      null,
    ],
  ])('%s', (_label, text, words, speaker) => {
    expect(speakerOf(text, words) ?? null).toBe(speaker);
  });
});

describe('who said a quotation: a clause of its own after it is not its attribution', () => {
  it.each([
    [
      'a subordinate clause after the quotation',
      'The ad ends with a clip of Tom Berg saying at the forum last week, “That makes me careful,” when ' +
        'Laura Cooper blasted him for not paying rent.',
      'makes me careful',
      'Tom Berg',
    ],
    [
      'a plain attribution after the quotation',
      '“That makes me careful,” Laura Cooper said of him on Monday.',
      'makes me careful',
      'Laura Cooper',
    ],
  ])('%s', saidBy);
});

describe('who said a quotation: words introduced as someone’s', () => {
  it.each([
    [
      'a possessor, a noun of saying and a colon',
      'Aides say the former mayor will back Laura Cooper. From Tom Berg’s Facebook post: “For the good of our ' +
        'town, we must move on.”',
      'good of our town',
      'Tom Berg',
    ],
    [
      'a possessor in a phrase before a comma',
      'The fair was held there because, in Laura Cooper’s words, “they are the most welcoming towns around.”',
      'most welcoming',
      'Laura Cooper',
    ],
    [
      'a possessor of something that is not said',
      'The fair was held in Laura Cooper’s home town, “the most welcoming town in the region today.”',
      'most welcoming',
      null,
    ],
  ])('%s', (_label, text, words, speaker) => {
    expect(speakerOf(text, words) ?? null).toBe(speaker);
  });
});

describe('who said a quotation: a dash and a name in the next paragraph', () => {
  it.each([
    [
      'a signature paragraph after the quotation',
      'quotable.\n\n"The whole point of it is something we talk about every single day."\n\n' + '-Anna Holt, Dayton.',
      'whole point',
      'Anna Holt',
    ],
    [
      'a title before the name',
      '"Great speech. She is tested. She is ready. She never quits."\n\n-President Barack Obama, tweeting.',
      'Great speech',
      'Barack Obama',
    ],
    [
      'no dash: the next paragraph is narration',
      '"The whole point of it is something we talk about every single day."\n\nAnna Holt went home.',
      'whole point',
      null,
    ],
    [
      'the quotation goes on in its paragraph',
      '"The whole point of it is something we talk about," she wrote\n\n-Anna Holt, Dayton.',
      'whole point',
      null,
    ],
  ])('%s', (_label, text, words, speaker) => {
    expect(speakerOf(text, words) ?? null).toBe(speaker);
  });
});

describe('who said a quotation: a name after "according to" the tagger missed or took for a place', () => {
  const text =
    'Rush Limbaugh spoke on his show. According to Limbaugh, “If it was left up to her, she would not have ' +
    'time to say anything.”';
  const person = mentionIn(text, 'Rush Limbaugh', 'Rush Limbaugh', 'person');
  const place = mentionIn(text, 'Limbaugh', 'Limbaugh', 'place', text.lastIndexOf('Limbaugh'));
  it.each([
    ['no entity there: the written name', [person], 'Rush Limbaugh'],
    ['a place with the surname of a person the report names', [person, place], 'Rush Limbaugh'],
    ['a place and no such person', [place], null],
  ])('%s', (_label, entities, speaker) => {
    const found = extractQuotes(text, entities).find((q) => q.text.includes('left up to her'));
    expect(found?.speaker ?? null).toBe(speaker);
  });
});

describe('who said a quotation: a capitalised word in mid-sentence is no cue verb', () => {
  it.each([
    [
      'a name that is also a verb',
      '“If there had not been that rescue” by the United States, NATO and its allies, Laura Cooper ' +
        'said at a town hall on Monday.',
      'not been that rescue',
      'Laura Cooper',
    ],
  ])('%s', (_label, text, words, speaker) => {
    expect(speakerOf(text, words) ?? null).toBe(speaker);
  });
});

describe('who said a quotation: a participle with no comma before it', () => {
  it.each([
    [
      'a participle after a place the subject wrote in',
      'Laura Cooper replied to the critics on Facebook writing, “Of course I will. That was a clumsy thing to say.”',
      'clumsy thing',
      'Laura Cooper',
    ],
    [
      'quoted as saying',
      'Laura Cooper was quoted as saying “we will not back down on this issue at all.”',
      'back down',
      'Laura Cooper',
    ],
  ])('%s', (_label, text, words, speaker) => {
    expect(speakerOf(text, words) ?? null).toBe(speaker);
  });
});

describe('who said a quotation: the one who opens the sentence with an appositive', () => {
  const text =
    'Huma Abedin, vice chairwoman for Clinton’s campaign, emailed supporters on Monday, telling them, “I am a ' +
    'proud Muslim and I will say so.”';
  const mention = (name: string, surface: string, type: EntityMention['type']) => mentionIn(text, name, surface, type);
  it.each([
    [
      'whatever the tagger typed it',
      [mention('Huma Abedin', 'Huma Abedin', 'organization'), mention('Hillary Clinton', 'Clinton', 'person')],
      'Huma Abedin',
    ],
    [
      'no appositive: the first person',
      [mention('Huma Abedin', 'Huma', 'organization'), mention('Hillary Clinton', 'Clinton', 'person')],
      'Hillary Clinton',
    ],
  ])('%s', (_label, entities, speaker) => {
    expect(extractQuotes(text, entities).find((q) => q.text.includes('proud Muslim'))?.speaker).toBe(speaker);
  });
});

describe('who said a quotation: a participle that opens its sentence', () => {
  it.each([
    [
      'the sentence before names who goes on',
      'Later in the show, Bill Maher stated that the report was bad for her campaign. Adding, “Now, like ' +
        'with all of these scandals, it is the cover-up.”',
      'like with all',
      'Bill Maher',
    ],
    [
      'not across a paragraph break',
      'Later in the show, Bill Maher stated that the report was bad for her campaign.\n\nAdding, “Now, like ' +
        'with all of these scandals, it is the cover-up.”',
      'like with all',
      null,
    ],
  ])('%s', (_label, text, words, speaker) => {
    expect(speakerOf(text, words) ?? null).toBe(speaker);
  });
});

describe('who said a quotation: a role held "of" a place or a body', () => {
  const BRIDGE = '“We will rebuild the bridge before the winter comes.”';
  const quoteOf = (text: string) =>
    extractQuotes(text, extractEntities(text)).find((q) => q.text.includes('rebuild the bridge'));

  it.each([
    [
      'the role before the cue, not the state named after it',
      `The premier of the northern state of Velmont remarked that ${BRIDGE}`,
      'The premier of the northern state of Velmont',
    ],
    [
      'the role after the cue, up to the end of its sentence',
      '“We will rebuild the bridge before the winter comes,” said the mayor of Lakeview. The council met.',
      'the mayor of Lakeview',
    ],
    [
      'the role of a body before the cue',
      `The chairman of the Korvex Harbour Trust said: ${BRIDGE}`,
      'The chairman of the Korvex Harbour Trust',
    ],
  ])('%s', (_label, text, surface) => {
    const quote = quoteOf(text);
    expect(quote?.speakerSurface).toBe(surface);
    expect(quote?.speaker).toBeNull();
  });

  it('the role resolves to the person the report gave it', () => {
    const text = `Lakeview mayor Tom Abel spoke on Monday. The mayor of Lakeview said: ${BRIDGE}`;
    expect(quoteOf(text)?.speaker).toBe('Tom Abel');
  });

  it('an aside that names the role’s holder is the speaker', () => {
    const text = `The chairman of the Korvex Harbour Trust, Ann Roe, said: ${BRIDGE}`;
    expect(quoteOf(text)?.speaker).toBe('Ann Roe');
  });

  it.each([
    ['a person before "of" is the speaker', `Tom Hale of the Korvex Harbour Trust said: ${BRIDGE}`, 'Tom Hale'],
    ['a body alone is the speaker', `The Korvex Harbour Trust said: ${BRIDGE}`, 'Korvex Harbour Trust'],
  ])('no role: %s', (_label, text, speaker) => {
    expect(quoteOf(text)?.speaker).toBe(speaker);
  });

  it('no role: "the city of Lakeview" names no one who holds a role', () => {
    const text = `The city of Lakeview said on Monday: ${BRIDGE}`;
    expect(quoteOf(text)?.speakerSurface).not.toBe('The city of Lakeview');
  });
});

describe('who said a quotation: a role, a comma, then the one who holds it', () => {
  it.each([
    [
      'a title in capitals after the cue',
      '“We will open the harbour in the spring,” said Korvex President and Chief Executive Officer, Tom Hale.',
      'open the harbour',
      'Tom Hale',
    ],
    [
      'a role held of a body after the cue',
      '“We will open the harbour in the spring,” said the general secretary of the dockers’ union, Ann Roe.',
      'open the harbour',
      'Ann Roe',
    ],
    [
      'a role before the cue, with the aside that names its holder',
      'The leader of the Korvex Harbour Trust, Ann Roe, warned that a ban would be “a heavy blow to the port.”',
      'heavy blow',
      'Ann Roe',
    ],
  ])('%s', saidBy);

  it.each([
    ['the mayor of Lakeview', true],
    ['a spokesman for the Korvex Harbour Trust', true],
    ['the former chairman of state and federal harbour boards', true],
    // a verb among the words: a clause, not who spoke
    ['A group of Lakeview comedians is performing a popular play', false],
    ['A spokesman for the trust declined to comment but', false],
    // no role before "of"
    ['the future of the harbour', false],
    ['the mayor', false],
  ])('a role held of something: %j → %s', (phrase, expected) => {
    expect(isRoleOfPhrase(phrase)).toBe(expected);
  });
});

describe('who said a quotation: verbs of saying with feeling', () => {
  it.each([
    [
      '"enthused" after the quotation, and the speaker going on in the next paragraph',
      '“We plan to grow,” says Velmont vice president Ann Roe.\n' +
        '“We are rolling out the first plane,” enthused Tom Hale, the project manager.\n' +
        '“That is an amazing thing for everyone who worked on it.”',
      'amazing thing',
      'Tom Hale',
    ],
    ['"gushed"', 'Ann Roe spoke first. “It is the best day of my life,” gushed Tom Hale.', 'best day', 'Tom Hale'],
    ['"laments"', 'Ann Roe spoke first. “We lost the vote again,” laments Tom Hale.', 'lost the vote', 'Tom Hale'],
  ])('%s', saidBy);
});

describe('who said a quotation: a role written in lower case, a comma, then its holder', () => {
  it.each([
    [
      'a noun WordNet reads as a person ends the role',
      'Ann Roe left. “It is ugly,” said Velmont Trading chief strategy expert, Tom Hale.',
      'It is ugly',
      'Tom Hale',
    ],
    [
      'the cue on the next line of a text written a sentence a line',
      'Ann Roe left.\n“It is ugly.\nIs it over?”\nsaid Velmont Trading chief strategy expert, Tom Hale.',
      'Is it over',
      'Tom Hale',
    ],
    [
      'negative: a surname that is such a noun, written capitalised, is the speaker',
      'Ann Roe left. “It is ugly,” said Tom Baker, Ann Roe’s lawyer.',
      'It is ugly',
      'Tom Baker',
    ],
  ])('%s', saidBy);

  it("negative: a next line opening in capitals is a new sentence, not the quotation's attribution", () => {
    const text = 'Ann Roe left.\n“It is ugly,”\nTom Hale said the vote was close.';
    expect(speakerOf(text, 'It is ugly')).not.toBe('Tom Hale');
  });
});
