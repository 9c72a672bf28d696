import type { EntityMention } from '../../types.js';

/** What stands between two people named together: "and" or an ampersand, nothing else. */
const JOINED = /^\s+(?:and|&)\s+$/;

/** Two people a text names as one ("Ann Roe and Tom Hale", "Ruth and Omar Basri"). */
export interface PeoplePair {
  first: EntityMention;
  second: EntityMention;
  start: number;
  end: number;
}

/**
 * The people a passage names in pairs, keyed by each of the two mentions. A question about who
 * did what two people did together is answered by both ("Who designed the gates?" → "Helen Marsh
 * and Peter Lindqvist"): on the SQuAD tune part, where the text names a pair holding the gold
 * answer, the gold is the pair 17 times and one of the two 7 (5 of them name the other in the
 * question). `text` is the passage's text and `offset` where it starts in the report.
 */
export function pairedPeople(
  mentions: readonly EntityMention[],
  text: string,
  offset: number,
): Map<EntityMention, PeoplePair> {
  const people = mentions
    .filter((m) => m.type === 'person' && m.start >= offset && m.end <= offset + text.length)
    .sort((a, b) => a.start - b.start);
  const pairs = new Map<EntityMention, PeoplePair>();
  for (let i = 0; i + 1 < people.length; i++) {
    const first = people[i]!;
    const second = people[i + 1]!;
    if (pairs.has(first) || !JOINED.test(text.slice(first.end - offset, second.start - offset))) continue;
    // the last two of a list ("A, B and C") are not a pair
    const before = people[i - 1];
    if (before && /^\s*,\s*$/.test(text.slice(before.end - offset, first.start - offset))) continue;
    const pair = { first, second, start: first.start, end: second.end };
    pairs.set(first, pair);
    pairs.set(second, pair);
  }
  return pairs;
}
