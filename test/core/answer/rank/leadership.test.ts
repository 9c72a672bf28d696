import { describe, expect, it } from 'vitest';
import { leadingTitles } from '../../../../src/core/answer/rank/leadership.js';
import { roleMatch } from '../../../../src/core/answer/rank/who.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { termsOf } from '../../../../src/core/text/terms.js';
import { report } from '../../../helpers/fixtures.js';

const asked = (question: string) => termsOf(question);

describe('a question of leading matches a leading role', () => {
  it.each([
    ['who heads Velmont?', "Velmont's chief executive"],
    ['who runs Velmont?', 'chairman of Velmont'],
    ['who leads Velmont?', 'Velmont president'],
    ['who manages Ardena?', 'head of Ardena'],
  ])('%j fits the role %j', (question, role) => {
    expect(roleMatch(asked(question), role)).toBeGreaterThan(0.6);
  });

  it.each([
    // a second in command does not lead
    ['who heads Velmont?', 'vice president of Velmont'],
    ['who leads Velmont?', 'deputy head of Velmont'],
    // a question that asks no leading keeps the words as they are
    ['who sued Velmont?', "Velmont's chief executive"],
  ])('%j fits %j only by the name', (question, role) => {
    expect(roleMatch(asked(question), role)).toBeLessThan(0.6);
  });

  it.each([
    ['who is the chief executive of Velmont?', 'Velmont CEO'],
    ['who is the CEO of Velmont?', "Velmont's chief executive"],
    ['who is the CFO of Korvex?', 'chief financial officer of Korvex'],
  ])('%j fits the role %j written the other way', (question, role) => {
    expect(roleMatch(asked(question), role)).toBeGreaterThan(0.8);
  });

  it.each([
    // the title asked, held second: not the one asked for
    ['who is the chairman of the Velmont Reserve Board?', 'Velmont Reserve Board vice chairman'],
    ['who is the secretary of defense?', 'deputy assistant secretary of defense'],
    // another people's minister
    ['who is the Japanese finance minister?', 'Brazilian Finance Minister'],
  ])('%j is not answered by the role %j', (question, role) => {
    expect(roleMatch(asked(question), role)).toBe(0);
  });

  it.each([
    ['who is the vice chairman of the Velmont Reserve Board?', 'Velmont Reserve Board vice chairman'],
    ['who is the chairman of the Velmont Reserve Board?', 'Velmont Reserve Board chairman'],
    ['who is the Japanese finance minister?', 'Japanese Finance Minister'],
  ])('%j fits the role %j', (question, role) => {
    expect(roleMatch(asked(question), role)).toBeGreaterThan(0.8);
  });

  it('the leading role of the company asked beats a leading role elsewhere', () => {
    const question = asked('who heads Velmont?');
    expect(roleMatch(question, "Velmont's chief executive")).toBeGreaterThan(roleMatch(question, 'head of finance'));
  });
});

/** A report that names its company's head by the initials of the title only. */
const VELMONT_CEO = report(
  'velmont',
  'Velmont CEO Tom Abel opened the new plant in Ardena on Monday.',
  '2021-03-01',
  'Velmont opens plant',
);

describe('a title asked one way and written the other', () => {
  const desk = Newsdesk.fromReports([
    VELMONT_CEO,
    report(
      'korvex',
      'Korvex chief executive Mara Quinn said the firm would hire 200 workers next year.',
      '2021-03-02',
      'Korvex to hire',
    ),
  ]);

  it.each([
    ['Who is the chief executive of Velmont?', 'Tom Abel'],
    ['Who is the CEO of Korvex?', 'Mara Quinn'],
  ])('%j → %s', (question, name) => {
    expect(desk.ask('who', question).answers[0]?.text).toBe(name);
  });
});

describe('leadingTitles: the titles searched for a question of leading', () => {
  it.each([
    ['Who leads Velmont?', 'lead'],
    ['Who heads the Korvex board?', 'head'],
    ['Who now runs Ardena Airways?', 'run'],
    ['Who was leading the talks?', 'lead'],
    ['Who chaired the committee?', 'chair'],
  ])('%j searches the titles for %j', (question, verb) => {
    const titles = leadingTitles(question, termsOf(question));
    expect(titles.map((t) => t.term)).toContain('ceo');
    expect(titles.map((t) => t.term)).toContain('chairman');
    expect(titles.every((t) => t.asked === verb && (t.weight ?? 1) < 1)).toBe(true);
  });

  it.each([
    // the one led, not the leader
    'Who was led out of the building?',
    'Who did Velmont lead to the port?',
    // no leading asked
    'Who sued Velmont?',
    'Which metal is lead?',
    '',
  ])('none for %j', (question) => {
    expect(leadingTitles(question, termsOf(question))).toEqual([]);
  });

  it('leaves out a title the question already asks', () => {
    const question = 'Who leads Velmont as chairman?';
    expect(leadingTitles(question, termsOf(question)).map((t) => t.term)).not.toContain('chairman');
  });
});

describe('who leads: a title answers a verb of leading', () => {
  const desk = Newsdesk.fromReports([
    VELMONT_CEO,
    report(
      'port',
      'Velmont will sell the port next month, said Ida Berg, a lawyer in Ardena.',
      '2021-03-02',
      'Port sale',
    ),
    report(
      'korvex',
      'Korvex chairman Ann Roe said the firm would hire 200 workers next year.',
      '2021-03-03',
      'Korvex to hire',
    ),
  ]);

  it.each([
    ['Who runs Velmont?', 'Tom Abel'],
    ['Who heads Korvex?', 'Ann Roe'],
  ])('%j → %s, though no report writes the verb', (question, name) => {
    expect(desk.ask('who', question).answers[0]?.text).toBe(name);
  });

  it('answers "CEO" from reports that write only "chief executive"', () => {
    const spelled = Newsdesk.fromReports([
      report(
        'quinn',
        'Korvex chief executive Mara Quinn said the firm would hire 200 workers.',
        '2021-03-02',
        'Hiring',
      ),
    ]);
    expect(spelled.ask('who', 'Who is the CEO of Korvex?').answers[0]?.text).toBe('Mara Quinn');
  });
});
