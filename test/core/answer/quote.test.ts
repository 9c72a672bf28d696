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
