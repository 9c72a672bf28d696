import { describe, expect, it } from 'vitest';
import { closestPassages, distinctSpans, spreadOverReports } from '../../../../src/core/answer/rank/decide.js';
import type { PassageHit } from '../../../../src/core/index/newsIndex.js';
import type { Answer } from '../../../../src/core/types.js';

/** An answer named `text`, first cited from `report`. */
const answer = (text: string, report: string, score = 0.5): Answer => ({
  text,
  score,
  citations: [{ reportId: report, reportDate: null, title: report, passage: text, start: 0, end: 1, matches: [] }],
});
const order = (answers: Answer[]) => answers.map((a) => `${a.text}@${a.citations[0]!.reportId}`);

describe('the first answers are spread over the reports', () => {
  it.each([
    [
      'three from one report, one from another: the other report comes second',
      [answer('A', 'r1'), answer('B', 'r1'), answer('C', 'r1'), answer('D', 'r2')],
      ['A@r1', 'D@r2', 'B@r1', 'C@r1'],
    ],
    [
      'already from three reports: unchanged',
      [answer('A', 'r1'), answer('B', 'r2'), answer('C', 'r3'), answer('D', 'r1')],
      ['A@r1', 'B@r2', 'C@r3', 'D@r1'],
    ],
    [
      'one report only: ranked order kept',
      [answer('A', 'r1'), answer('B', 'r1'), answer('C', 'r1')],
      ['A@r1', 'B@r1', 'C@r1'],
    ],
    [
      'two reports: the best of the second comes second, then the ranked rest',
      [answer('A', 'r1'), answer('B', 'r1'), answer('C', 'r2'), answer('D', 'r2'), answer('E', 'r3')],
      ['A@r1', 'C@r2', 'E@r3', 'B@r1', 'D@r2'],
    ],
    [
      'another report far less likely than the next answer: the next answer keeps its place',
      [answer('A', 'r1', 0.9), answer('B', 'r1', 0.6), answer('C', 'r2', 0.1), answer('D', 'r3', 0.05)],
      ['A@r1', 'B@r1', 'C@r2', 'D@r3'],
    ],
    [
      'another report nearly as likely: it comes second',
      [answer('A', 'r1', 0.9), answer('B', 'r1', 0.6), answer('C', 'r2', 0.3), answer('D', 'r3', 0.05)],
      ['A@r1', 'C@r2', 'B@r1', 'D@r3'],
    ],
    ['no answers', [], []],
  ])('%s', (_, ranked, expected) => {
    const spread = spreadOverReports(ranked);
    expect(order(spread)).toEqual(expected);
    // the best answer stays first and nothing is lost or repeated
    expect(spread[0]).toBe(ranked[0]);
    expect(new Set(spread)).toEqual(new Set(ranked));
  });
});

/** An answer naming the words [from, to) of `report`. */
const at = (text: string, report: string, from: number, to: number): Answer => {
  const a = answer(text, report);
  Object.assign(a.citations[0]!, { answerStart: from, answerEnd: to });
  return a;
};

describe('two answers pointing at the same words of a report are shown once', () => {
  it.each([
    [
      'the shorter reading after the longer',
      [at('elderly nurses', 'r1', 10, 28), at('nurses', 'r1', 20, 28)],
      ['elderly nurses'],
    ],
    ['the longer after the shorter', [at('nurses', 'r1', 20, 28), at('elderly nurses', 'r1', 10, 28)], ['nurses']],
    [
      'the same words in two reports',
      [at('nurses', 'r1', 20, 28), at('elderly nurses', 'r2', 10, 28)],
      ['nurses', 'elderly nurses'],
    ],
    ['apart in one report', [at('nurses', 'r1', 20, 28), at('teachers', 'r1', 30, 38)], ['nurses', 'teachers']],
    ['no answer offsets', [answer('A', 'r1'), answer('B', 'r1')], ['A', 'B']],
  ])('%s', (_, ranked, expected) => {
    expect(distinctSpans(ranked).map((a) => a.text)).toEqual(expected);
  });
});

/** A passage hit `ordinal` of `report`, as the search returns it. */
const hit = (report: string, ordinal: number): PassageHit => ({
  passage: { id: `${report}#${ordinal}`, reportId: report, ordinal, paragraph: ordinal, start: 0, end: 1, text: 'x' },
  report: { id: report, date: null, title: report, text: 'x', origin: { file: report } },
  score: 1,
  terms: [],
});
const ids = (hits: PassageHit[]) => hits.map((h) => h.passage.id);

describe('"nothing found" shows the closest passage of each report first', () => {
  it.each([
    ['three passages of one report, then two others', ['a#0', 'a#1', 'a#2', 'b#0', 'c#0'], ['a#0', 'b#0', 'c#0']],
    ['two reports: the next best passage fills the third place', ['a#0', 'a#1', 'b#0', 'a#2'], ['a#0', 'a#1', 'b#0']],
    ['one report only: its three best passages', ['a#0', 'a#1', 'a#2', 'a#3'], ['a#0', 'a#1', 'a#2']],
    ['fewer passages than places', ['a#0'], ['a#0']],
    ['no passages', [], []],
  ])('%s', (_, found, expected) => {
    const hits = found.map((id) => {
      const [report, ordinal] = id.split('#');
      return hit(report!, Number(ordinal));
    });
    expect(ids(closestPassages(hits))).toEqual(expected);
  });
});
