/** A list of spans a text names as one ("Ann Roe, Tom Hale and Ida Berg", "nurses and midwives"). */
export interface Coordination {
  start: number;
  end: number;
  /** How many spans the list joins. */
  members: number;
}

/** Between two members before the last: a comma, and the next member's article. */
const COMMA = /^\s*,\s*(?:(?:the|a|an)\s+)?$/;
/** Before the last member: "and", "or" or an ampersand, with or without a comma before it. */
const LAST_LINK = /^\s*,?\s*(?:and|or|&)\s+(?:(?:the|a|an)\s+)?$/;

/**
 * The lists a text makes of the given spans (sorted by start, none overlapping): members joined by
 * commas and the last by "and", "or" or "&". Each span belongs to one list at most, read left to
 * right; `min` is the fewest members a list needs. Offsets are the spans' own; `offset` is where
 * `text` starts among them.
 */
export function coordinations(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
  offset: number,
  min = 2,
): Coordination[] {
  const between = (i: number) => text.slice(spans[i]!.end - offset, spans[i + 1]!.start - offset);
  const found: Coordination[] = [];
  let i = 0;
  while (i + 1 < spans.length) {
    let j = i;
    while (j + 1 < spans.length && COMMA.test(between(j))) j++;
    // two spans with ", and" between are two clauses ("… vehicles, and the merger will help …"): a
    // comma before the last link comes only after a list of three or more
    const last = j + 1 < spans.length ? between(j) : '';
    const clauses = j === i && last.includes(',');
    if (j + 1 < spans.length && LAST_LINK.test(last) && j + 2 - i >= min && !clauses) {
      found.push({ start: spans[i]!.start, end: spans[j + 1]!.end, members: j + 2 - i });
      i = j + 2;
    } else i = Math.max(i + 1, j);
  }
  return found;
}

/** "Who were the astronauts …", "who are the owners": a plural verb right after the question word. */
const ASKS_PLURAL = /\bwho(?:m)?\s+(?:are|were|have|include)\b/i;

/** Whether the question's form asks for more than one (a plural verb after "who"). */
export function asksPlural(question: string): boolean {
  return ASKS_PLURAL.test(question);
}
