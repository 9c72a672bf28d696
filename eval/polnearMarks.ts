// The words of a PolNeAR content annotation that stand inside quote marks: what an exact quotation
// extractor gives for it. The annotation tool cuts one selection into pieces at each sentence and
// paragraph, and annotators often run a content span on past the closing mark ("… so hard" for the
// victory); neither changes which words the report puts in quote marks.

/** A [start, end) stretch of an article's text. */
export interface Piece {
  start: number;
  end: number;
}

const MARKS = new Set(['“', '”', '"']);
/** Characters after which a mark opens a quotation. */
const BEFORE_OPENING = /[\s([{—–\-:;/“‘'"]/;
/** Between two pieces of one quotation: white space, perhaps a paragraph break and the mark that reopens it. */
const SAME_QUOTATION_GAP = /^\s*["“”]?$/;

function isMark(ch: string | undefined): boolean {
  return ch !== undefined && MARKS.has(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

function opens(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (before === undefined || BEFORE_OPENING.test(before)) && after !== undefined && !isSpace(after);
}

function closes(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return before !== undefined && !isSpace(before) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}

/** The pieces in text order, with those that only white space (or a reopened paragraph) parts joined. */
export function joinPieces(text: string, pieces: Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (const piece of [...pieces].sort((a, b) => a.start - b.start)) {
    const last = joined[joined.length - 1];
    if (last && piece.start >= last.end && SAME_QUOTATION_GAP.test(text.slice(last.end, piece.start))) {
      last.end = Math.max(last.end, piece.end);
    } else joined.push({ ...piece });
  }
  return joined;
}

/** `piece` without the white space at its ends. */
function trimmed(text: string, piece: Piece): Piece {
  let { start, end } = piece;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

/**
 * The quoted stretches of one joined piece: each run of words between an opening mark (or the piece's
 * start, when a mark stands right before it) and its closing mark (or the piece's end). Quotes nested
 * inside stay part of the outer one; a paragraph that reopens with a mark goes on with the same one.
 */
export function markedSpans(text: string, piece: Piece): Piece[] {
  let { start } = trimmed(text, piece);
  const { end } = trimmed(text, piece);
  const spans: Piece[] = [];
  let depth = 0;
  let open = start;
  if (isMark(text[start]) || isMark(text[start - 1])) {
    if (isMark(text[start])) start++;
    depth = 1;
    open = start;
  }
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '\n' && depth > 0) {
      let next = i;
      while (next < end && isSpace(text[next])) next++;
      if (isMark(text[next])) i = next; // the mark that reopens the quotation in its next paragraph
      continue;
    }
    if (!isMark(ch)) continue;
    if (depth === 0) {
      if (opens(text, i) || ch === '“') {
        depth = 1;
        open = i + 1;
      }
    } else if ((closes(text, i) || !opens(text, i)) && !(ch === '“' && opens(text, i))) {
      // inside a quotation, a mark that cannot open closes it ("… important,' \"")
      depth--;
      if (depth === 0) spans.push(trimmed(text, { start: open, end: i }));
    } else if (opens(text, i)) depth++;
  }
  if (depth > 0) spans.push(trimmed(text, { start: open, end }));
  return spans.filter((s) => s.end > s.start);
}
