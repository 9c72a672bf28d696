import { describe, expect, it } from 'vitest';
import { sourceParts, titleRepeatsPassage } from '../../../src/core/answer/sourceLine.js';
import { renderAsk } from '../../../src/cli/renderText.js';
import { renderAnswerPage } from '../../../src/discord/render.js';
import type { AskResult, Citation } from '../../../src/core/types.js';

const PASSAGE =
  'Baku. 5 December. REPORT.AZ/ On December 4, the Minister of Defense of the Republic of Azerbaijan, ' +
  'Colonel General Zakir Hasanov has met with the delegation.';

function citation(title: string, reportDate: string | null = '2018-12-05'): Citation {
  return { reportId: 'founding', reportDate, title, passage: PASSAGE, start: 0, end: PASSAGE.length, matches: [] };
}

describe('the one source line of a compact answer', () => {
  it.each([
    ['a title made from the first sentence, cut with an ellipsis', 'On December 4, the Minister of Defense of…', true],
    ['the same with other spacing and case', 'on december 4,  the MINISTER of defense...', true],
    ['an empty title', '', true],
    ['a headline of its own', 'Azerbaijan and the US discuss defence ties', false],
    ['a title that only starts like the passage', 'On December 4, a storm hit Baku', false],
  ])('%s: repeats the passage = %s', (_case, title, repeats) => {
    expect(titleRepeatsPassage(title, PASSAGE)).toBe(repeats);
  });

  it.each([
    ['On December 4, the Minister of Defense of…', '2018-12-05', ['2018-12-05', 'founding']],
    ['Defence ties', '2018-12-05', ['Defence ties', '2018-12-05', 'founding']],
    ['Defence ties', null, ['Defence ties', 'undated', 'founding']],
  ])('title %j dated %j → %j', (title, date, parts) => {
    expect(sourceParts(citation(title, date))).toEqual(parts);
  });

  it('is the same line in the terminal and in the embed, with the passage in between and nothing else', () => {
    const at = PASSAGE.indexOf('Minister');
    const result: AskResult = {
      command: 'who',
      query: 'minister',
      parsed: { raw: 'minister', topic: 'minister', terms: ['minist'] },
      total: 1,
      answers: [
        {
          text: 'Zakir Hasanov',
          type: 'person',
          score: 1,
          citations: [{ ...citation('Defence ties'), matches: [{ start: at, end: at + 8 }] }],
        },
      ],
    };
    const terminal = renderAsk(result).split('\n');
    expect(terminal).toEqual([
      '**Zakir Hasanov (person)**',
      `  > ${PASSAGE.slice(0, at)}**Minister**${PASSAGE.slice(at + 8)}`,
      '  Defence ties · 2018-12-05 · founding · 1 of 1',
    ]);
    const embed = renderAnswerPage(result, 0).embeds![0]!;
    expect(embed.title).toBe('Zakir Hasanov (person)');
    expect(embed.description!.split('\n')).toHaveLength(2);
    expect(embed.description!.split('\n')[0]).toContain('**Minister**');
    expect(embed.description!.split('\n')[1]).toBe('Defence ties · 2018-12-05 · founding');
  });
});
