import { beforeAll, describe, expect, it } from 'vitest';
import type { Newsdesk } from '../../../src/core/newsdesk.js';
import { FOUNDING_ID, foundingDesk, highlighted, seedsDesk } from '../../helpers/fixtures.js';

let desk: Newsdesk;
beforeAll(async () => {
  desk = await foundingDesk();
});

describe('on the founding report alone', () => {
  it.each([
    ['Minister of Defense of Azerbaijan', 'Zakir Hasanov', 'Minister of Defense of the Republic of Azerbaijan'],
    ['US Deputy Assistant Secretary of Defense', 'Laura Cooper', 'US Deputy Assistant Secretary of Defense'],
    ['US Secretary of Defense', 'James Mattis', 'US Secretary of Defense'],
    ['Who met Laura Cooper?', 'Zakir Hasanov', 'Minister of Defense of the Republic of Azerbaijan'],
    ['defense minister Azerbaijan', 'Zakir Hasanov', 'Minister of Defense of the Republic of Azerbaijan'],
  ])('who %j → %s first', (query, name, role) => {
    const result = desk.ask('who', query);
    expect(result.answers[0]).toMatchObject({ text: name, type: 'person', role });
    const citation = result.answers[0]!.citations[0]!;
    expect(citation).toMatchObject({ reportId: FOUNDING_ID, reportDate: '2018-12-05' });
    expect(citation.passage).toContain(name.split(' ').pop());
  });

  it('who never answers with the person the question names', () => {
    expect(desk.ask('who', 'Who met Laura Cooper?').answers.map((a) => a.text)).not.toContain('Laura Cooper');
  });

  it.each(['Hasanov met the US delegation', 'When did Hasanov meet the US delegation?'])(
    'when %j → 2018-12-04 first',
    (query) => {
      const [top] = desk.ask('when', query).answers;
      expect(top).toMatchObject({ text: 'December 4', date: '2018-12-04', precision: 'day' });
      const citation = top!.citations[0]!;
      expect(citation.passage).toMatch(/On December 4, the Minister of Defense/);
      expect(highlighted(citation)).toBe('December 4');
    },
  );

  it('quote "Afghanistan support" → the Mattis line, from Cooper quoting Mattis, verbatim', () => {
    const [top] = desk.ask('quote', 'Afghanistan support').answers;
    expect(top).toMatchObject({
      text: 'the successes achieved in Afghanistan today would have been impossible without strong support from Azerbaijan.',
      speaker: 'Laura Cooper',
      quoting: 'James Mattis',
    });
    expect(top!.citations[0]!.passage).toContain(top!.text);
  });

  it('quote filters by speaker and lists a speaker’s quotes with no topic', () => {
    expect(desk.ask('quote', 'Afghanistan', { speaker: 'Hasanov' }).answers).toEqual([]);
    expect(desk.ask('quote', 'Afghanistan', { speaker: 'cooper' }).answers).toHaveLength(1);
    expect(desk.ask('quote', 'quotes', { speaker: 'Cooper' }).answers[0]?.speaker).toBe('Laura Cooper');
  });

  it('search returns passages with their offsets in the report', () => {
    const result = desk.ask('search', 'peacekeepers terrorism');
    expect(result.answers[0]?.text).toMatch(/fight against terrorism/);
    const { citations, text } = result.answers[0]!;
    expect(citations[0]).toMatchObject({ passage: text, reportId: FOUNDING_ID });
    expect(result.total).toBeGreaterThanOrEqual(result.answers.length);
  });

  it.each(['who', 'when', 'quote', 'search'] as const)('%s answers nothing found with an empty list', (command) => {
    const result = desk.ask(command, 'zebra xylophone quasar');
    const parsed = {
      raw: 'zebra xylophone quasar',
      topic: 'zebra xylophone quasar',
      terms: ['zebra', 'xylophon', 'quasar'],
    };
    expect(result).toMatchObject({ command, query: 'zebra xylophone quasar', parsed, total: 0, answers: [] });
    // who and when say why: no candidate reached the learned confidence, and there is no passage to show
    if (command === 'who' || command === 'when') {
      expect(result.nothingFound).toMatchObject({ confidence: 0, closest: [] });
    }
  });

  it('respects limit and a date range that excludes the report', () => {
    expect(desk.ask('who', 'defense', { limit: 2 }).answers).toHaveLength(2);
    expect(desk.ask('who', 'defense', { from: '2019-01-01' }).answers).toEqual([]);
    expect(desk.ask('who', 'defense', { to: '2018-12-05' }).answers.length).toBeGreaterThan(0);
  });
});

describe('on the seed reports', () => {
  it('when answers a span of two dates as one answer, with its start and end', async () => {
    const seeds = await seedsDesk();
    const top = seeds.ask('when', 'When had the Dow last risen four weeks in a row?').answers[0]!;
    expect(top).toMatchObject({
      text: 'between September and October of 2007',
      date: '2007-09',
      until: '2007-10',
      precision: 'month',
    });
    const citation = top.citations[0]!;
    expect(citation.reportId).toBe('meantime-en-124259');
    expect(highlighted(citation)).toBe(top.text);
  });
});
