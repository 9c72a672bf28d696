import { describe, expect, it } from 'vitest';
import { saidBy, speakerOf } from '../../../helpers/quotes.js';

describe('who said a quotation: the sentence after it and the verbs that go on with a saying', () => {
  it.each([
    [
      'a participle after the one who said it',
      'Omar Mateen left early, Adel Nefzi said, adding, “He was not a very religious man at all.”',
      'He was not',
      'Adel Nefzi',
    ],
    [
      'a participle: the person of the sentence before an organisation',
      'At a Google event on Sunday, Ben Carson shared the syllabus with the crowd, writing “Allow me to do ' +
        'the research.”',
      'Allow me',
      'Ben Carson',
    ],
    [
      'a participle after the subject',
      'Before the vote, Calvin Williams lobbied the council, saying, “The fewer guns there are, the better.”',
      'The fewer',
      'Calvin Williams',
    ],
    [
      'a full stop inside, then the attribution alone',
      'Laura Cooper spoke next.\n\n“We hope you can find the missing emails.” Cooper said.',
      'missing emails',
      'Laura Cooper',
    ],
    [
      'the name after a cue, past the paraphrase that ends the sentence',
      '“These groups have been setting the table for the voters,” in sharp contrast to earlier years, said Dante ' +
        'Scala, a political scientist.',
      'setting the table',
      'Dante Scala',
    ],
    [
      'a subject between commas after a clause',
      'After winning the primary at home, Gov. John Kasich (R-OH), said, “I am getting ready to rent a wagon.”',
      'rent a wagon',
      'John Kasich',
    ],
    [
      'an auxiliary between the subject and the verb',
      'Ohio Gov. Tom Berg has also broadly called for “more police on the streets.”',
      'more police',
      'Tom Berg',
    ],
    [
      'the person before where they work',
      'Laura Cooper of The Courier wrote, “If you want the town to trust you, show it.”',
      'If you want',
      'Laura Cooper',
    ],
    [
      'the subject before an aside, not the aside',
      'Laura Cooper, who once worked for Tom Berg, said, “We are ready to vote on the plan.”',
      'ready to vote',
      'Laura Cooper',
    ],
    [
      'a subject named in an appositive',
      'Sanders’s campaign manager, Jeff Weaver, said, “By December we were looking down the road.”',
      'By December',
      'Jeff Weaver',
    ],
    [
      'a person before a role that ends on an organisation',
      'Anthony Anton, president and chief of Washington Restaurant Association stated, “It is not a political ' +
        'problem at all.”',
      'political problem',
      'Anthony Anton',
    ],
  ])('%s', saidBy);

  it.each([
    [
      'a full stop inside, then a new sentence with a cue in it',
      'Calvin Williams asked the council to act. “The fewer guns there are, the better.” The Buckeye State ' +
        'Gun Owners said they would sue.',
      'The fewer',
    ],
  ])('not the next sentence: %s', (_label, text, words) => {
    expect(speakerOf(text, words)).not.toBe('Buckeye State Gun Owners');
  });

  it.each([
    [
      'an organisation that is the subject, after a person and a comma and a verb',
      'Laura Cooper left, and Acme Trading Company stated, “It is not a political problem at all.”',
      'Acme Trading Company',
    ],
    [
      'a cue with an object after the quotation',
      '“These groups have been setting the table for the voters,” in contrast to earlier years, told Dante Scala.',
      null,
    ],
  ])('%s', (_label, text, speaker) => {
    expect(speakerOf(text, 'table') ?? speakerOf(text, 'political') ?? null).toBe(speaker);
  });
});
