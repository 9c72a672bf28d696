import { describe, expect, it } from 'vitest';
import { speakerAsked } from '../../../src/core/answer/speakerAsked.js';
import { Newsdesk } from '../../../src/core/newsdesk.js';
import { report } from '../../helpers/fixtures.js';

describe('speakerAsked: the person a quotation question asks about', () => {
  it.each([
    ['what did Ann Roe say?', 'Ann Roe', ''],
    ['What did Ann Roe say about the bridge?', 'Ann Roe', 'the bridge'],
    ['what has Roe said on ferries', 'Roe', 'ferries'],
    ['What was Tom Hale saying?', 'Tom Hale', ''],
    ['quotes from Paul von Roe on the harbour', 'Paul von Roe', 'the harbour'],
    ['Quotes by J. R. Hale', 'J. R. Hale', ''],
  ])('%j → %s, %j', (question, speaker, topic) => {
    expect(speakerAsked(question)).toEqual({ speaker, topic });
  });

  it.each([
    // a role or a pronoun is no name to filter by
    'what did the mayor say?',
    'what did he say?',
    // a name written in lower case cannot be told from other words
    'what did ann roe say?',
    // a topic, and "who said …", ask for every speaker
    'harbour ferries',
    'who said the harbour would wait?',
    'what did the report say about Ann Roe?',
  ])('none in %j', (question) => {
    expect(speakerAsked(question)).toBeNull();
  });
});

describe('"what did X say?" answers with X\'s quotations only', () => {
  const desk = Newsdesk.fromReports([
    report(
      'harbour',
      'Ann Roe, who chairs the Korvex Harbour Trust, spoke on Tuesday.\n\n' +
        '“The harbour will open to ferries in the spring,” Roe said.\n\n' +
        'Tom Hale, a councillor, did not agree. “Ann Roe is wrong: ferries cost too much,” Hale said.',
      '2021-04-07',
      'Harbour ferries',
    ),
    report(
      'bridge',
      'Ann Roe spoke again on Friday. “The bridge will be rebuilt by the winter,” Roe said.\n\n' +
        'Ida Berg, a Korvex spokeswoman, said the work would start soon. “We are ready,” Berg said.\n\n' +
        '“Korvex should pay for all of it,” Tom Hale said.',
      '2021-04-10',
      'Lakeview bridge',
    ),
    report('parks', 'Lakeview parks stay open. Ann Roe did not attend the meeting on parks.', '2021-04-12', 'Parks'),
  ]);
  // annotated as the bot's start-up leaves them (a cold question annotates within its time budget)
  for (const id of ['harbour', 'bridge', 'parks']) desk.annotations(id);
  const speakersOf = (question: string) => desk.ask('quote', question).answers.map((a) => a.speaker);

  it("all of a speaker's quotations, in every report, and no one else's", () => {
    const answers = desk.ask('quote', 'what did Ann Roe say?').answers;
    expect(answers.map((a) => a.speaker)).toEqual(['Ann Roe', 'Ann Roe']);
    expect(answers.map((a) => a.citations[0]?.reportId).sort()).toEqual(['bridge', 'harbour']);
  });

  it('what the speaker said about a topic', () => {
    const answers = desk.ask('quote', 'What did Ann Roe say about the bridge?').answers;
    expect(answers.map((a) => a.text)).toEqual(['The bridge will be rebuilt by the winter,']);
  });

  it('a person the reports name who is quoted nowhere: no quotation of anyone else', () => {
    expect(speakersOf('what did Ann Roe say about the parks?')).toEqual([]);
  });

  it("a body's name: the quotations of those whose role names it", () => {
    expect(speakersOf('What did Korvex say?')).toEqual(['Ida Berg']);
  });

  it('a name that is no person the reports name nor a role names (a place): the question searched as written', () => {
    expect(speakersOf('What did Lakeview say about the bridge?')).toContain('Ann Roe');
  });
});

describe('"what did X say?" where a report names the speaker by the surname only', () => {
  const desk = Newsdesk.fromReports([
    report('trust', 'Ann Roe chairs the harbour trust.', '2021-05-01', 'Trust'),
    report('letter', 'The trust wrote again on Monday. “The harbour stays shut,” Roe said.', '2021-05-03', 'Letter'),
  ]);
  desk.annotations('trust');
  desk.annotations('letter');

  it('the surname is a word of the name asked', () => {
    expect(desk.ask('quote', 'what did Ann Roe say?').answers.map((a) => a.text)).toEqual(['The harbour stays shut,']);
  });
});

describe('"what did X say?" finds a quotation whose sentence does not name the speaker', () => {
  const desk = Newsdesk.fromReports([
    report(
      'ferry',
      'Ann Roe, who chairs the harbour trust, spoke on Friday about the ferry.\n\n' +
        '“The ferry will run again in May,” she said.',
      '2021-05-07',
      'Ferry',
    ),
  ]);
  desk.annotations('ferry');

  it('the report that names her is read whole', () => {
    expect(desk.ask('quote', 'what did Ann Roe say?').answers.map((a) => a.text)).toEqual([
      'The ferry will run again in May,',
    ]);
  });
});

describe('speakerAsked reads a question as long as any question is', () => {
  it('a topic past the limit is cut like the question', () => {
    const asked = speakerAsked(`what did Ann Roe say about ${'the harbour '.repeat(100)}`);
    expect(asked?.speaker).toBe('Ann Roe');
    expect(asked?.topic.length).toBeLessThan(500);
  });
});
