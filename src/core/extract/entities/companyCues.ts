import { isGivenName, isPlaceName } from '../ner/gazetteer.js';
import type { EntityMention } from '../../types.js';
import { BODY_NOUNS, MAKER } from './bodyNounBefore.js';
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
 * After a name: a phrase in apposition whose head is a body's noun ("Velmont, another car maker,",
 * "Velmont, the Ardena airline based in …"). The head ends the phrase: "the bank robber" is no bank,
 * and a newspaper's noun before "said" is the source ("Korvex, the newspaper said").
 */
const APPOSITION_AFTER =
  /^\s*,\s+(?:a|an|another|the)\s+(?:[\p{L}.'’-]+\s+){0,3}?(\p{Ll}+)(?=\s*(?:[,;)]|\.(?:\s|$)|$|\s+(?:in|of|based|that|which|with|from|whose)\b))/u;
/** Between two names of one list: "and", "or", "&", with or without a comma. */
const LIST_JOIN = /^\s*,?\s*(?:and|or|&)\s+$/;
/** Between two names of a list that goes on: a comma. */
const LIST_COMMA = /^\s*,\s*$/;

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
    else if (m.type === 'person' && (inApposition(text, m) || listedWithBodies(text, m, mentions))) words.add(m.text);
  }
  return words;
}

function inApposition(text: string, m: EntityMention): boolean {
  const noun = APPOSITION_AFTER.exec(text.slice(m.end, m.end + 80))?.[1];
  return noun !== undefined && (BODY_NOUNS.has(noun) || MAKER.test(noun));
}

/**
 * A one-word person named in one list with a body and with no person ("GM and Velmont", "Korvex,
 * Velmont and Ardena Air"). In CoNLL-2003's training articles (tune part) a one-word name listed
 * with an organisation and no person is itself an organisation 34 times in 39, a person once.
 */
function listedWithBodies(text: string, m: EntityMention, mentions: EntityMention[]): boolean {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const at = sorted.indexOf(m);
  const list = [m];
  let joined = false;
  for (let i = at - 1; i >= 0; i--) {
    const gap = text.slice(sorted[i]!.end, sorted[i + 1]!.start);
    if (!LIST_JOIN.test(gap) && !LIST_COMMA.test(gap)) break;
    joined ||= LIST_JOIN.test(gap);
    list.unshift(sorted[i]!);
  }
  for (let i = at + 1; i < sorted.length; i++) {
    const gap = text.slice(sorted[i - 1]!.end, sorted[i]!.start);
    if (!LIST_JOIN.test(gap) && !LIST_COMMA.test(gap)) break;
    joined ||= LIST_JOIN.test(gap);
    list.push(sorted[i]!);
  }
  if (!joined) return false;
  const others = list.filter((o) => o !== m);
  return others.some((o) => o.type === 'organization') && !others.some((o) => o.type === 'person');
}
