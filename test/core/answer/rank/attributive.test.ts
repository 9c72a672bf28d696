import { describe, expect, it } from 'vitest';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { isModifierRun, namesInModifier } from '../../../../src/core/answer/rank/attributive.js';

describe('namesInModifier: the text after a name makes it a modifier', () => {
  it.each([
    ['-based private equity firm', true],
    [' City-based firm', true],
    ['-area schools', true],
    ['-born engineer', true],
    [' said on Monday', false],
    ['-style reforms', false],
    [' City, the firm said', false],
    [' based its offer on', false],
  ])('%j → %s', (after, expected) => {
    expect(namesInModifier(after)).toBe(expected);
  });
});

describe('isModifierRun', () => {
  it.each([
    ['Trelby-based', true],
    ['Trelby-Based', true],
    ['Trelby', false],
    ['Varga-Lind', false],
  ])('%j → %s', (run, expected) => {
    expect(isModifierRun(run)).toBe(expected);
  });
});

describe('who-candidates leave out the place a modifier names', () => {
  const desk = Newsdesk.fromReports([
    {
      id: 'sale',
      date: '2020-05-14',
      title: 'Sale',
      text:
        'Velmont Holdings has announced that it is selling its car unit to Port Amel City-based investment firm ' +
        'Orbis Partners for $7.4 billion. The Trelby-based car maker employs 9,000 people.',
      origin: { file: 'test' },
    },
  ]);
  const candidates = (question: string) => desk.answerCandidates('who', question).candidates.map((c) => c.answer.text);

  it('the buyer is a candidate, the city of its seat is not', () => {
    const found = candidates('Who bought the car unit?');
    expect(found).toContain('Orbis Partners');
    expect(found.some((name) => name.startsWith('Port Amel'))).toBe(false);
    expect(found.some((name) => name.startsWith('Trelby'))).toBe(false);
  });
});
