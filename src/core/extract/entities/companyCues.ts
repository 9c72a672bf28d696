import { isGivenName, isPlaceName } from '../ner/gazetteer.js';
import type { EntityMention } from '../../types.js';
import { BODY_NOUNS } from './bodyNounBefore.js';
import { PLACE_ALIASES } from './words.js';

/** After a name: what only a company has ("Velmont stock", "Velmont's shareholders"). */
const OWNED_AFTER = /^(?:['’]s)?\s+(?:stock|shares|shareholders|stockholders|directors)\b/i;
/** After a name: a part of a company, which a place also names ("Velmont's unit", but "its U.S. unit"). */
const PART_AFTER = /^(?:['’]s)?\s+(?:subsidiary|subsidiaries|unit|division)\b/i;
/** Before a name: what is bought or held of a company ("shares of Velmont", "a stake in Velmont"). */
const HELD_BEFORE = /\b(?:shares|stake|stockholders|shareholders|acquisition|takeover)\s+(?:of|in)\s+$/i;
/** The word after a name, when it is a body's noun the name only qualifies ("a stake in Ardena firm Velmont"). */
const NEXT_WORD = /^\s+(\p{Ll}+)/u;

/**
 * One-word names the report writes as a company's somewhere ("Velmont stock", "a stake in Velmont"),
 * so that the same word read elsewhere as a person or a place is that company. Known places and
 * given names are left alone: "Japan shares" are shares traded in Japan.
 */
export function companyWords(text: string, mentions: EntityMention[]): Set<string> {
  const words = new Set<string>();
  for (const m of mentions) {
    if (m.text.includes(' ') || words.has(m.text)) continue;
    if (isPlaceName(m.text) || PLACE_ALIASES.has(m.text.toLowerCase()) || isGivenName(m.text)) continue;
    const after = text.slice(m.end, m.end + 20);
    const before = text.slice(Math.max(0, m.start - 25), m.start);
    const qualifies = BODY_NOUNS.has(NEXT_WORD.exec(after)?.[1] ?? '');
    const held = HELD_BEFORE.test(before) && !qualifies;
    if (OWNED_AFTER.test(after) || held || (m.type !== 'place' && PART_AFTER.test(after))) words.add(m.text);
  }
  return words;
}
