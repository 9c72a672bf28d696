/**
 * Where a match starts once the words before it that belong to it are taken in ("the past" before "two weeks").
 * Patterns start at their distinctive word and look back here over a short window: a pattern that opens with
 * optional common words ("the", "its") is tried at every position of a text and is many times slower.
 * `prefix` must end with `$`; it is matched against at most `reach` characters before `start`.
 */
export function prefixStart(
  text: string,
  start: number,
  prefix: RegExp,
  reach = 40,
): { start: number; match: RegExpExecArray | null } {
  const window = text.slice(Math.max(0, start - reach), start);
  const match = prefix.exec(window);
  return match ? { start: start - (window.length - match.index), match } : { start, match: null };
}
