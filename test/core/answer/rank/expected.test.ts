import { describe, expect, it } from 'vitest';
import { expectedWhen, expectedWho } from '../../../../src/core/answer/rank/expected.js';
import { groupPhrases } from '../../../../src/core/answer/rank/phrases.js';

describe('expected answer type read off the question', () => {
  it.each([
    ['Which company built the bridge?', 'organization'],
    ['Who was the team that won the cup?', 'organization'],
    ['Which country signed first?', 'place'],
    ['Who were the members that voted?', 'group'],
    ['Which president signed the law?', 'person'],
    ['Who signed the law?', 'any'],
    // the head of the noun phrase after "who is", not a noun after it
    ['Who is the new captain of the football team?', 'person'],
    ["Who was the bank's chief spokesman in 2010?", 'person'],
    ['Who was the leader who founded the party?', 'person'],
    ['Who were the first members, in 1990?', 'group'],
  ])('who: %j → %s', (question, type) => {
    expect(expectedWho(question)).toBe(type);
  });

  it.each([
    ['In what year did the war end?', 'year'],
    ['What month was the vote?', 'month'],
    ['On what date did it open?', 'day'],
    ['How long did the strike last?', 'span'],
    ['In what years did the strike go on?', 'span'],
    ['Which decades saw the most growth?', 'span'],
    ['Which year saw the most growth?', 'year'],
    ['When did it open?', 'any'],
    // of the units asked together, the finest
    ['What month, day and year did the mill open?', 'day'],
    ['In what month and year did the mill open?', 'month'],
    ['What day of the week did the mill open?', 'day'],
    // a unit inside a name asks nothing: "Founders Day" is not "what day"
    ['What year did Founders Day move?', 'year'],
  ])('when: %j → %s', (question, precision) => {
    expect(expectedWhen(question)).toBe(precision);
  });
});

describe('nouns that are not what the answer is say nothing of its type', () => {
  it.each([
    'Who founded the university?',
    'Who did the company hire in 2004?',
    'Who sold the city its water?',
    'Who is responsible for the party budget?',
    'Who was named after the team?',
  ])('%j → any', (question) => {
    expect(expectedWho(question)).toBe('any');
  });
});

describe('group and role phrases', () => {
  it.each([
    ['The bill was passed by the Florida legislature on Monday.', ['Florida legislature']],
    ['Catholic bishops met the city council members.', ['Catholic bishops', 'city council members']],
    ['Union leaders said teachers would strike.', ['Union leaders', 'teachers']],
    // one person named by role, after its article
    ['The owner signed a contract with the lowest bidder.', ['owner', 'lowest bidder']],
    ['The bill was drawn up by a quantity surveyor.', ['quantity surveyor']],
    ['In this arrangement, the project manager decided on the design.', ['project manager']],
    // a word ending in -s before an object or after a subject is the verb, not a plural
    ['The Varga family offers its support to the nurses.', ['Varga family', 'nurses']],
    ['The farmers say the rain helps them.', ['farmers']],
    // before an amount, or after an adverb of how often
    ['The new Korvex phone costs $499 in the shops.', ['shops']],
    ['Building work typically takes place on site.', []],
    // an adverb that comes before nouns too leaves the plural
    ['The crowd was mostly teachers.', ['teachers', 'mostly teachers']],
    // a word the lexicon gives only as an adverb, a conjunction or an adjective heads nothing
    ['He was the oldest player ever.', ['oldest player']],
    // plurals of people without an -s
    ['Local people said the women and children were safe.', ['Local people', 'women', 'children']],
    ['Firemen and policemen were hurt.', ['Firemen', 'policemen']],
    // a plural opening a sentence
    ['The talks ended. Residents fled the town.', ['talks', 'Residents']],
    // a preposition before the phrase describes nothing: no longer reading "near Velmont traders"
    ['He lived near Velmont traders.', ['Velmont traders']],
    ['The farm lay over Korvex miners.', ['Korvex miners']],
  ])('%j → %j', (text, phrases) => {
    expect(groupPhrases(text).map((p) => p.text)).toEqual(phrases);
  });

  it.each([
    'The glass was famous for its basis in physics.',
    'He has this bus.',
    '',
    // a singular role noun without its article
    'It rose as owner occupation fell.',
    // verbs in -s: before an article or an object pronoun, after a subject pronoun
    'It clearly stimulates the economy and gets them buying again.',
    'She says it works.',
    'It rained, perhaps.',
    'It was the latter.',
    // a body noun that only describes the thing named after it
    'Velmont bought the Ardenan assembly plant.',
    'A police car and a council decision followed.',
    // a season has a role noun's ending
    'The wheel was mended over the summer and the winter.',
    // words in -men that name no people
    'The specimen was an omen.',
    // a capitalised word inside a sentence is a name, not a plural
    'He met Velmont Holdings.',
    // a role noun's ending on a thing's noun
    'He read the list in the fourth quarter to the number.',
  ])('negative: %j has no group phrase', (text) => {
    expect(groupPhrases(text)).toEqual([]);
  });

  it('gives offsets into the text', () => {
    const text = 'Then the nurses left.';
    const [phrase] = groupPhrases(text);
    expect(text.slice(phrase!.start, phrase!.end)).toBe('nurses');
  });
});
