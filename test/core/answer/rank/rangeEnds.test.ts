import { describe, expect, it } from 'vitest';
import { askedRangeEnd } from '../../../../src/core/answer/rank/rangeEnds.js';
import { Newsdesk } from '../../../../src/core/newsdesk.js';
import { extractDates } from '../../../../src/core/extract/dates/dates.js';

/** The one date of a text, and the asked end of it as [text, value, its offsets give back the text]. */
function endOf(text: string, asked: 'start' | 'end' | null): [string, string, string] | null {
  const [date] = extractDates(text, null);
  const end = date ? askedRangeEnd(date, asked) : null;
  return end ? [end.text, end.value, text.slice(end.start, end.end)] : null;
}

describe('the end of a written range a question asks about', () => {
  it.each([
    ['The painter Ann Roe (1921–1998) lived here.', 'start', ['1921', '1921', '1921']],
    ['The painter Ann Roe (1921–1998) lived here.', 'end', ['1998', '1998', '1998']],
    ['The fair was held from 1954 to 1956.', 'start', ['1954', '1954', '1954']],
    ['Rain fell from July 1982 to June 1983.', 'end', ['June 1983', '1983-06', 'June 1983']],
    ['The works were built between 1621 and 1629.', 'start', ['1621', '1621', '1621']],
  ] as const)('%s (%s) → %j', (text, asked, expected) => {
    expect(endOf(text, asked)).toEqual(expected);
  });

  it.each([
    ['no end asked', 'The painter Ann Roe (1921–1998) lived here.', null],
    ['a shortened year does not read on its own', 'It was the 1995–96 season.', 'end'],
    ['a decade is a span but no written range', 'They were built in the 1960s.', 'start'],
    ['a single year', 'It opened in 1990.', 'start'],
  ] as const)('none: %s', (_why, text, asked) => {
    expect(endOf(text, asked)).toBeNull();
  });
});

describe('when-answers give the end of a range the question asks about', () => {
  const desk = Newsdesk.fromReports([
    {
      id: 'painter',
      date: null,
      title: 'Painter',
      text: 'The harbour paintings of Ann Roe (1921–1998) hang in the town hall of Portmere.',
      origin: { file: 'test' },
    },
  ]);

  it.each([
    ['When was Ann Roe born?', '1921'],
    ['When did Ann Roe die?', '1998'],
  ])('%s → %s', (question, answer) => {
    expect(desk.ask('when', question).answers[0]?.text).toBe(answer);
  });
});
