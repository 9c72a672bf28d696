import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import type { Report } from '../../../../src/core/types.js';

const undated = (id: string, text: string): Report => ({ id, date: null, title: id, text, origin: { file: 'test' } });

describe('when-answers from a report without a date', () => {
  const desk = Newsdesk.fromReports([
    undated('court', 'Tom Hale, 42, was charged with fraud in Velmont. He is due to appear in court tomorrow.'),
    undated('plant', 'The Korvex bottling plant in Ardena resumed work at 6:30 a.m. after the power cut.'),
    undated('mill', 'The Korvex mill, which opened on February 7, 2016, closed yesterday, its owners said.'),
  ]);

  it('answers with the time as written, no calendar value, marked as counted from an unknown day', () => {
    const top = desk.ask('when', 'When is Tom Hale due to appear in court?').answers[0];
    expect(top).toMatchObject({ text: 'tomorrow', dayUnknown: true });
    expect(top?.date).toBeUndefined();
    expect(top?.citations[0]?.reportId).toBe('court');
  });

  it('answers with a time of day', () => {
    const top = desk.ask('when', 'What time did the Korvex bottling plant resume work?').answers[0];
    expect(top?.text).toMatch(/6:30 a\.m\./);
    expect(top?.dayUnknown).toBe(true);
  });

  it('keeps times counted from the unknown day apart, one candidate each', () => {
    const texts = desk
      .answerCandidates('when', 'When did the Korvex mill open and close?')
      .candidates.map((c) => c.answer.text);
    expect(texts).toEqual(expect.arrayContaining(['yesterday', 'February 7, 2016']));
  });

  it('gives a written date its calendar value as before', () => {
    const top = desk.ask('when', 'When did the Korvex mill open?').answers[0];
    expect(top).toMatchObject({ text: 'February 7, 2016', date: '2016-02-07' });
  });
});
