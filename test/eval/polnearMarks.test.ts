import { describe, expect, it } from 'vitest';
import { joinPieces, markedSpans } from '../../eval/polnearMarks.js';

/** The pieces of `text` written between [[ and ]], offsets into the text without the brackets. */
function piecesOf(marked: string): { text: string; pieces: Array<{ start: number; end: number }> } {
  const pieces: Array<{ start: number; end: number }> = [];
  let text = '';
  for (const part of marked.split(/(\[\[|\]\])/)) {
    if (part === '[[') pieces.push({ start: text.length, end: -1 });
    else if (part === ']]') pieces[pieces.length - 1]!.end = text.length;
    else text += part;
  }
  return { text, pieces };
}

function marked(annotated: string): string[] {
  const { text, pieces } = piecesOf(annotated);
  return joinPieces(text, pieces).flatMap((p) => markedSpans(text, p).map((s) => text.slice(s.start, s.end)));
}

describe('the marked words of a PolNeAR content annotation', () => {
  it.each([
    ['one quotation, marks inside the piece', 'He said: [[“We will win.”]] Then', ['We will win.']],
    ['marks just outside the piece', 'He said: “[[We will win.]]” Then', ['We will win.']],
    [
      'two sentences cut into two pieces',
      '[[“We will win.]] [[We always do,”]] Ann said.',
      ['We will win. We always do,'],
    ],
    [
      'a piece running on past the closing mark',
      '[["We worked so hard" for the victory]], Ann said.',
      ['We worked so hard'],
    ],
    ['a piece running on into the attribution', '[[“We will win,” Ann said]] on Monday.', ['We will win,']],
    ['several partial quotes in one piece', 'It called it [[“rigged” and “a sham.”]]', ['rigged', 'a sham.']],
    ['a quotation nested inside', '[["He told me “no” twice."]] Ann said.', ['He told me “no” twice.']],
    [
      'a quotation over paragraphs, each reopened',
      'Ann said:\n\n[[“We will win.\n\n]][[“We always do.”]]\n\nThen',
      ['We will win.\n\n“We always do.'],
    ],
    ['a closing mark after a space', '[["It is \'fine,\' "]] Ann said.', ["It is 'fine,'"]],
  ])('%s', (_label, annotated, expected) => {
    expect(marked(annotated)).toEqual(expected);
  });

  it.each([
    ['a paraphrase with no marks', 'Ann said [[that they will win]] on Monday.'],
    ['an empty pair of marks', 'Ann said [[“ ”]] on Monday.'],
  ])('no marked words: %s', (_label, annotated) => {
    expect(marked(annotated)).toEqual([]);
  });

  it('keeps pieces apart when words stand between them', () => {
    const { text, pieces } = piecesOf('[[“We will win,”]] Ann said. [[“We always do.”]]');
    expect(joinPieces(text, pieces)).toHaveLength(2);
  });
});
