import { describe, expect, it } from 'vitest';
import { abbreviatedIn } from '../../../../src/core/answer/rank/who.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { report } from '../../../helpers/fixtures.js';

describe('abbreviatedIn: the question writes a name as its initials', () => {
  it.each([
    ['Federal Trade Board', 'Who did the FTB fine in May?'],
    ['Bank of Lisbon', 'Who lent the BL its gold?'],
    ['United States', 'In the U.S., who sets the rules?'],
    ['North-West Rail', 'Who sold NWR its trains?'],
  ])('%s in %j', (name, question) => {
    expect(abbreviatedIn(name, question)).toBe(true);
  });

  it.each([
    ['one word', 'Reuters', 'Who did the R report on?'],
    ['initials in lower case in the question', 'Federal Trade Board', 'Who did the ftb fine?'],
    ['initials inside a longer word', 'Federal Trade Board', 'Who did FTBX fine?'],
    ['a name in lower case', 'the board', 'Who did TB fine?'],
    ['other initials', 'Federal Trade Board', 'Who did the FCC fine?'],
  ])('no: %s', (_why, name, question) => {
    expect(abbreviatedIn(name, question)).toBe(false);
  });
});

describe('a body the question names by its initials is not its answer', () => {
  const desk = Newsdesk.fromReports([
    report(
      'fine',
      'The Federal Trade Board fined Norland Foods on Tuesday for misleading labels, the board said.',
      '2021-03-02',
      'Board fines food maker',
    ),
  ]);

  it('answers with the other party', () => {
    const answers = desk.ask('who', 'Who did the FTB fine on Tuesday?').answers.map((a) => a.text);
    expect(answers[0]).toBe('Norland Foods');
    expect(answers).not.toContain('Federal Trade Board');
  });
});
