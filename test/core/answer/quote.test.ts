import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../src/core/newsdesk.js';
import { report } from '../../helpers/fixtures.js';

describe('quote answers: who said it, as the answer shows it', () => {
  const desk = Newsdesk.fromReports([
    report(
      'bridge',
      'The council of Lakeview met on Monday about the old bridge.\n\n' +
        '“We will rebuild the bridge before the winter comes,” said the mayor of Lakeview.\n\n' +
        'He said the harbour would wait. “The harbour can wait for another year,” he said.',
      '2021-04-06',
      'Lakeview bridge',
    ),
    report(
      'harbour',
      'Ann Roe, who chairs the Korvex Harbour Trust, spoke on Tuesday.\n\n' +
        '“The harbour will open to ferries in the spring,” Roe said.',
      '2021-04-07',
      'Harbour ferries',
    ),
  ]);

  it('a role the report writes in place of a name is shown as the speaker', () => {
    const [top] = desk.ask('quote', 'rebuild the bridge').answers;
    expect(top?.text).toContain('rebuild the bridge');
    expect(top?.speaker).toBe('the mayor of Lakeview');
  });

  it('a resolved name is shown as it is', () => {
    expect(desk.ask('quote', 'ferries').answers[0]?.speaker).toBe('Ann Roe');
  });

  it('no role: a pronoun no name resolves is no speaker shown', () => {
    const waits = desk.ask('quote', 'harbour can wait').answers.find((a) => a.text.includes('another year'));
    expect(waits).toBeDefined();
    expect(waits?.speaker).toBeNull();
  });
});

describe('quote answers: one quotation several reports carry', () => {
  const said = '“The harbour will open to ferries in the spring,” Ann Roe, who chairs the Korvex Harbour Trust, said.';
  const desk = Newsdesk.fromReports([
    report('first', `Lakeview harbour news on Monday.\n\n${said}`, '2021-04-07', 'Harbour ferries'),
    report('again', `Lakeview harbour news, filed again.\n\n${said}`, '2021-04-07', 'Harbour ferries (repeat)'),
    report(
      'other',
      '“The harbour will close in the winter,” Ann Roe said of the Korvex harbour.',
      '2021-04-08',
      'Harbour',
    ),
  ]);
  // every report annotated first: a cold question on a busy machine may annotate only the first
  // within its chat budget, and this is about merging the quotation, not about that budget
  for (const id of ['first', 'again', 'other']) desk.annotations(id);

  it('is one answer citing each report, and other quotations stay apart', () => {
    const answers = desk.ask('quote', 'harbour ferries spring').answers;
    const ferries = answers.filter((a) => a.text.includes('open to ferries'));
    expect(ferries).toHaveLength(1);
    expect(ferries[0]!.citations.map((c) => c.reportId).sort()).toEqual(['again', 'first']);
    expect(desk.ask('quote', 'harbour close winter').answers.some((a) => a.text.includes('close in the winter'))).toBe(
      true,
    );
  });
});
