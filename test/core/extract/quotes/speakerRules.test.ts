import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../src/core/extract/quotes/quotes.js';
import type { EntityMention } from '../../../../src/core/types.js';
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
      '“We are not going to discuss the operation,” said Pentagon spokesman Navy Capt. Jeff Davis.',
      'discuss the operation',
      'Jeff Davis',
    ],
    [
      'a participle after a comma that closes a short quotation',
      'Phil Kerpen needled the CNN “reporter,” saying, “A reporter who writes on request!”',
      'writes on request',
      'Phil Kerpen',
    ],
  ])('%s', saidBy);

  it('no participle: a short quotation without a cue has no speaker', () => {
    const text = 'Phil Kerpen needled the CNN “reporter.” “A reporter who writes on request!”';
    expect(speakerOf(text, 'writes on request') ?? null).toBeNull();
  });
});

describe('who said a quotation: the sentence before it, "according to", a time before the verb', () => {
  it.each([
    [
      'a sentence that ends on its cue before the quotation',
      'Laura Cooper agreed. “Mainstream Republicans are running out of time to find someone.”',
      'running out of time',
      'Laura Cooper',
    ],
    [
      'a cue and a filler before the full stop',
      'Tom Berg said in a statement. “There are no paper ballots to recount in this state.”',
      'no paper ballots',
      'Tom Berg',
    ],
    [
      'a day between the subject and the verb',
      'Tom Berg later Thursday told Fox News: “Both of them are meeting up next week to talk it over.”',
      'meeting up next week',
      'Tom Berg',
    ],
  ])('%s', saidBy);

  it.each([
    [
      'a sentence that ends without a cue',
      'Laura Cooper left the room. “Mainstream Republicans are running out of time to find someone.”',
      'running out of time',
    ],
    [
      'the cue sentence is in the paragraph before',
      'Laura Cooper agreed.\n\n“Mainstream Republicans are running out of time to find someone.”',
      'running out of time',
    ],
  ])('no speaker: %s', (_label, text, words) => {
    expect(speakerOf(text, words) ?? null).toBeNull();
  });
});

describe('who said a quotation: a role the tagger tied to the person it names', () => {
  const text =
    'Sam Lau, the communications director for the Iowa Democratic Party said in a statement. “There are no ' +
    'paper ballots to recount.”';
  const mention = (name: string, surface: string, type: EntityMention['type']) => mentionIn(text, name, surface, type);
  const party = mention('Iowa Democratic Party', 'Iowa Democratic Party', 'organization');
  it.each([
    [
      'the role before the organisation stands for the person',
      [mention('Sam Lau', 'communications director for', 'person'), party],
      'Sam Lau',
    ],
    ['without it, the organisation', [party], 'Iowa Democratic Party'],
  ])('%s', (_label, entities, speaker) => {
    expect(extractQuotes(text, entities).find((q) => q.text.includes('paper ballots'))?.speaker).toBe(speaker);
  });
});

describe('who said a quotation: the cue nearest it and the person a cue follows', () => {
  it.each([
    [
      'a word that is also a cue earlier in the sentence is not the cue',
      'In an interview with journalist Matei Rosca, Marcel Lazar said he welcomed extradition to the United ' +
        'States and added, “I will plead guilty, no problem at all.”',
      'plead guilty',
      'Marcel Lazar',
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
      'Barack Obama spoke first. “I tell you it has changed our young people,” said Griffin, an Obama backer.',
      'changed our young',
      'Griffin',
    ],
    [
      'a name, then where the speaker works',
      '“It was the least bad outcome for everyone,” Mr. Morgan of the Sierra Club said.',
      'least bad outcome',
      'Morgan',
    ],
    [
      'the organisation alone speaks',
      '“It was the least bad outcome for everyone,” the Sierra Club said.',
      'least bad outcome',
      'Sierra Club',
    ],
  ])('%s', saidBy);
});

describe('who said a quotation: a participle phrase that ends on a comma before it', () => {
  it.each([
    [
      'words between the participle and the comma',
      'In an interview, Al Gore insisted it was “premature” to back her while adding on climate change ' +
        'matters, “I do not have any doubt that her heart is in the right place.”',
      'any doubt',
      'Al Gore',
    ],
  ])('%s', saidBy);

  it('no participle: a comma alone says nothing', () => {
    const text = 'In an interview, Al Gore was asked about climate change matters, “the issue of the century.”';
    expect(speakerOf(text, 'issue of the century') ?? null).toBeNull();
  });
});

describe('who said a quotation: the one a cue verb follows, whatever the tagger typed it', () => {
  const text =
    'In a 2014 interview with POLITICO Magazine, Gore insisted it was “premature” to back Clinton’s campaign ' +
    'while adding on climate change matters, “I do not have any doubt that her heart is in the right place.”';
  const mention = (name: string, surface: string, type: EntityMention['type']) => mentionIn(text, name, surface, type);
  it.each([
    [
      'an organisation a cue follows comes before a person',
      [mention('Gore', 'Gore', 'organization'), mention('Hillary Clinton', 'Clinton', 'person')],
      'Gore',
    ],
    ['no cue after it: the first person', [mention('Hillary Clinton', 'Clinton', 'person')], 'Hillary Clinton'],
  ])('%s', (_label, entities, speaker) => {
    expect(extractQuotes(text, entities).find((q) => q.text.includes('any doubt'))?.speaker).toBe(speaker);
  });
});

describe('who said a quotation: a paragraph of quotation before one signed after it', () => {
  it.each([
    [
      'the next paragraph opens with a quotation signed after it',
      'Richard Viguerie is upbeat.\n\n“Not only can he win in November, he is the one with the appeal.”\n\n' +
        '“He may be the only one who can unite the party,” Richard Viguerie notes.',
      'Not only can he',
      'Richard Viguerie',
    ],
    [
      'narration between the paragraphs',
      'Richard Viguerie is upbeat.\n\n“Not only can he win in November, he is the one with the appeal.”\n\n' +
        'The race goes on.\n\n“He may be the only one who can unite the party,” Richard Viguerie notes.',
      'Not only can he',
      null,
    ],
    [
      'the quotation does not open its paragraph',
      'Richard Viguerie is upbeat. Voters like the line “he is the one with the appeal and they like him.”\n\n' +
        '“He may be the only one who can unite the party,” Richard Viguerie notes.',
      'one with the appeal',
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
      'The ad ends with footage of Donald Trump saying during the debate last week, “That makes me smart,” when ' +
        'Hillary Clinton blasted him for not paying tax.',
      'makes me smart',
      'Donald Trump',
    ],
    [
      'a plain attribution after the quotation',
      '“That makes me smart,” Hillary Clinton said of him on Monday.',
      'makes me smart',
      'Hillary Clinton',
    ],
  ])('%s', saidBy);
});

describe('who said a quotation: words introduced as someone’s', () => {
  it.each([
    [
      'a possessor, a noun of saying and a colon',
      'Aides say the former governor will back Ted Cruz. From Jeb Bush’s Facebook post: “For the sake of our ' +
        'party, we must move on.”',
      'sake of our party',
      'Jeb Bush',
    ],
    [
      'a possessor in a phrase before a comma',
      'The summit was held there because, in Laura Cooper’s words, “they are the most entrepreneurial places.”',
      'most entrepreneurial',
      'Laura Cooper',
    ],
    [
      'a possessor of something that is not said',
      'The summit was held in Laura Cooper’s home town, “the most entrepreneurial place on the planet today.”',
      'most entrepreneurial',
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
      'quotable.\n\n"The whole idea of it is something that we hear about all the time."\n\n' +
        '-Michelle Marks, Philadelphia.',
      'whole idea',
      'Michelle Marks',
    ],
    [
      'a title before the name',
      '"Great speech. She is tested. She is ready. She never quits."\n\n-President Barack Obama, tweeting.',
      'Great speech',
      'Barack Obama',
    ],
    [
      'no dash: the next paragraph is narration',
      '"The whole idea of it is something that we hear about all the time."\n\nMichelle Marks went home.',
      'whole idea',
      null,
    ],
    [
      'the quotation goes on in its paragraph',
      '"The whole idea of it is something that we hear about," she wrote\n\n-Michelle Marks, Philadelphia.',
      'whole idea',
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
      '“If there had not been that intervention” by the United States, NATO and other partners, Laura Cooper ' +
        'said at a town hall on Monday.',
      'not been that intervention',
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
      'Laura Cooper responded to the question on Facebook writing, “Yes, I will. That was a poor choice of words.”',
      'poor choice',
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
