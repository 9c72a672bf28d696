import { beforeAll, describe, expect, it } from 'vitest';
import type { Newsdesk } from '../../../src/core/newsdesk.js';
import { processTerm, wordsWithOffsets } from '../../../src/core/text/terms.js';
import type { AnswerKind, AskResult } from '../../../src/core/types.js';
import { seedsDesk } from '../../helpers/fixtures.js';

let desk: Newsdesk;
beforeAll(async () => {
  desk = await seedsDesk();
});

/** The words of `text` whose index term is one of `terms`, as spans. */
function wordsWithTerms(text: string, terms: string[]): Array<{ start: number; end: number }> {
  return wordsWithOffsets(text)
    .filter((word) => terms.includes(processTerm(word.word) ?? ''))
    .map(({ start, end }) => ({ start, end }));
}

function citations(result: AskResult) {
  return result.answers.flatMap((answer) => answer.citations);
}

describe('ask: answers carry the parsed question and their matched words', () => {
  it.each<[AnswerKind, string, string, string[]]>([
    ['who', 'Who met Laura Cooper?', 'met Laura Cooper', ['meet', 'laura', 'cooper']],
    [
      'when',
      'When did Hasanov meet the US delegation?',
      'Hasanov meet the US delegation',
      ['hasanov', 'meet', 'usa', 'delegation'],
    ],
    ['quote', 'Afghanistan support', 'Afghanistan support', ['afghanistan', 'support']],
    ['search', '  military   cooperation ', 'military cooperation', ['military', 'cooperation']],
  ])('%s %j', (command, question, topic, terms) => {
    const result = desk.ask(command, question);
    expect(result.parsed).toEqual({ raw: question.replace(/\s+/g, ' ').trim(), topic, terms });
    expect(result.query).toBe(result.parsed.raw);
    expect(citations(result).length).toBeGreaterThan(0);
    for (const citation of citations(result)) {
      expect(citation.matches).toEqual(wordsWithTerms(citation.passage, terms));
      for (const { start, end } of citation.matches) {
        expect(terms).toContain(processTerm(citation.passage.slice(start, end)));
      }
    }
    expect(citations(result).some((citation) => citation.matches.length > 0)).toBe(true);
  });

  it('records the limits the answers kept to', () => {
    const result = desk.ask('quote', 'Afghanistan', { from: '2018-01-01', to: '2018-12-31', speaker: 'Cooper' });
    expect(result.parsed).toMatchObject({
      topic: 'Afghanistan',
      from: '2018-01-01',
      to: '2018-12-31',
      speaker: 'Cooper',
    });
    expect(result.answers.every((answer) => answer.speaker?.includes('Cooper'))).toBe(true);
    expect(desk.ask('search', 'Afghanistan').parsed).not.toHaveProperty('from');
  });

  it('gives no matched words to a question of stop words only', () => {
    const result = desk.ask('search', 'the of and');
    expect(result.parsed.terms).toEqual([]);
    expect(result.answers).toEqual([]);
  });
});
