import type { Citation } from '../types.js';

/** Whitespace folded, case ignored, a trailing ellipsis dropped: how a title and a passage are compared. */
function comparable(text: string): string {
  return text
    .replace(/(?:…|\.\.\.)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Whether a report's title only repeats the cited passage (a title made from the report's
 * first sentence, cited in that passage): then showing it again adds nothing.
 */
export function titleRepeatsPassage(title: string, passage: string): boolean {
  const stem = comparable(title);
  return stem.length === 0 || comparable(passage).includes(stem);
}

/**
 * The one line under a compact answer: the report title (only when it says something the
 * passage does not), the report date and the report id.
 */
export function sourceParts(citation: Citation): string[] {
  const parts = titleRepeatsPassage(citation.title, citation.passage) ? [] : [citation.title];
  return [...parts, citation.reportDate ?? 'undated', citation.reportId];
}
